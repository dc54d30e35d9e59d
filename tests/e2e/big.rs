//! Big trees (issue 19): a branch collapsed and expanded from its card's badge and
//! by keyboard, remembered after a restart; a node found inside a collapsed branch
//! (the branch expands, the node is selected and in view); the compact layout on a
//! 300-node tree, with screenshots of it fitted, and with two branches collapsed.
//!
//! The generated trees (`sample::synthetic`): n0 is the North Star; its drivers are
//! n1–n4; n1's are n5–n7, n2's n8–n9, n3's n10, n4's n11–n14, and so on.

use std::time::Duration;

use crate::editor::click_node;
use crate::harness::{store_with_laid_out_tree, App};

/// Selects `id` and zooms to 80% around it: far out, cards are plain boxes and
/// their badges are not drawn.
async fn close_to(app: &App, id: &str) {
    // From the whole tree: only the cards in view are in the page.
    app.click("canvas-fit").await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    click_node(app, id).await;
    // The card is drawn again as the selection settles; measure it after.
    tokio::time::sleep(Duration::from_millis(600)).await;
    app.zoom_at(&format!("node-{id}"), 0.8).await;
}

/// Whether node `id`'s branch is shown (its badge says so, wherever it is: only
/// what is in view is in the page, so the cards below may not be). Looked at
/// close up: far out the cards are plain boxes without their badges.
async fn expanded(app: &App, id: &str) -> Option<bool> {
    app.zoom_at(&format!("node-{id}"), 0.8).await;
    let badge = app.wait_for_test_id(&format!("fold-{id}")).await;
    let value = badge.attr("aria-expanded").await.expect("an attribute");
    value.map(|value| value == "true")
}

/// Fits the tree in the window and waits until node `id` is drawn (`true`) or not.
async fn fitted_shows(app: &App, id: &str, shown: bool) {
    app.click("canvas-fit").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    if shown {
        app.wait_until_shown(&format!("node-{id}")).await;
    } else {
        app.wait_until_gone(&format!("node-{id}")).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_branch_collapses_and_expands_and_stays_collapsed_after_a_restart() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("fold.db");
    let id = store_with_laid_out_tree(&store, "Forty nodes", 40);
    let app = App::start(&store).await;
    app.wait_until_shown(&format!("tree-item-{id}")).await;
    app.wait_until_shown("node-n5").await;
    // (Looked at close up: far out the cards are plain boxes without badges.)
    close_to(&app, "n39").await;
    app.wait_until_shown("node-n39").await;
    assert!(!app.exists("fold-n39").await, "a leaf has none");

    // The badge collapses n1's branch: its drivers go, and it says how many.
    close_to(&app, "n1").await;
    assert!(
        app.exists("fold-n1").await,
        "a card with drivers has a fold badge"
    );
    assert_eq!(expanded(&app, "n1").await, Some(true));
    app.click("fold-n1").await;
    let badge = app.wait_for_text("fold-n1", "+").await;
    let hidden: usize = badge.trim_start_matches('+').parse().expect("+N");
    assert!(
        hidden >= 3,
        "n1 hides its three drivers and theirs: {badge}"
    );
    assert_eq!(expanded(&app, "n1").await, Some(false));
    fitted_shows(&app, "n5", false).await;
    assert!(!app.exists("node-n6").await && !app.exists("node-n7").await);
    assert!(app.exists("node-n8").await, "another branch stays");

    // Alt+→ expands the selected node's branch, Alt+← collapses it again.
    app.press_alt('\u{E014}').await;
    fitted_shows(&app, "n5", true).await;
    assert_eq!(expanded(&app, "n1").await, Some(true));
    app.press_alt('\u{E012}').await;
    fitted_shows(&app, "n5", false).await;
    assert_eq!(expanded(&app, "n1").await, Some(false));

    // Remembered per tree: after a restart n1 is still collapsed.
    let app = app.relaunch(&store).await;
    app.wait_until_shown("node-n1").await;
    fitted_shows(&app, "n5", false).await;
    assert_eq!(expanded(&app, "n1").await, Some(false));

    // A click on "+N" expands it.
    close_to(&app, "n1").await;
    app.wait_for_text("fold-n1", &format!("+{hidden}")).await;
    app.click("fold-n1").await;
    fitted_shows(&app, "n5", true).await;
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_node_found_inside_a_collapsed_branch_is_expanded_selected_and_in_view() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("find.db");
    store_with_laid_out_tree(&store, "Forty nodes", 40);
    let app = App::start(&store).await;
    app.wait_until_shown("node-n4").await;
    close_to(&app, "n4").await;
    app.click("fold-n4").await;
    app.wait_until_gone("node-n11").await;

    // n11 drives n4: hidden, yet found by name.
    app.press_ctrl('f').await;
    app.wait_until_shown("search-input").await;
    app.type_text("Metric 11").await;
    app.click("search-result-n11").await;
    app.wait_until_shown("node-n11").await;
    app.text_within("inspector-id", "n11", Duration::from_secs(20))
        .await
        .expect("the found node is selected");
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(app.on_top("node-n11").await, "the found node is in view");
    app.close().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_300_node_tree_laid_out_compact_fits_far_closer() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("compact.db");
    store_with_laid_out_tree(&store, "A 300-node tree", 300);
    let app = App::start(&store).await;
    app.wait_until_shown("node-n0").await;
    let wide = app.zoom().await;

    app.click("action-layout-direction-compact").await;
    app.click("action-auto-layout").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    app.click("canvas-fit").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    let compact = app.zoom().await;
    assert!(
        compact > 3.0 * wide,
        "fitted, the compact layout is far closer: {compact} against {wide}"
    );
    app.screenshot("big-300-compact-fitted").await;

    // Two branches collapsed: the rest reads larger when fitted.
    // (Only what is in view is in the page: fit before going to each.)
    for branch in ["n1", "n4"] {
        app.click("canvas-fit").await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        close_to(&app, branch).await;
        app.click(&format!("fold-{branch}")).await;
        app.wait_for_text(&format!("fold-{branch}"), "+").await;
    }
    app.click("action-auto-layout").await;
    tokio::time::sleep(Duration::from_secs(2)).await;
    app.click("canvas-fit").await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    app.screenshot("big-300-compact-two-collapsed").await;
    app.close().await;
}
