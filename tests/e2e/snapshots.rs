//! Snapshots, comparison and merging (SPEC 10) in the real window: a snapshot is
//! taken from the tree's ⋯ menu, the tree edited, and comparing it with the
//! snapshot marks the changed node and shows the deleted one as a ghost, with a
//! list whose entries reveal their nodes; two squads' trees that share nodes are
//! merged with their one conflict settled in the dialog, and the merged tree opens
//! with the value chosen.

use std::path::Path;

use fantoccini::Locator;
use serde_json::{json, Value};

use crate::editor::{click_node, node, set_field};
use crate::harness::{import_file, read_tree, wait_for_tree, App};

const DELETE: char = '\u{E017}';

/// The id of the tree item whose text holds `name`.
async fn tree_item(app: &App, name: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let found = app
            .client
            .execute(
                "return [...document.querySelectorAll('[data-testid^=\"tree-item-\"]')]
                   .filter(e => e.textContent.includes(arguments[0]))
                   .map(e => e.getAttribute('data-testid'))[0] || null;",
                vec![Value::from(name)],
            )
            .await
            .expect("the tree list");
        if let Some(id) = found.as_str() {
            return id.trim_start_matches("tree-item-").to_owned();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no tree {name:?} in the list"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn tree_menu(app: &App, tree: &str, action: &str) {
    // The ⋯ button shows on hover and on keyboard focus: a hover where the pointer
    // already was shows nothing new, so the item takes the focus too.
    let item = format!("tree-item-{tree}");
    app.hover(&item).await;
    app.client
        .execute(
            "document.querySelector(`[data-testid=\"${arguments[0]}\"]`).focus();",
            vec![Value::from(item)],
        )
        .await
        .expect("the item takes the focus");
    app.click(&format!("tree-menu-{tree}")).await;
    app.click(action).await;
}

/// The class of the element `test_id` (empty when there is none).
async fn class_of(app: &App, test_id: &str) -> String {
    let script = "const e = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
                  return e === null ? '' : e.className;";
    let class = app
        .client
        .execute(script, vec![Value::from(test_id)])
        .await
        .expect("the class");
    class.as_str().unwrap_or_default().to_owned()
}

/// Waits (up to 20 s) until the class of `test_id` holds `part` (or, `false`, not).
async fn wait_for_class(app: &App, test_id: &str, part: &str, want: bool) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let class = class_of(app, test_id).await;
        if class.contains(part) == want {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{test_id} has class {class:?}; wanted {part} {want}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn click_css(app: &App, selector: &str) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        match app.client.find(Locator::Css(selector)).await {
            Ok(element) => {
                element.click().await.expect("a click");
                return;
            }
            Err(error) if std::time::Instant::now() >= deadline => {
                panic!("no element {selector}: {error}")
            }
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_snapshot_is_taken_and_compared_with_the_edited_tree_on_the_canvas() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("snapshots.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    let sample = "SaaS growth (sample)";
    let id = tree_item(&app, sample).await;

    tree_menu(&app, &id, "action-take-snapshot").await;
    let name = app.wait_until_shown("snapshot-name").await;
    app.client
        .execute(
            "arguments[0].focus(); arguments[0].select();",
            vec![serde_json::to_value(&name).expect("element")],
        )
        .await
        .expect("select the name");
    app.type_text("Q3 review").await;
    app.click("snapshot-take").await;
    app.wait_for_text("notice", "Snapshot “Q3 review” taken")
        .await;

    // Edit: a target changed, a node deleted.
    click_node(&app, "paying_customers").await;
    set_field(&app, "target", "600").await;
    wait_for_tree(&store, sample, |tree| {
        node(tree, "paying_customers")["target"] == 600
    });
    click_node(&app, "fast_mobile").await;
    app.press(DELETE).await;
    app.wait_until_gone("node-fast_mobile").await;

    tree_menu(&app, &id, "action-snapshots").await;
    app.wait_until_shown("snapshot-row").await;
    app.click("snapshot-compare").await;
    let list = app.wait_for_text("compare-list", "target 520 → 600").await;
    assert!(list.contains("Faster mobile load"), "{list}");
    app.wait_for_text("compare-summary", "since snapshot “Q3 review”")
        .await;
    wait_for_class(&app, "node-paying_customers", "is-diff-changed", true).await;
    app.wait_until_shown("node-fast_mobile").await;
    wait_for_class(&app, "node-fast_mobile", "is-diff-removed", true).await;
    app.screenshot("compare-canvas").await;
    app.zoom_at("node-fast_mobile", 0.8).await;
    app.screenshot("compare-canvas-close").await;

    // An entry reveals its node: selected, in the inspector.
    click_css(
        &app,
        "[data-testid=\"compare-entry\"][data-reveal=\"paying_customers\"]",
    )
    .await;
    app.wait_for_text("inspector-id", "paying_customers").await;

    // Closing the panel takes the marks away.
    app.click("compare-close").await;
    wait_for_class(&app, "node-paying_customers", "is-diff-changed", false).await;
    app.wait_until_gone("node-fast_mobile").await;

    // The snapshot opens read-only, as it was, and closes back to the tree.
    tree_menu(&app, &id, "action-snapshots").await;
    app.click("snapshot-open").await;
    app.wait_for_text("snapshot-banner", "read-only").await;
    app.wait_until_shown("node-fast_mobile").await;
    app.screenshot("snapshot-open").await;
    app.click("snapshot-close").await;
    app.wait_until_gone("snapshot-banner").await;
    app.wait_until_gone("node-fast_mobile").await;
    app.close().await;
}

/// The sample tree as squad `name`'s: `drop` left out, paying customers' target
/// `target`.
fn squad_file(folder: &Path, name: &str, target: u32, drop: &[&str]) -> std::path::PathBuf {
    let text = include_str!("../../src-tauri/core/src/sample/saas_arr.json");
    let mut tree: Value = serde_json::from_str(text).expect("the sample");
    tree["name"] = json!(name);
    let keep = |id: &Value| !drop.iter().any(|d| id == d);
    let nodes = tree["nodes"].as_array_mut().expect("nodes");
    nodes.retain(|node| keep(&node["id"]));
    for node in nodes.iter_mut() {
        if node["id"] == "paying_customers" {
            node["target"] = json!(target);
        }
    }
    let links = tree["links"].as_array_mut().expect("links");
    links.retain(|link| keep(&link["from"]) && keep(&link["to"]));
    let path = folder.join(format!("{name}.json"));
    std::fs::write(&path, serde_json::to_string_pretty(&tree).expect("json")).expect("written");
    path
}

#[tokio::test(flavor = "multi_thread")]
async fn two_squads_trees_merge_with_their_conflict_settled_in_the_dialog() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("merge.db");
    let a = squad_file(folder.path(), "Squad A", 520, &["sso", "fast_mobile"]);
    let b = squad_file(
        folder.path(),
        "Squad B",
        600,
        &["csat", "guided_onboarding"],
    );
    import_file(&store, &a);
    import_file(&store, &b);
    let app = App::start(&store).await;
    let squad_a = tree_item(&app, "Squad A").await;
    let squad_b = tree_item(&app, "Squad B").await;
    app.wait_until_shown("node-arr").await;

    // The two squads' trees compared, before they are merged: Squad B opened,
    // compared with Squad A.
    app.click(&format!("tree-item-{squad_b}")).await;
    app.wait_for_text("tree-header", "Squad B").await;
    tree_menu(&app, &squad_b, "action-snapshots").await;
    app.wait_until_shown("snapshots-dialog").await;
    app.click("compare-tree").await;
    let changes = app.wait_for_text("compare-panel", "520 → 600").await;
    assert!(changes.contains("Squad A"), "{changes}");
    app.click("compare-close").await;
    app.wait_until_gone("compare-panel").await;

    tree_menu(&app, &squad_a, "action-merge-trees").await;
    app.wait_until_shown("merge-dialog").await;
    app.click(&format!("merge-tree-{squad_b}")).await;
    let conflict = app
        .wait_for_text("merge-conflict", "Paying customers · target")
        .await;
    assert!(
        conflict.contains("Squad A") && conflict.contains("Squad B"),
        "{conflict}"
    );
    app.wait_for_text("merge-run", "1 conflict to settle").await;
    assert!(
        !app.enabled("merge-run").await,
        "Merge waits for the conflict"
    );
    app.screenshot("merge-dialog").await;

    click_css(
        &app,
        "[data-testid=\"merge-side\"][data-source=\"Squad B\"]",
    )
    .await;
    app.wait_for_text("merge-run", "Merge").await;
    assert!(app.enabled("merge-run").await, "every conflict is settled");
    app.screenshot("merge-dialog-settled").await;
    app.click("merge-run").await;

    app.wait_for_text("tree-header", "Common tree").await;
    app.wait_for_text("notice", "Merged 2 trees").await;
    app.wait_until_shown("node-csat").await;
    app.wait_until_shown("node-sso").await;
    let merged = read_tree(&store, "Common tree");
    assert_eq!(node(&merged, "paying_customers")["target"], 600);
    app.screenshot("merge-result").await;
    app.close().await;
}
