//! Nothing a user types is lost or lands on another node (issue 14, problem 1), and
//! the inspector shows what a user fills while drawing without scrolling, with
//! swatches for a node's colour. Each test types and clicks with real WebDriver key
//! and pointer actions, at once, as a quick hand does, and reads the result back
//! from the store through the command line.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::editor::{click_node, node};
use crate::harness::{store_with_laid_out_tree, stored_tree, wait_for_tree, App};

const ENTER: char = '\u{E007}';
const TREE: &str = "Input";

/// A window on a new store holding one five-node tree (`n0` the North Star, `n1`…`n4`
/// KPIs driving it, no values), laid out.
async fn start(folder: &Path) -> (App, std::path::PathBuf) {
    let store = folder.join("input.db");
    store_with_laid_out_tree(&store, TREE, 5);
    let app = App::start(&store).await;
    app.wait_until_shown("node-n4").await;
    (app, store)
}

/// A click on the middle of `at` (screen coordinates): a press and a release.
async fn click_at(app: &App, at: (f64, f64)) {
    app.drag(at, at).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_value_typed_then_another_card_clicked_stays_on_its_node() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let (app, store) = start(folder.path()).await;
    let a_at = app.centre_of("node-n1").await;
    let b_at = app.centre_of("node-n2").await;

    click_node(&app, "n1").await;
    app.click("inspector-field-value").await;
    app.type_text("111").await;
    // At once: no wait for the edit to be saved.
    click_at(&app, b_at).await;
    app.wait_for_text("inspector-id", "n2").await;
    app.click("inspector-field-value").await;
    app.type_text("222").await;
    click_at(&app, a_at).await;
    app.wait_for_text("inspector-id", "n1").await;

    let tree = wait_for_tree(&store, TREE, |tree| {
        node(tree, "n1")["value"] == 111.0 && node(tree, "n2")["value"] == 222.0
    });
    assert_eq!(node(&tree, "n1")["value"], 111.0, "{tree}");
    assert_eq!(node(&tree, "n2")["value"], 222.0, "{tree}");
    for other in ["n0", "n3", "n4"] {
        assert!(node(&tree, other)["value"].is_null(), "{other}: {tree}");
    }
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_node_added_from_the_palette_takes_the_name_typed_at_once() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let (app, store) = start(folder.path()).await;

    app.click("palette-business_kpi").await;
    // The very next keys, with no wait for the node or the inspector.
    app.type_text("Churned customers").await;
    app.press(ENTER).await;
    // Its id follows the name typed (SPEC 6).
    app.wait_until_shown("node-churned_customers").await;

    let tree = wait_for_tree(&store, TREE, |tree| {
        tree["nodes"]
            .as_array()
            .is_some_and(|nodes| nodes.iter().any(|n| n["name"] == "Churned customers"))
    });
    let nodes = tree["nodes"].as_array().expect("nodes");
    assert_eq!(nodes.len(), 6, "one node added, no other: {tree}");
    assert_eq!(
        node(&tree, "churned_customers")["name"],
        "Churned customers",
        "{tree}"
    );
    for i in 1..5 {
        assert_eq!(node(&tree, &format!("n{i}"))["name"], format!("Metric {i}"));
    }
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn keys_pressed_right_after_typing_put_nothing_on_another_node() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let (app, store) = start(folder.path()).await;
    let b_at = app.centre_of("node-n2").await;

    // Undo right after typing acts on the field, never on another node.
    click_node(&app, "n1").await;
    app.click("inspector-field-name").await;
    app.type_text(" renamed").await;
    app.press_ctrl('z').await;
    app.type_text("5").await;
    // A shortcut right after typing in another field (Ctrl+I hides the inspector
    // when the field does not keep the key): what was typed stays with n1.
    app.click("inspector-field-value").await;
    app.type_text("42").await;
    app.press_ctrl('i').await;
    click_at(&app, b_at).await;

    let tree = wait_for_tree(&store, TREE, |tree| node(tree, "n1")["value"] == 42.0);
    assert_eq!(node(&tree, "n1")["value"], 42.0, "{tree}");
    let name = node(&tree, "n1")["name"].as_str().unwrap_or_default();
    assert!(name.starts_with("Metric 1"), "{tree}");
    assert_eq!(tree["nodes"].as_array().map(Vec::len), Some(5), "{tree}");
    for i in [0, 2, 3, 4] {
        let other = node(&tree, &format!("n{i}"));
        assert!(other["value"].is_null(), "n{i}: {tree}");
        let want = if i == 0 {
            "North Star".to_owned()
        } else {
            format!("Metric {i}")
        };
        assert_eq!(other["name"], want.as_str(), "{tree}");
    }
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn the_formula_field_is_in_view_and_a_swatch_recolours_the_card() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("sample.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;

    // At 1280×800, with a node that has drivers selected, the formula field is on
    // screen without scrolling the inspector. The window remembers its panels
    // between runs: the leverage and alignment panels, which share the column, are
    // closed first.
    for panel in ["leverage-close", "alignment-close"] {
        if app.exists(panel).await {
            app.click(panel).await;
            app.wait_until_gone(panel).await;
        }
    }
    click_node(&app, "arr").await;
    app.screenshot("inspector-node-selected").await;
    let (_, top, _, height) = app.box_of("inspector-field-formula").await;
    assert!(
        top >= 0.0 && top + height <= 800.0 && app.on_top("inspector-field-formula").await,
        "the formula field is at {top}..{}, below the fold",
        top + height
    );

    // A swatch recolours the card and the stored node at once.
    click_node(&app, "activation_rate").await;
    app.click("inspector-swatch-cc79a7").await;
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let border = app
            .client
            .execute(
                "const card = document.querySelector('[data-testid=\"node-activation_rate\"]');
                 return getComputedStyle(card).borderColor + ' ' + card.outerHTML;",
                vec![],
            )
            .await
            .expect("the card's style");
        let text = border.as_str().unwrap_or_default().to_lowercase();
        if text.contains("rgb(204, 121, 167)") || text.contains("#cc79a7") {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the card never wore the swatch: {text}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;
    let tree = stored_tree(&store, "SaaS growth (sample)");
    assert_eq!(node(&tree, "activation_rate")["color"], "#cc79a7", "{tree}");
}
