//! Hostile text in the real window (issue 15): markup, right-to-left and control
//! characters, very long names, typed into a new card's name and the inspector's
//! fields, and garbage pasted on the canvas. Each is refused with a message naming
//! what is wrong, or shown literally: no element is injected (the page's elements
//! are counted), the card's text is the name as typed, the card keeps a sane size,
//! and the SVG export escapes it.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::editor::{click_node, node};
use crate::harness::{copy_to_clipboard, store_with_laid_out_tree, wait_for_tree, App};

const ENTER: char = '\u{E007}';
const TAB: char = '\u{E004}';
const TREE: &str = "Hostile";

const IMG: &str = "<img src=x onerror=alert(1)>";
const SCRIPT: &str = "</text><script>alert(2)</script>";
const RTL: &str = "\u{202E}txt.exe\u{7} bell";
const BINARY: &str =
    "\u{1}\u{2}\u{3}PNG\r\n\u{1a}\n\u{0}\u{0}\u{0}\rIHDR\u{7f}\u{1b}[31m\u{fffd}\u{fffd}";
const HTML: &str =
    "<html><body><h1>Title</h1><script>alert(1)</script><img src=x onerror=alert(1)></body></html>";

/// Elements a name could inject, counted in the whole page.
const INJECTABLE: &str =
    "return document.querySelectorAll('img, script, iframe, object, embed, text').length;";

async fn injectable(app: &App) -> u64 {
    let count = app
        .client
        .execute(INJECTABLE, vec![])
        .await
        .expect("a count");
    count.as_u64().expect("a number")
}

/// The card whose name is `name`: its name's text and its box (width, height).
async fn card_named(app: &App, name: &str) -> Option<(String, f64, f64)> {
    let script = "
        const card = [...document.querySelectorAll('.kt-node')].find(c =>
          c.querySelector('.kt-node__name')?.getAttribute('title') === arguments[0]);
        if (!card) return null;
        const r = card.getBoundingClientRect();
        return [card.querySelector('.kt-node__name').textContent, r.width, r.height];";
    let found = app
        .client
        .execute(script, vec![name.into()])
        .await
        .expect("the cards");
    let found = found.as_array()?;
    Some((
        found[0].as_str()?.to_owned(),
        found[1].as_f64()?,
        found[2].as_f64()?,
    ))
}

