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
    // Far out the tree is painted as one layer: the cards are empty boxes that
    // take the pointer, no link is in the page, and the North Star is named at a
    // readable size.
    assert!(app.exists("far-layer").await, "the far layer is painted");
    assert_eq!(
        app.text_of("node-n0").await.trim(),
        "",
        "a far card is a box"
    );
    assert_eq!(
        far_links(&app).await,
        0,
        "links are painted, not in the page"
    );
    let named = app.wait_for_test_id("far-labels").await;
    let north_star = named
        .find(fantoccini::Locator::Css("[data-node='n0']"))
        .await
        .expect("the North Star is named far out");
    let px: f64 = north_star
        .attr("data-px")
        .await
        .expect("an attribute")
        .and_then(|px| px.parse().ok())
        .expect("a size");
    assert!(px >= 9.0, "named at {px} px");

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

    // A card dragged far out moves, and its move is saved.
    let before = stored_x(&store, "n0");
    let (left, top, width, height) = app.box_of("node-n0").await;
    let from = (left + width / 2.0, top + height / 2.0);
    app.drag(from, (from.0 + 120.0, from.1 + 40.0)).await;
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    // 120 screen px at this zoom are thousands of canvas units.
    while stored_x(&store, "n0") < before + 60.0 / zoom {
        assert!(
            std::time::Instant::now() < deadline,
            "the card dragged far out was not moved in the store"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    // Close up again, the cards have their faces and the links are drawn, from
    // handles measured as the canvas came back.
    app.zoom_at("node-n0", 0.8).await;
    app.wait_for_text("node-n0", "North Star").await;
    assert!(!app.exists("far-layer").await, "close up, no far layer");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while far_links(&app).await == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "close up, the links are drawn again"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    app.close().await;
}

/// Node `id`'s x in the store.
fn stored_x(store: &std::path::Path, id: &str) -> f64 {
    let tree = crate::harness::stored_tree(store, "A 500-node tree");
    tree["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|node| node["id"] == id)
        .and_then(|node| node["position"]["x"].as_f64())
        .expect("a position")
}

/// How many links React Flow has in the page.
async fn far_links(app: &App) -> usize {
    app.client
        .find_all(fantoccini::Locator::Css(".react-flow__edge"))
        .await
        .map(|edges| edges.len())
        .unwrap_or(0)
}
