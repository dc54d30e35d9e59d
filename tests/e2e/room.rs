//! Room to draw on the real window (issue 14, problems 6 and 8): a link's click
//! target is wide enough at 40% zoom, a link keeps its selection when its kind
//! changes, a fit leaves no card under a panel, and present mode never puts a node
//! under its legend or colour codes.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};

use crate::harness::App;
use crate::present::settle;

const SPACE: char = ' ';

/// The rectangles (left, top, right, bottom) of the elements `selector` matches,
/// as getBoundingClientRect gives them; hidden ones (no size) are left out.
async fn rects(app: &App, selector: &str) -> Vec<[f64; 4]> {
    let value = app
        .client
        .execute(
            "return [...document.querySelectorAll(arguments[0])]
               .map(e => e.getBoundingClientRect())
               .filter(r => r.width > 0 && r.height > 0)
               .map(r => [r.left, r.top, r.right, r.bottom]);",
            vec![selector.into()],
        )
        .await
        .expect("rectangles");
    value
        .as_array()
        .expect("a list")
        .iter()
        .map(|r| {
            let n = |i: usize| r[i].as_f64().expect("a number");
            [n(0), n(1), n(2), n(3)]
        })
        .collect()
}

fn overlap(a: &[f64; 4], b: &[f64; 4]) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// `a` cut to `within`, or `None` when nothing of it is inside.
fn clipped(a: &[f64; 4], within: &[f64; 4]) -> Option<[f64; 4]> {
    let cut = [
        a[0].max(within[0]),
        a[1].max(within[1]),
        a[2].min(within[2]),
        a[3].min(within[3]),
    ];
    (cut[0] < cut[2] && cut[1] < cut[3]).then_some(cut)
}

/// Every card of the editor's canvas against every panel over it: the names of
/// the cards under a panel, with the panel.
async fn cards_under_panels(app: &App) -> Vec<String> {
    let value = app
        .client
        .execute(
            "const panels = ['[data-testid=palette]', '[data-testid=color-codes]',
                 '.kt-side-panels > .kt-legend', '.react-flow__minimap', '.react-flow__controls',
                 '.kt-toolbar']
               .flatMap(s => [...document.querySelectorAll(s)].map(e => [s, e.getBoundingClientRect()]))
               .filter(([, r]) => r.width > 0 && r.height > 0);
             const under = [];
             for (const node of document.querySelectorAll('[data-testid=canvas] .react-flow__node')) {
               const r = node.getBoundingClientRect();
               for (const [name, p] of panels) {
                 if (r.left < p.right && p.left < r.right && r.top < p.bottom && p.top < r.bottom)
                   under.push(`${node.getAttribute('data-id')} under ${name}`);
               }
             }
             return under;",
            vec![],
        )
        .await
        .expect("cards and panels");
    value
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|s| s.as_str().map(str::to_owned))
        .collect()
}

