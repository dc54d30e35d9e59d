//! The screenshots under docs/, taken from the real window. Not part of the test
//! run; refresh them with
//! `cargo test --test e2e -- --ignored docs_screenshots --test-threads=1`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kpitree_core::sample;
use kpitree_core::store::Store;

use crate::editor::{click_node, connect, drop_kind, name_new_node, set_field};
use crate::harness::App;

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs")
}

async fn lay_out_and_capture(app: &App, direction: &str, file: &str) {
    app.wait_until_shown(&format!("action-layout-direction-{direction}"))
        .await
        .click()
        .await
        .expect("direction");
    app.wait_until_shown("action-auto-layout")
        .await
        .click()
        .await
        .expect("auto-layout");
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let png = app.client.screenshot().await.expect("screenshot");
    std::fs::write(docs().join(file), png).expect("write screenshot");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/; run by hand"]
async fn docs_screenshots() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("docs.db");

    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    lay_out_and_capture(&app, "top_down", "auto-layout-sample-top-down.png").await;
    lay_out_and_capture(&app, "left_right", "auto-layout-sample-left-right.png").await;
    app.close().await;

    let id = Store::open(&store)
        .and_then(|mut store| store.insert_tree(&sample::synthetic("A 300-node tree", 300)))
        .expect("a 300-node tree in the store");
    let app = App::start(&store).await;
    app.wait_until_shown(&format!("tree-item-{id}"))
        .await
        .click()
        .await
        .expect("open the big tree");
    app.wait_until_shown("node-n299").await;
    lay_out_and_capture(&app, "top_down", "auto-layout-300-top-down.png").await;
    lay_out_and_capture(&app, "left_right", "auto-layout-300-left-right.png").await;
    app.close().await;
}

/// Writes the window as it is now to docs/`file`.
async fn capture(app: &App, file: &str) {
    tokio::time::sleep(Duration::from_millis(600)).await;
    let png = app.client.screenshot().await.expect("screenshot");
    std::fs::write(docs().join(file), png).expect("write screenshot");
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/; run by hand"]
async fn docs_editor_screenshots() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("editor-docs.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;

    // A small tree drawn from scratch with the palette and links, then laid out.
    app.click("action-new-tree").await;
    app.click("action-new-tree-blank").await;
    app.wait_until_shown("empty-tree").await;
    let (left, top, width, _) = app.box_of("canvas").await;
    let x = left + width / 2.0;
    let nodes = [
        (
            "north_star",
            "north_star",
            (x, top + 150.0),
            "Weekly active teams",
        ),
        (
            "business_kpi",
            "business_kpi",
            (x - 230.0, top + 330.0),
            "New teams",
        ),
        (
            "business_kpi",
            "business_kpi_2",
            (x + 230.0, top + 330.0),
            "Retained teams",
        ),
        (
            "product_metric",
            "product_metric",
            (x - 230.0, top + 500.0),
            "Activation rate",
        ),
        (
            "initiative",
            "initiative",
            (x + 60.0, top + 620.0),
            "Guided onboarding",
        ),
    ];
    for (kind, id, at, name) in nodes {
        drop_kind(&app, kind, at, id).await;
        name_new_node(&app, id, name).await;
    }
    for (from, to) in [
        ("business_kpi", "north_star"),
        ("business_kpi_2", "north_star"),
        ("product_metric", "business_kpi"),
        ("initiative", "product_metric"),
        ("initiative", "business_kpi_2"),
    ] {
        connect(&app, from, to).await;
        tokio::time::sleep(Duration::from_millis(400)).await;
    }
    app.click("action-layout-direction-top_down").await;
    app.click("action-auto-layout").await;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    click_node(&app, "initiative").await;
    capture(&app, "editor-drawn-from-scratch.png").await;

    // A link that would close a cycle is refused with the path it would close.
    connect(&app, "business_kpi", "business_kpi_2").await;
    app.wait_for_test_id("link-drives-business_kpi-business_kpi_2")
        .await;
    connect(&app, "business_kpi_2", "business_kpi").await;
    app.wait_for_text("error-banner", "cycle").await;
    capture(&app, "editor-cycle-refused.png").await;
    app.close().await;

    // The inspector with a formula error, on the sample tree.
    let app = App::start(&store).await;
    app.click("tree-item-1").await;
    app.wait_until_shown("node-arr").await;
    click_node(&app, "arr").await;
    set_field(&app, "formula", "paying_customers * seats_per_customer / 0").await;
    let error = app.wait_until_shown("inspector-error-formula").await;
    app.client
        .execute(
            "arguments[0].scrollIntoView({block: 'center'});",
            vec![serde_json::to_value(&error).expect("element")],
        )
        .await
        .expect("scroll");
    capture(&app, "editor-formula-error.png").await;
    app.close().await;
}
