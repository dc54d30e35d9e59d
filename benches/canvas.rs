//! Canvas responsiveness on a 500-node tree in the real WebKit window (issue #3):
//! the time from an edit to the saved store, then frames per second while a node
//! is dragged and while the canvas is panned, first with the whole tree fitted in
//! the window (about 2% zoom: a 500-node tree with four children a node is very
//! wide), then at 100% around the North Star, as when editing. All of it twice in
//! one run: the tree without history, then the same tree with twelve months of
//! history (`sample::with_history`), so that every card shows its change and its
//! sparkline (issue 16); every card holds a value in both. Run with `cargo bench --bench canvas`; it needs what
//! `scripts/setup` installs (Xvfb, tauri-driver, WebKitWebDriver).
//!
//! The gestures are played in the page with mouse events, one move per frame, and
//! frames are counted there with requestAnimationFrame. (WebDriver pointer actions
//! were tried first: WebKitWebDriver stalls or fails with "unknown error" on a
//! long held-button gesture over this window.) An edit's time is measured in the
//! page around the `perform_edit` command, which answers only once the change is
//! committed to the SQLite file.

// Shared with the end-to-end tests; the bench uses only part of it (and of what
// it re-exports).
#[allow(dead_code, unused_imports)]
#[path = "../tests/e2e/harness.rs"]
mod harness;

use std::time::Duration;

const NODES: usize = 500;
const EDITS: usize = 30;

/// A gesture played in the page: the button goes down at `from`, the pointer moves
/// by `by` over `ms` milliseconds (one move per frame, where the hand is at that
/// moment, as WebKit coalesces pointer moves to frames), then the button comes up.
/// React Flow drags nodes with d3-drag and pans with d3-zoom, which listen to mouse
/// events, so these are mouse events. Returns frames per second, the 95th
/// percentile gap between frames, and what moved: the node's or the viewport's
/// transform before and after, so that a gesture that did nothing cannot report a
/// frame rate.
const GESTURE: &str = "
    const [fromX, fromY, byX, byY, ms, watch] = arguments;
    const done = arguments[arguments.length - 1];
    // One JSON string, with the error in it when the script throws, so that a
    // failure in the page reads as a message rather than a bare WebDriver error.
    const answer = (value) => done(JSON.stringify(value));
    try {
      const watched = () => document.querySelector(watch).style.transform;
      const before = watched();
      const target = document.elementFromPoint(fromX, fromY);
      const fire = (type, x, y, buttons) => target.dispatchEvent(new MouseEvent(type, {
        bubbles: true, cancelable: true, view: window, clientX: x, clientY: y,
        screenX: x, screenY: y, button: 0, buttons }));
      fire('mousedown', fromX, fromY, 1);
      const frames = [];
      let start = null;
      const tick = (now) => {
        try {
          if (start === null) start = now;
          frames.push(now);
          const t = Math.min(1, (now - start) / ms);
          fire('mousemove', fromX + byX * t, fromY + byY * t, 1);
          if (t < 1) { requestAnimationFrame(tick); return; }
          fire('mouseup', fromX + byX, fromY + byY, 0);
          const gaps = frames.slice(1).map((f, i) => f - frames[i]).sort((a, b) => a - b);
          const span = frames[frames.length - 1] - frames[0];
          requestAnimationFrame(() => answer({
            fps: (frames.length - 1) * 1000 / span,
            p95: gaps[Math.floor(gaps.length * 0.95)] || 0,
            before,
            after: watched(),
            target: target.outerHTML.slice(0, 300),
          }));
        } catch (error) { answer({ error: String(error) }); }
      };
      requestAnimationFrame(tick);
    } catch (error) { answer({ error: String(error) }); }";

/// How long each gesture lasts.
const GESTURE_MS: f64 = 2000.0;

/// One gesture (see `GESTURE`) on the page; panics if `watch` did not move.
async fn gesture(app: &harness::App, from: (f64, f64), by: (f64, f64), watch: &str) -> (f64, f64) {
    let args = [from.0, from.1, by.0, by.1, GESTURE_MS]
        .into_iter()
        .map(serde_json::Value::from)
        .chain([serde_json::Value::from(watch)])
        .collect();
    let answer = app
        .client
        .execute_async(GESTURE, args)
        .await
        .expect("the gesture runs in the page");
    let result: serde_json::Value =
        serde_json::from_str(answer.as_str().unwrap_or_default()).expect("the gesture's JSON");
    let text = |key: &str| result[key].as_str().unwrap_or_default().to_owned();
    assert!(
        result["error"].is_null(),
        "the gesture failed: {}",
        text("error")
    );
    assert_ne!(
        text("before"),
        text("after"),
        "the gesture did not move {watch}; it started on {}",
        text("target")
    );
    (
        result["fps"].as_f64().unwrap_or(0.0),
        result["p95"].as_f64().unwrap_or(0.0),
    )
}

