//! The numbers of a tree (issue #8) on the real window, on the media & streaming
//! template: the leverage panel ranks the leaves below the North Star; a what-if
//! shows its effect and leaves the store alone until applied; a driver edited
//! recomputes the root; a change of the status thresholds is undone like an edit.

use std::time::{Duration, Instant};

use crate::editor::{click_node, set_field};
use crate::harness::{stored_tree, App};

const TREE: &str = "Streaming engagement (sample)";

/// The ids of the leverage panel's rows, in order.
async fn leverage_rows(app: &App) -> Vec<String> {
    let script = "return [...document.querySelectorAll('[data-testid^=\"leverage-row-\"]')]
        .map((row) => row.dataset.testid.slice('leverage-row-'.length));";
    let value = app.client.execute(script, vec![]).await.expect("the rows");
    value
        .as_array()
        .map(|rows| {
            rows.iter()
                .filter_map(|row| row.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Waits (up to 10 s) until the text of `test_id` is no longer `old`; the new text.
async fn changed_from(app: &App, test_id: &str, old: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = app.text_of(test_id).await;
        if now != old {
            return now;
        }
        assert!(Instant::now() < deadline, "{test_id} still says {old:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The text in the inspector's field `field`.
async fn field_value(app: &App, field: &str) -> String {
    let input = app
        .wait_until_shown(&format!("inspector-field-{field}"))
        .await;
    input.prop("value").await.ok().flatten().unwrap_or_default()
}

/// Waits (up to 10 s) until the inspector's field `field` says `want`.
async fn wait_for_field(app: &App, field: &str, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while field_value(app, field).await != want {
        assert!(Instant::now() < deadline, "{field} never said {want:?}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits (up to 10 s) until the button `test_id` is enabled (or not).
async fn wait_until_enabled(app: &App, test_id: &str, want: bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while app.enabled(test_id).await != want {
        assert!(Instant::now() < deadline, "{test_id} never became {want}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn value_of(tree: &serde_json::Value, id: &str) -> f64 {
    tree["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|node| node["id"] == id)
        .and_then(|node| node["value"].as_f64())
        .unwrap_or_else(|| panic!("no value for {id}: {tree}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn leverage_what_if_and_a_recomputed_root() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("numbers.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-new-tree").await;
    app.click("action-new-tree-media_streaming").await;
    app.wait_until_shown("node-listening_hours").await;
    let root = "node-value-listening_hours";
    let before = app.text_of(root).await;

    // The status thresholds are an edit like any other: setting one can be undone.
    assert!(
        !app.enabled("action-undo").await,
        "a new tree has no history"
    );
    set_field(&app, "at_risk_within", "30").await;
    wait_until_enabled(&app, "action-undo", true).await;
    assert_eq!(field_value(&app, "at_risk_within").await, "30");
    app.click_until("action-undo", "action-undo", false).await;
    wait_for_field(&app, "at_risk_within", "10").await;
    assert!(app.enabled("action-redo").await);

    // The leverage of the North Star: days and hours per day move it one for one,
    // free listeners more than subscribers (7.6M against 4.2M of the listeners).
    tokio::time::sleep(Duration::from_millis(500)).await;
    if !app.exists("leverage-panel").await {
        app.click("action-leverage").await;
    }
    app.wait_until_shown("leverage-row-subscribers").await;
    let rows = leverage_rows(&app).await;
    assert_eq!(
        rows[..4],
        [
            "listening_days",
            "hours_per_day",
            "free_listeners",
            "subscribers"
        ],
        "{rows:?}"
    );
    assert_eq!(app.text_of("leverage-value-free_listeners").await, "+0.64");
    assert_eq!(app.text_of("leverage-value-subscribers").await, "+0.36");

    // What if free listeners were 10% more: the root moves 6.4%, nothing is saved.
    app.click("leverage-whatif-free_listeners").await;
    app.wait_until_shown("whatif-bar").await;
    app.wait_for_text("node-delta-listening_hours", "+6.4%")
        .await;
    let scenario = changed_from(&app, root, &before).await;
    assert_ne!(scenario, before);
    app.click("whatif-clear").await;
    app.wait_until_gone("whatif-bar").await;
    assert!(!app.exists("node-delta-listening_hours").await);
    changed_from(&app, root, &scenario).await;
    assert_eq!(app.text_of(root).await, before);

    // A what-if typed in the inspector, then applied: now it is the node's value.
    click_node(&app, "subscribers").await;
    set_field(&app, "what_if", "+50%").await;
    app.wait_for_text("node-delta-subscribers", "+50.0%").await;
    app.wait_for_text("node-delta-listening_hours", "+17.8%")
        .await;
    app.click("whatif-apply").await;
    app.wait_until_gone("whatif-bar").await;
    let applied = changed_from(&app, root, &before).await;

    // A driver edited: the root is computed again at once.
    click_node(&app, "hours_per_day").await;
    set_field(&app, "value", "2.9").await;
    changed_from(&app, root, &applied).await;
    app.close().await;

    let tree = stored_tree(&store, TREE);
    assert_eq!(value_of(&tree, "subscribers"), 6_300_000.0);
    assert_eq!(
        value_of(&tree, "free_listeners"),
        7_600_000.0,
        "the cleared what-if"
    );
    assert_eq!(value_of(&tree, "hours_per_day"), 2.9);
}
