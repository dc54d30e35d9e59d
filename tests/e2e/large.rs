//! A large tree in the window: a 500-node KPI tree, four children a node, fitted in
//! the window at about 2% zoom. Selecting a node there once made WebKit's web
//! process grow by gigabytes a second until it was killed (see BENCHMARKS.md,
//! canvas); the canvas is now a compositing layer of its own.

use std::time::Duration;

use crate::editor::click_node;
use crate::harness::{store_with_laid_out_tree, App};

#[tokio::test(flavor = "multi_thread")]
async fn nodes_of_a_500_node_tree_fitted_in_the_window_are_selected() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("large.db");
    let id = store_with_laid_out_tree(&store, "A 500-node tree", 500);
    let app = App::start(&store).await;
    app.wait_until_shown(&format!("tree-item-{id}")).await;
    app.wait_until_shown("node-n0").await;

    let zoom = app.zoom().await;
    assert!(zoom < 0.2, "the whole tree is fitted far out, at {zoom}");
    let canvas = app.wait_for_test_id("canvas").await;
    let classes = canvas
        .attr("class")
        .await
        .expect("class")
        .unwrap_or_default();
    assert!(
        classes.contains("kt-canvas--far"),
        "far out, cards are drawn as plain boxes: {classes}"
    );

    click_node(&app, "n0").await;
    // The page lives on: a second node is selected after the first (one of the
    // North Star's drivers, the first not under the panels over the canvas).
    tokio::time::sleep(Duration::from_secs(2)).await;
    let mut uncovered = None;
    // (Only the cards in view are in the page.)
    for id in ["n1", "n2", "n3", "n4"] {
        let card = format!("node-{id}");
        if app.exists(&card).await && app.on_top(&card).await {
            uncovered = Some(id);
            break;
        }
    }
    click_node(
        &app,
        uncovered.expect("a driver of the North Star in sight"),
    )
    .await;
    app.close().await;
}