#[tokio::main]
async fn main() {
    println!("-- without history");
    measure(false).await;
    println!("-- with 12 months of history (a change and a sparkline on every card)");
    measure(true).await;
}

/// Edits, drags and pans on the 500-node tree, with or without a history.
async fn measure(history: bool) {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("canvas.db");
    let name = "Canvas bench (500 nodes)";
    let id = harness::store_with_laid_out_tree_then(&path, name, NODES, |mut tree| {
        // Every card holds a value in both runs; only the second has a history.
        for (i, node) in tree.nodes.iter_mut().enumerate() {
            node.value = Some(1_000.0 + i as f64);
            node.direction = Some(kpitree_core::model::Direction::Up);
        }
        if history {
            kpitree_core::sample::with_history(tree)
        } else {
            tree
        }
    });
    let app = harness::App::start(&path).await;
    // The store holds only the big tree, so the window opens it.
    app.wait_until_shown(&format!("tree-item-{id}")).await;
    app.wait_until_shown("node-n0").await;
    app.click("action-layout-direction-top_down").await;
    tokio::time::sleep(Duration::from_secs(1)).await;

    let script = format!(
        "const invoke = window.__TAURI_INTERNALS__.invoke;
         const times = [];
         for (let i = 0; i < {EDITS}; i++) {{
           const edit = {{ type: 'move_nodes', moves: [{{ id: 'n1', position: {{ x: i * 3, y: 100 }} }}] }};
           const start = performance.now();
           await invoke('perform_edit', {{ treeId: {id}, edit }});
           times.push(performance.now() - start);
         }}
         times.sort((a, b) => a - b);
         return [times[Math.floor(times.length / 2)], times[times.length - 1]];"
    );
    let result = app
        .client
        .execute_async(
            &format!("const done = arguments[arguments.length - 1]; (async () => {{ {script} }})().then(done, e => done(String(e)));"),
            vec![],
        )
        .await
        .expect("edits");
    println!(
        "edit to saved store ({EDITS} moves of one node): median {:.1} ms, max {:.1} ms",
        result[0].as_f64().unwrap_or(f64::NAN),
        result[1].as_f64().unwrap_or(f64::NAN)
    );
    let overview = format!("whole tree fitted ({:.0}% zoom)", app.zoom().await * 100.0);
    drag_and_pan(&app, &overview, (240.0, 160.0)).await;
    app.zoom_at("node-n0", 1.0).await;
    if history {
        // Close up, the cards show their change and sparkline (far out they are
        // plain boxes).
        app.wait_until_shown("node-time-n0").await;
    }
    let working = format!(
        "around the North Star ({:.0}% zoom)",
        app.zoom().await * 100.0
    );
    drag_and_pan(&app, &working, (160.0, 100.0)).await;
    app.close().await;
}

/// Drags the North Star by `by`, then pans the canvas; prints both frame rates.
async fn drag_and_pan(app: &harness::App, scene: &str, by: (f64, f64)) {
    // Grab the card near its left edge: its middle holds the link handle.
    let (left, top, width, height) = app.box_of("node-n0").await;
    let node = (left + width * 0.15, top + height * 0.5);
    let dragged = gesture(app, node, by, ".react-flow__node[data-id=n0]").await;
    report(scene, "drag a node", dragged);
    // Let the drag's edit reach the store and come back as a new view.
    tokio::time::sleep(Duration::from_secs(2)).await;
    let (left, top, width, height) = app.box_of("canvas").await;
    let empty = (left + width * 0.5, top + height - 60.0);
    let panned = gesture(app, empty, (-300.0, -200.0), ".react-flow__viewport").await;
    report(scene, "pan the canvas", panned);
    tokio::time::sleep(Duration::from_secs(2)).await;
}

/// Prints a gesture's frame rate.
fn report(scene: &str, what: &str, (fps, p95): (f64, f64)) {
    println!(
        "{what}, {NODES}-node tree, {scene}: {fps:.0} frames/s, 95th percentile frame {p95:.0} ms"
    );
}
