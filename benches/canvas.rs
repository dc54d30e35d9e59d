//! Canvas responsiveness on a 500-node tree in the real WebKit window (issue #3):
//! frames per second while a node is dragged and while the canvas is panned, and
//! the time from an edit to the saved store. Run with `cargo bench --bench canvas`;
//! it needs what `scripts/setup` installs (Xvfb, tauri-driver, WebKitWebDriver).
//!
//! Frames are counted in the page with requestAnimationFrame while WebDriver moves
//! the pointer in small steps, as a hand would. An edit's time is measured in the
//! page around the `perform_edit` command, which answers only once the change is
//! committed to the SQLite file.

// Shared with the end-to-end tests; the bench uses only part of it.
#[allow(dead_code)]
#[path = "../tests/e2e/harness.rs"]
mod harness;

use std::collections::BTreeMap;
use std::time::Duration;

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use kpitree_core::layout::{layout, LayoutOptions};
use kpitree_core::sample::synthetic;
use kpitree_core::store::Store;

const NODES: usize = 500;
/// Pointer steps per gesture, and the time each takes.
const STEPS: u32 = 40;
const STEP: Duration = Duration::from_millis(25);
const EDITS: usize = 30;

const START_COUNTING: &str = "
    window.__frames = [];
    const tick = (t) => { window.__frames.push(t); window.__counting && requestAnimationFrame(tick); };
    window.__counting = true;
    requestAnimationFrame(tick);
    return true;";
const STOP_COUNTING: &str = "
    window.__counting = false;
    const f = window.__frames;
    const gaps = f.slice(1).map((t, i) => t - f[i]).sort((a, b) => a - b);
    const span = f[f.length - 1] - f[0];
    return [ (f.length - 1) * 1000 / span, gaps[Math.floor(gaps.length * 0.95)] || 0 ];";

/// A 500-node KPI tree, laid out, in a new store; its id.
fn store_with_big_tree(path: &std::path::Path) -> i64 {
    let mut tree = synthetic("Canvas bench (500 nodes)", NODES);
    let laid_out = layout(&tree, &BTreeMap::new(), &LayoutOptions::default()).expect("layout");
    for node in &mut tree.nodes {
        node.position = laid_out.positions.get(&node.id).copied();
    }
    let mut store = Store::open(path).expect("store");
    store.insert_tree(&tree).expect("insert")
}

/// Moves the pointer from `from` by `by` in `STEPS` steps with the button held, as
/// one action list (WebKitWebDriver refuses to go on with a pressed button in a
/// second list, and stalls on very long lists).
async fn gesture(app: &harness::App, from: (f64, f64), by: (f64, f64)) -> (f64, f64) {
    let mut mouse = MouseActions::new("mouse".to_owned())
        .then(PointerAction::MoveTo {
            duration: None,
            x: from.0.round(),
            y: from.1.round(),
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        });
    for i in 1..=STEPS {
        let t = f64::from(i) / f64::from(STEPS);
        mouse = mouse.then(PointerAction::MoveTo {
            duration: Some(STEP),
            x: (from.0 + by.0 * t).round(),
            y: (from.1 + by.1 * t).round(),
        });
    }
    mouse = mouse.then(PointerAction::Up {
        button: MOUSE_BUTTON_LEFT,
    });
    app.client
        .execute(START_COUNTING, vec![])
        .await
        .expect("count frames");
    app.client.perform_actions(mouse).await.expect("gesture");
    let result = app
        .client
        .execute(STOP_COUNTING, vec![])
        .await
        .expect("frames");
    (
        result[0].as_f64().unwrap_or(0.0),
        result[1].as_f64().unwrap_or(0.0),
    )
}

#[tokio::main]
async fn main() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("canvas.db");
    let id = store_with_big_tree(&path);
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
    let node = app.centre_of("node-n0").await;
    report("drag a node", gesture(&app, node, (240.0, 160.0))).await;
    let (left, top, width, height) = app.box_of("canvas").await;
    let empty = (left + width * 0.5, top + height - 60.0);
    report("pan the canvas", gesture(&app, empty, (-300.0, -200.0))).await;
    app.close().await;
}

/// Prints a gesture's frame rate, or that it did not finish within a minute (seen
/// here: WebKitWebDriver can stall on long pointer action lists).
async fn report(what: &str, gesture: impl std::future::Future<Output = (f64, f64)>) {
    match tokio::time::timeout(Duration::from_secs(60), gesture).await {
        Ok((fps, p95)) => println!(
            "{what}, {NODES}-node tree: {fps:.0} frames/s, 95th percentile frame {p95:.1} ms"
        ),
        Err(_) => {
            println!("{what}, {NODES}-node tree: the WebDriver gesture did not finish in 60 s")
        }
    }
}
