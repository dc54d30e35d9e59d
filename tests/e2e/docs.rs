//! The screenshots under docs/, taken from the real window. Not part of the test
//! run; refresh them with
//! `cargo test --test e2e -- --ignored docs_screenshots --test-threads=1`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kpitree_core::sample;
use kpitree_core::store::Store;

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