/// Waits for the card named `name` and checks that it shows the name literally (its
/// text is the name, wrapped at most: the name row breaks long words) within a
/// card's usual bounds.
async fn assert_card_shows(app: &App, name: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Some((text, width, height)) = card_named(app, name).await {
            let bare = |s: &str| s.split_whitespace().collect::<String>();
            assert_eq!(bare(&text), bare(name), "the card shows {text:?}");
            assert!(
                width < 400.0 && height < 300.0,
                "{name:?}: a card {width}×{height}"
            );
            return;
        }
        assert!(Instant::now() < deadline, "no card named {name:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The tree exported through the command line as `format` to `out`.
fn export(store: &Path, format: &str, out: &Path) {
    let output = Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .args(["export", "--tree", TREE, "--format", format, "-o"])
        .arg(out)
        .arg("--db")
        .arg(store)
        .output()
        .expect("kpitree export runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The name of node `id` as stored.
fn stored_name(store: &Path, id: &str) -> String {
    let tree = wait_for_tree(store, TREE, |_| true);
    node(&tree, id)["name"].as_str().expect("a name").to_owned()
}

/// Renames node `id` through the inspector's name field: selects it, replaces the
/// field's text by `name` (typed, or pasted when `paste`), Enter.
async fn rename_in_inspector(app: &App, id: &str, name: &str, paste: bool) {
    click_node(app, id).await;
    app.click("inspector-field-name").await;
    app.press_ctrl('a').await;
    if paste {
        copy_to_clipboard(app, name);
        app.press_ctrl('v').await;
    } else {
        app.type_text(name).await;
    }
    app.press(ENTER).await;
}

/// Dismisses the error banner.
async fn dismiss_banner(app: &App) {
    let script = "document.querySelector('[data-testid=\"error-banner\"] button').click();";
    app.client.execute(script, vec![]).await.expect("dismissed");
    app.wait_until_gone("error-banner").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn hostile_names_are_shown_literally_or_refused_with_a_message() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("hostile.db");
    store_with_laid_out_tree(&store, TREE, 5);
    let app = App::start(&store).await;
    app.wait_until_shown("node-n4").await;
    let before = injectable(&app).await;

    // Markup typed as a new card's name, and into the inspector's name.
    click_node(&app, "n1").await;
    app.press(TAB).await;
    app.wait_for_test_id("node-rename-new_business_kpi").await;
    app.type_text(IMG).await;
    app.press(ENTER).await;
    assert_card_shows(&app, IMG).await;
    rename_in_inspector(&app, "n2", SCRIPT, false).await;
    assert_card_shows(&app, SCRIPT).await;

    // A right-to-left override and a bell, pasted: the override is text and shown
    // as it is, inside its card's name only; the bell is kept (the SVG drops it).
    rename_in_inspector(&app, "n3", RTL, true).await;
    assert_card_shows(&app, RTL).await;
    assert_eq!(stored_name(&store, "n3"), RTL);

    // 10 000 characters pasted into a name: refused, naming the node and the name.
    rename_in_inspector(&app, "n4", &"W".repeat(10_000), true).await;
    let banner = app.wait_for_text("error-banner", "10000 characters").await;
    assert!(banner.contains("node \"n4\": the name"), "{banner}");
    dismiss_banner(&app).await;
    assert_eq!(stored_name(&store, "n4"), "Metric 4");
    assert_card_shows(&app, "Metric 4").await;

    // Markup typed as a formula: kept as typed (a formula with an error is stored
    // and shown as a problem, SPEC 6), its error under the field naming the character.
    click_node(&app, "n0").await;
    app.click("inspector-field-formula").await;
    app.type_text("<script>alert(3)</script>").await;
    app.press(ENTER).await;
    app.wait_for_text("inspector-error-formula", "unexpected character '<'")
        .await;
    app.screenshot("hostile-names").await;
    let tree = wait_for_tree(&store, TREE, |_| true);
    assert_eq!(node(&tree, "n0")["formula"], "<script>alert(3)</script>");
    assert_eq!(injectable(&app).await, before, "no element injected");
    app.close().await;

    // The SVG export escapes every name; the PNG export (resvg parses that SVG) works.
    let svg_file = folder.path().join("hostile.svg");
    export(&store, "svg", &svg_file);
    let svg = std::fs::read_to_string(&svg_file).expect("the svg");
    assert!(!svg.contains("<img") && !svg.contains("<script"), "{svg}");
    assert!(svg.contains("&lt;img src=x"), "{svg}");
    assert!(!svg.contains('\u{7}'), "the bell is dropped from the SVG");
    export(&store, "png", &folder.path().join("hostile.png"));
}

#[tokio::test(flavor = "multi_thread")]
async fn garbage_pasted_on_the_canvas_is_refused_or_shown_literally() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("paste.db");
    store_with_laid_out_tree(&store, TREE, 5);
    let app = App::start(&store).await;
    app.wait_until_shown("node-n4").await;
    let before = injectable(&app).await;
    click_node(&app, "n1").await;

    // 5 000 lines: refused whole, saying how many.
    let many: String = (0..5000).map(|i| format!("line {i}\n")).collect();
    copy_to_clipboard(&app, &many);
    app.press_ctrl('v').await;
    app.wait_for_text("error-banner", "5000 lines").await;
    dismiss_banner(&app).await;

    // Binary-looking text: refused at its first control character, naming the line.
    copy_to_clipboard(&app, BINARY);
    app.press_ctrl('v').await;
    let banner = app
        .wait_for_text("error-banner", "control character (U+0001)")
        .await;
    assert!(banner.contains("line 1"), "{banner}");
    app.screenshot("hostile-paste-binary").await;
    dismiss_banner(&app).await;

    // HTML: one line, one node named with it, shown literally.
    copy_to_clipboard(&app, HTML);
    app.press_ctrl('v').await;
    assert_card_shows(&app, HTML).await;
    app.screenshot("hostile-paste-html").await;
    assert_eq!(injectable(&app).await, before, "no element injected");
    let tree = wait_for_tree(&store, TREE, |_| true);
    assert_eq!(tree["nodes"].as_array().map(Vec::len), Some(6), "{tree}");
    app.close().await;
}
