//! The screenshots under docs/, taken from the real window. Not part of the test
//! run; refresh them with
//! `cargo test --test e2e -- --ignored docs_screenshots --test-threads=1`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use kpitree_core::sample;
use kpitree_core::store::Store;

use crate::editor::{click_node, connect, connect_until, drop_kind, name_new_node, set_field};
use crate::harness::App;
use crate::present::{present_centre, settle};

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
    // Fitted, a 300-node tree is too small to read: each direction also gets a
    // close-up of a branch (n30 and the four metrics that drive it).
    lay_out_and_capture(&app, "top_down", "auto-layout-300-top-down.png").await;
    close_up(&app, "n30", "Metric 30").await;
    capture(&app, "auto-layout-300-top-down-close-up.png").await;
    lay_out_and_capture(&app, "left_right", "auto-layout-300-left-right.png").await;
    close_up(&app, "n30", "Metric 30").await;
    capture(&app, "auto-layout-300-left-right-close-up.png").await;
    app.close().await;
}

/// Finds the node `id` by its `name` (Ctrl+F), which selects it and brings it to
/// the middle of the canvas, then zooms out to 60% around it.
async fn close_up(app: &App, id: &str, name: &str) {
    app.press_ctrl('f').await;
    app.wait_until_shown("search-input").await;
    app.type_text(name).await;
    app.click(&format!("search-result-{id}")).await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    app.zoom_at(&format!("node-{id}"), 0.6).await;
}

/// Writes the window as it is now to docs/`file`.
pub(crate) async fn capture(app: &App, file: &str) {
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
    // Offsets from the middle of the canvas's top edge, clear of the palette and
    // the legend on the left; the canvas is measured at each drop, as the panels
    // around it can change.
    let nodes = [
        ("north_star", (60.0, 110.0), "Weekly active teams"),
        ("business_kpi", (-70.0, 250.0), "New teams"),
        ("business_kpi", (200.0, 250.0), "Retained teams"),
        ("product_metric", (-70.0, 390.0), "Activation rate"),
        (
            "strategic_intent",
            (-70.0, 520.0),
            "Frictionless onboarding",
        ),
        ("initiative", (60.0, 650.0), "Guided onboarding"),
    ];
    for (kind, (dx, dy), name) in nodes {
        let (left, top, width, _) = app.box_of("canvas").await;
        let placeholder = format!("new_{kind}");
        drop_kind(
            &app,
            kind,
            (left + width / 2.0 + dx, top + dy),
            &placeholder,
        )
        .await;
        name_new_node(&app, name).await;
    }
    // The kind of each link follows from the two kinds (SPEC 2): an initiative
    // impacts a metric, everything else drives what is above it.
    for (from, to, link) in [
        ("new_teams", "weekly_active_teams", "drives"),
        ("retained_teams", "weekly_active_teams", "drives"),
        ("activation_rate", "new_teams", "drives"),
        ("frictionless_onboarding", "activation_rate", "drives"),
        ("guided_onboarding", "frictionless_onboarding", "drives"),
        ("guided_onboarding", "retained_teams", "impacts"),
    ] {
        connect_until(&app, from, to, &format!("link-{link}-{from}-{to}")).await;
    }
    app.click("action-layout-direction-top_down").await;
    app.click("action-auto-layout").await;
    tokio::time::sleep(Duration::from_millis(1200)).await;
    click_node(&app, "guided_onboarding").await;
    capture(&app, "editor-drawn-from-scratch.png").await;

    // A link that would close a cycle is refused with the path it would close.
    connect_until(
        &app,
        "new_teams",
        "retained_teams",
        "link-drives-new_teams-retained_teams",
    )
    .await;
    connect(&app, "retained_teams", "new_teams").await;
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

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/; run by hand"]
async fn docs_present_screenshots() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("present-docs.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    for theme in ["light", "dark"] {
        app.click("action-present").await;
        app.wait_until_shown("present").await;
        let dark = app.text_of("present-theme").await == "Light";
        if dark != (theme == "dark") {
            app.click("present-theme").await;
        }
        settle().await;
        capture(&app, &format!("present-level-1-{theme}.png")).await;
        while !app.text_of("present-step").await.contains("Overview") {
            app.press(' ').await;
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
        settle().await;
        capture(&app, &format!("present-overview-{theme}.png")).await;
        let (x, y) = present_centre(&app, "net_new_customers").await;
        app.drag((x, y), (x, y)).await;
        app.wait_for_text("present-step", "Branch").await;
        settle().await;
        capture(&app, &format!("present-branch-{theme}.png")).await;
        app.press('\u{E00C}').await;
        app.press('\u{E00C}').await;
        app.wait_until_gone("present").await;
    }
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/; run by hand"]
async fn docs_alignment_screenshots() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("alignment-docs.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    if !app.exists("alignment-panel").await {
        app.click("action-alignment").await;
    }
    app.wait_until_shown("alignment-panel").await;
    app.click("legend-code-churned_customers").await;
    capture(&app, "alignment-legend-highlight.png").await;

    app.click("legend-code-churned_customers").await;
    app.click("alignment-finding-no_tripwire-churned_customers")
        .await;
    capture(&app, "alignment-panel.png").await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
#[ignore = "writes docs/; run by hand"]
async fn docs_numbers_screenshots() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("numbers-docs.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-new-tree").await;
    app.click("action-new-tree-media_streaming").await;
    app.wait_until_shown("node-listening_hours").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    if app.exists("alignment-panel").await {
        app.click("alignment-close").await;
    }
    if !app.exists("leverage-panel").await {
        app.click("action-leverage").await;
    }
    app.wait_until_shown("leverage-row-subscribers").await;
    app.click("leverage-heat").await;
    capture(&app, "numbers-leverage.png").await;

    app.click("leverage-heat").await;
    app.click("leverage-whatif-free_listeners").await;
    app.wait_until_shown("node-delta-listening_hours").await;
    capture(&app, "numbers-what-if.png").await;
    app.close().await;
}
