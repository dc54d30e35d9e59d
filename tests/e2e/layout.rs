//! Auto-layout on the real window: one click lays the tree out, undo puts every node
//! back, and what the user ends with is in the store.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use kpitree_core::sample;

use crate::harness::App;

/// A node's box on screen: (left, top, width, height). Read with
/// getBoundingClientRect: WebKitWebDriver's element rect refuses elements it judges
/// not interactable, which says nothing about where they are drawn.
async fn node_box(app: &App, id: &str) -> (f64, f64, f64, f64) {
    let element = app.wait_until_shown(&format!("node-{id}")).await;
    let script = "const r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height];";
    let value = app
        .client
        .execute(
            script,
            vec![serde_json::to_value(&element).expect("element")],
        )
        .await
        .expect("a box");
    let number = |i: usize| value[i].as_f64().expect("a number");
    (number(0), number(1), number(2), number(3))
}

/// The positions the store holds, read through the command line.
fn stored_positions(store: &Path) -> BTreeMap<String, (f64, f64)> {
    let output = Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .args([
            "export",
            "--tree",
            "SaaS growth (sample)",
            "--format",
            "json",
            "-o",
            "-",
            "--db",
        ])
        .arg(store)
        .output()
        .expect("kpitree export runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
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

async fn click(app: &App, test_id: &str) {
    app.wait_until_shown(test_id)
        .await
        .click()
        .await
        .expect("click");
    // Let the animation (~350 ms) finish.
    tokio::time::sleep(Duration::from_millis(900)).await;
}

async fn assert_children_below_parents(app: &App) {
    for link in sample::saas_arr().links {
        if link.kind != kpitree_core::model::LinkKind::Drives {
            continue;
        }
        let child = node_box(app, link.from.as_str()).await;
        let parent = node_box(app, link.to.as_str()).await;
        assert!(
            child.1 >= parent.1 + parent.3,
            "{} (top {}) is not below {} (bottom {})",
            link.from,
            child.1,
            link.to,
            parent.1 + parent.3
        );
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn auto_layout_then_undo_puts_every_node_back_in_the_store() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("layout.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;

    click(&app, "action-auto-layout").await;
    assert_children_below_parents(&app).await;
    app.screenshot("auto-layout-top-down").await;

    click(&app, "action-undo").await;
    app.close().await;
    assert_eq!(stored_positions(&store), sample_positions());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_layout_is_saved_at_once_and_shown_after_a_restart() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("restart.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    click(&app, "action-auto-layout").await;
    app.close().await;

    let laid_out = stored_positions(&store);
    assert_ne!(laid_out, sample_positions(), "the layout was not saved");

    let app = App::start(&store).await;
    assert_children_below_parents(&app).await;
    let undo = app.wait_for_test_id("action-undo").await;
    assert!(
        undo.attr("disabled").await.expect("attr").is_some(),
        "a restarted app has nothing to undo"
    );
    app.close().await;
    assert_eq!(stored_positions(&store), laid_out);
}