/// A store holding only the Zira tree of tests/data (17 nodes, ten colour codes).
fn zira_store(folder: &Path) -> std::path::PathBuf {
    let store = folder.join("zira.db");
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/zira.json");
    let output = Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .arg("import")
        .arg(&data)
        .arg("--db")
        .arg(&store)
        .output()
        .expect("kpitree import runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    store
}

/// A point `offset` screen px beside the link `link`'s drawn path, square to it,
/// where nothing but the canvas (or the link itself) is under the pointer; the
/// point on the path itself with `offset` 0.
pub(crate) async fn beside_link(app: &App, link: &str, offset: f64) -> (f64, f64) {
    let value = app
        .client
        .execute(
            "const [id, offset] = arguments;
             const group = document.querySelector(`[data-testid=${id}]`);
             const path = group.querySelector('.react-flow__edge-path');
             // The path is in canvas units; the viewport's transform (and where the
             // canvas stands) takes them to the screen (WebKit's getScreenCTM leaves
             // out the CSS transform of the viewport).
             const viewport = group.closest('.react-flow__viewport');
             const m = new DOMMatrix(getComputedStyle(viewport).transform);
             const origin = viewport.parentElement.getBoundingClientRect();
             const at = (l) => { const p = path.getPointAtLength(l);
               return [origin.left + m.a * p.x + m.c * p.y + m.e,
                       origin.top + m.b * p.x + m.d * p.y + m.f]; };
             const length = path.getTotalLength();
             for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.45, 0.55, 0.35, 0.65]) {
               const [x, y] = at(length * f);
               const [x1, y1] = at(length * f - 1);
               const [x2, y2] = at(length * f + 1);
               const d = Math.hypot(x2 - x1, y2 - y1) || 1;
               for (const side of [1, -1]) {
                 const px = x - side * offset * (y2 - y1) / d;
                 const py = y + side * offset * (x2 - x1) / d;
                 const hit = document.elementFromPoint(px, py);
                 if (hit === null) continue;
                 const own = hit.closest(`[data-testid=${id}]`) !== null;
                 const pane = hit.classList.contains('react-flow__pane');
                 if (offset === 0 ? own : own || pane) return [px, py];
               }
             }
             return null;",
            vec![link.into(), offset.into()],
        )
        .await
        .expect("a point beside the link");
    let point = value
        .as_array()
        .unwrap_or_else(|| panic!("no clear point beside {link}"));
    (point[0].as_f64().expect("x"), point[1].as_f64().expect("y"))
}

/// Waits (up to `limit`) until the link `link` is selected on the canvas.
pub(crate) async fn link_selected(app: &App, link: &str, limit: Duration) -> bool {
    let deadline = Instant::now() + limit;
    loop {
        let selected = app
            .client
            .execute(
                "return document.querySelector(`.react-flow__edge.selected [data-testid=${arguments[0]}]`) !== null;",
                vec![link.into()],
            )
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
        if selected {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn at_40_percent_a_click_4_px_beside_a_link_selects_it() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let app = App::start(&folder.path().join("hit.db")).await;
    app.wait_until_shown("node-arr").await;
    let link = "link-drives-net_new_customers-paying_customers";
    app.wait_for_test_id(link).await;
    app.zoom_at("canvas", 0.4).await;
    let zoom = app.zoom().await;
    assert!((zoom - 0.4).abs() < 0.02, "zoomed to {zoom}");

    let at = beside_link(&app, link, 4.0).await;
    app.drag(at, at).await;
    let selected = link_selected(&app, link, Duration::from_secs(3)).await;
    app.screenshot("room-link-hit-40").await;
    assert!(
        selected,
        "a click 4 px beside {link} at 40% did not select it"
    );
    app.wait_until_shown("inspector-link-from").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn changing_a_links_kind_keeps_it_selected() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let app = App::start(&folder.path().join("kind.db")).await;
    app.wait_until_shown("node-arr").await;
    let before = "link-impacts-sso-seats_per_customer";
    let after = "link-drives-sso-seats_per_customer";
    app.wait_for_test_id(before).await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let on_path = beside_link(&app, before, 0.0).await;
    app.drag(on_path, on_path).await;
    assert!(
        link_selected(&app, before, Duration::from_secs(5)).await,
        "a click on {before} selects it"
    );

    let kind = app.wait_until_shown("inspector-field-link_kind").await;
    kind.select_by_value("drives").await.expect("drives chosen");
    app.wait_for_test_id(after).await;
    assert!(
        link_selected(&app, after, Duration::from_secs(5)).await,
        "the link is still selected under its new key"
    );
    // The inspector stays on the link, now of its new kind.
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.wait_until_shown("inspector-link-from").await;
    let shown = app
        .wait_until_shown("inspector-field-link_kind")
        .await
        .prop("value")
        .await
        .expect("the kind shown");
    assert_eq!(shown.as_deref(), Some("drives"));
    assert!(link_selected(&app, after, Duration::from_secs(1)).await);
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn after_a_fit_no_card_is_under_a_panel() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = zira_store(folder.path());
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    app.wait_until_shown("palette").await;
    app.wait_until_shown("color-codes").await;
    settle().await;
    app.screenshot("room-fit-open").await;
    let under = cards_under_panels(&app).await;
    assert!(under.is_empty(), "after the tree opened: {under:?}");

    // Zoom to fit with Shift+1, from somewhere else.
    app.zoom_at("node-arr", 1.6).await;
    let shift = '\u{E008}';
    let keys = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: shift })
        .then(KeyAction::Down { value: '!' })
        .then(KeyAction::Up { value: '!' })
        .then(KeyAction::Up { value: shift });
    app.client.perform_actions(keys).await.expect("Shift+1");
    settle().await;
    app.screenshot("room-fit-shift-1").await;
    let under = cards_under_panels(&app).await;
    assert!(under.is_empty(), "after Shift+1: {under:?}");

    // ... and with the fit button of the canvas's controls.
    app.zoom_at("node-arr", 1.6).await;
    app.client
        .execute(
            "document.querySelector('.react-flow__controls-fitview').click();",
            vec![],
        )
        .await
        .expect("the fit button");
    settle().await;
    let under = cards_under_panels(&app).await;
    assert!(under.is_empty(), "after the fit button: {under:?}");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn present_mode_puts_no_node_under_its_legend_or_colour_codes() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = zira_store(folder.path());
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-present").await;
    app.wait_until_shown("present").await;
    let mut steps = 0;
    loop {
        settle().await;
        let step = app.text_of("present-step").await;
        if step.starts_with("Level 2") {
            app.screenshot("room-present-level-2").await;
        }
        let canvas = rects(&app, "[data-testid=present] .react-flow").await;
        let canvas = canvas.first().expect("the present canvas");
        let panels = rects(&app, "[data-testid=present] .kt-legend").await;
        assert!(!panels.is_empty(), "the legend and colour codes are shown");
        let nodes = rects(&app, "[data-testid=present] .react-flow__node").await;
        assert!(!nodes.is_empty(), "{step}: nodes are shown");
        for node in nodes.iter().filter_map(|node| clipped(node, canvas)) {
            for panel in &panels {
                assert!(
                    !overlap(&node, panel),
                    "{step}: a node {node:?} is under a panel {panel:?}"
                );
            }
        }
        steps += 1;
        if step.contains("Overview") {
            break;
        }
        assert!(steps < 20, "present mode never reached its overview");
        app.press(SPACE).await;
    }
    app.close().await;
}

