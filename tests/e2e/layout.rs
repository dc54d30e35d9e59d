//! Auto-layout on the real window: one click lays the tree out, undo puts every node
//! back, and what the user ends with is in the store.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use kpitree_core::sample;

use crate::harness::{stored_tree, App};

/// The positions the store holds, read through the command line.
fn stored_positions(store: &Path) -> BTreeMap<String, (f64, f64)> {
    let json = stored_tree(store, "SaaS growth (sample)");
    json["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|node| {
            let id = node["id"].as_str().expect("id").to_owned();
            let x = node["position"]["x"].as_f64().expect("x");
            let y = node["position"]["y"].as_f64().expect("y");
            (id, (x, y))
        })
        .collect()
}

fn sample_positions() -> BTreeMap<String, (f64, f64)> {
    sample::saas_arr()
        .nodes
        .iter()
        .map(|node| {
            let position = node.position.expect("the sample places every node");
            (node.id.to_string(), (position.x, position.y))
        })
        .collect()
}

/// The direction choice is remembered across runs (the webview's local storage), so
/// a test says which one it wants.
async fn choose_top_down(app: &App) {
    app.wait_until_shown("action-layout-direction-top_down")
        .await
        .click()
        .await
        .expect("choose top-down");
}

/// The first drives link whose child is not drawn below its parent, if any.
async fn child_not_below_parent(app: &App) -> Option<String> {
    for link in sample::saas_arr().links {
        if link.kind != kpitree_core::model::LinkKind::Drives {
            continue;
        }
        let child = app.box_of(&format!("node-{}", link.from)).await;
        let parent = app.box_of(&format!("node-{}", link.to)).await;
        if child.1 < parent.1 + parent.3 {
            return Some(format!(
                "{} (top {}) is not below {} (bottom {})",
                link.from,
                child.1,
                link.to,
                parent.1 + parent.3
            ));
        }
    }
    None
}

/// Waits (up to 20 s, the nodes glide into place) until every child is drawn below
/// the nodes it drives.
async fn assert_children_below_parents(app: &App) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while let Some(problem) = child_not_below_parent(app).await {
        assert!(Instant::now() < deadline, "{problem}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn auto_layout_then_undo_puts_every_node_back_in_the_store() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("layout.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;

    choose_top_down(&app).await;
    app.click_until("action-auto-layout", "action-undo", true)
        .await;
    assert_children_below_parents(&app).await;
    app.screenshot("auto-layout-top-down").await;

    app.click_until("action-undo", "action-redo", true).await;
    app.close().await;
    assert_eq!(stored_positions(&store), sample_positions());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_layout_is_saved_at_once_and_shown_after_a_restart() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("restart.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    choose_top_down(&app).await;
    app.click_until("action-auto-layout", "action-undo", true)
        .await;
    app.close().await;

    let laid_out = stored_positions(&store);
    assert_ne!(laid_out, sample_positions(), "the layout was not saved");

    let app = App::start(&store).await;
    assert_children_below_parents(&app).await;
    assert!(
        !app.enabled("action-undo").await,
        "a restarted app has nothing to undo"
    );
    app.close().await;
    assert_eq!(stored_positions(&store), laid_out);
}
