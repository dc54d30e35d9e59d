//! Auto-layout on the real window: one click lays the tree out, undo puts every node
//! back, and what the user ends with is in the store.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::{Duration, Instant};

use kpitree_core::sample;

use crate::harness::{import_file, stored_tree, App};

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

/// The direction choice is remembered across runs (the store's preferences), so a
/// test says which one it wants.
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

/// Issue 14, problem 7: after auto-layout the Zira tree's health metric stands on
/// the row of the metric it guards, right after it (it stood on the top row beside
/// the North Star, its guards line across the drawing); a tree imported without
/// positions is laid out, not one row.
#[tokio::test(flavor = "multi_thread")]
async fn zira_after_auto_layout_has_its_tripwire_beside_what_it_guards() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("zira.db");
    let mut zira: serde_json::Value =
        serde_json::from_str(include_str!("../data/zira.json")).expect("zira.json");
    for node in zira["nodes"].as_array_mut().expect("nodes") {
        if let Some(fields) = node.as_object_mut() {
            fields.remove("position");
            fields.remove("pinned");
        }
    }
    let file = folder.path().join("zira-unplaced.json");
    std::fs::write(&file, zira.to_string()).expect("the file is written");
    import_file(&store, &file);
    // Imported without positions: laid out, so the rows differ.
    let stored = stored_tree(&store, "Zira growth");
    let rows: std::collections::BTreeSet<i64> = stored["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .map(|n| n["position"]["y"].as_f64().expect("a position") as i64)
        .collect();
    assert!(rows.len() >= 5, "laid out in rows: {rows:?}");

    let app = App::start(&store).await;
    app.wait_until_shown("node-ticket_backlog").await;
    choose_top_down(&app).await;
    app.click("action-auto-layout").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let (tx, ty, _, th) = app.box_of("node-ticket_backlog").await;
        let (ax, ay, aw, ah) = app.box_of("node-activation_rate").await;
        let level = (ty + th / 2.0 - (ay + ah / 2.0)).abs() < 2.0;
        if level && tx > ax + aw {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the tripwire is not beside Activation rate: {:?} against {:?}",
            (tx, ty),
            (ax, ay)
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.close().await;
}
