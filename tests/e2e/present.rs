//! Present mode on the real window: enter it, reveal the tree level by level, focus
//! a branch, step out, leave with Esc and find the editor as it was.

use std::time::{Duration, Instant};

use crate::harness::App;

const SPACE: char = ' ';
const ESCAPE: char = '\u{E00C}';
const ENTER: char = '\u{E007}';

/// The ids of the nodes present mode shows now (not hidden, not faded).
async fn shown(app: &App) -> Vec<String> {
    let value = app
        .client
        .execute(
            "return [...document.querySelectorAll('[data-testid=present] .react-flow__node')]
               .filter(e => getComputedStyle(e).visibility !== 'hidden' && e.style.visibility !== 'hidden' && !e.classList.contains('is-faded'))
               .map(e => e.getAttribute('data-id')).sort();",
            vec![],
        )
        .await
        .expect("the nodes shown");
    let mut ids: Vec<String> = value
        .as_array()
        .map(|all| {
            all.iter()
                .filter_map(|id| id.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    ids.sort();
    ids
}

async fn wait_for_shown(app: &App, want: &[&str]) {
    let mut want: Vec<String> = want.iter().map(|id| (*id).to_owned()).collect();
    want.sort();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let now = shown(app).await;
        if now == want {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "present mode shows {now:?}, not {want:?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The middle of node `id` in present mode (the editor's canvas, underneath, has a
/// node with the same test id).
pub(crate) async fn present_centre(app: &App, id: &str) -> (f64, f64) {
    let value = app
        .client
        .execute(
            "const r = document.querySelector(`[data-testid=present] [data-testid=node-${arguments[0]}]`).getBoundingClientRect();
             return [r.left + r.width / 2, r.top + r.height / 2];",
            vec![serde_json::Value::from(id)],
        )
        .await
        .expect("the node's box");
    (
        value[0].as_f64().unwrap_or(0.0),
        value[1].as_f64().unwrap_or(0.0),
    )
}

/// The accessible label of the sample tree's last link.
const LAST_LINK_LABEL: &str = "Average discount guards New customers per month";

/// Waits for the view to glide to what a step shows (fits take 450 ms).
pub(crate) async fn settle() {
    tokio::time::sleep(Duration::from_millis(800)).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn present_mode_reveals_levels_focuses_a_branch_and_leaves_the_editor_as_it_was() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("present.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    // Links render only after React Flow has measured the nodes; their labels
    // are part of the canvas text, so wait for the last of them.
    let before = app.wait_for_text("canvas", LAST_LINK_LABEL).await;

    app.click("action-present").await;
    app.wait_until_shown("present").await;
    wait_for_shown(&app, &["arr"]).await;
    assert_eq!(app.text_of("present-step").await, "Level 1 of 7");
    settle().await;
    app.screenshot("present-level-1").await;

    app.press(SPACE).await;
    wait_for_shown(
        &app,
        &[
            "arr",
            "paying_customers",
            "price_per_seat",
            "seats_per_customer",
        ],
    )
    .await;
    for _ in 0..5 {
        app.press(SPACE).await;
    }
    app.wait_for_text("present-step", "Level 7 of 7").await;
    assert_eq!(
        shown(&app).await.len(),
        16,
        "the whole tree at the last level"
    );
    app.press(SPACE).await;
    app.wait_for_text("present-step", "Overview").await;
    settle().await;
    app.screenshot("present-full-tree").await;

    // Focus the Net new customers branch by clicking it; the rest fades.
    let (x, y) = present_centre(&app, "net_new_customers").await;
    app.drag((x, y), (x, y)).await;
    app.wait_for_text("present-step", "Branch").await;
    let branch = shown(&app).await;
    assert!(
        branch.contains(&"churned_customers".to_owned()),
        "{branch:?}"
    );
    assert!(!branch.contains(&"price_per_seat".to_owned()), "{branch:?}");
    settle().await;
    app.screenshot("present-branch").await;

    app.press(ESCAPE).await;
    app.wait_for_text("present-step", "Overview").await;
    app.press(ENTER).await;
    app.wait_for_text("present-step", "Branch").await;
    app.press(ESCAPE).await;
    app.press(ESCAPE).await;
    app.wait_until_gone("present").await;

    // The editor is as it was: same tree, nothing to undo.
    assert_eq!(app.wait_for_text("canvas", LAST_LINK_LABEL).await, before);
    assert!(
        !app.enabled("action-undo").await,
        "present mode changed nothing"
    );
    app.close().await;
}