/// The `data-folded` of the palette ("true" or "false").
async fn palette_folded(app: &App) -> String {
    let palette = app.wait_for_test_id("palette").await;
    palette
        .attr("data-folded")
        .await
        .expect("the palette's attribute")
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_folded_palette_stays_folded_after_a_restart() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = zira_store(folder.path());
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    app.wait_until_shown("palette").await;
    settle().await;
    app.screenshot("room-panels-unfolded").await;
    assert_eq!(palette_folded(&app).await, "false");
    let (_, _, open_width, _) = app.box_of("palette").await;

    // One click folds it to a slim strip; the colour codes fold too.
    app.click("palette-fold").await;
    app.click("color-codes-fold").await;
    settle().await;
    assert_eq!(palette_folded(&app).await, "true");
    let (_, _, folded_width, _) = app.box_of("palette").await;
    assert!(
        folded_width < open_width / 2.0,
        "the folded palette is a strip: {folded_width} px against {open_width} px"
    );
    // A fit uses the room the folds gave back.
    app.zoom_at("node-arr", 1.6).await;
    app.client
        .execute(
            "document.querySelector('.react-flow__controls-fitview').click();",
            vec![],
        )
        .await
        .expect("the fit button");
    settle().await;
    app.screenshot("room-panels-folded").await;
    let under = cards_under_panels(&app).await;
    assert!(
        under.is_empty(),
        "after a fit with the panels folded: {under:?}"
    );
    // The preference is written as the click happens; give it a moment to land.
    tokio::time::sleep(Duration::from_millis(500)).await;
    app.close().await;

    // The same store, a new window: still folded, and one click unfolds it.
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    assert_eq!(palette_folded(&app).await, "true");
    app.wait_until_shown("palette-north_star").await;
    app.click("palette-fold").await;
    assert_eq!(palette_folded(&app).await, "false");
    app.close().await;
}
