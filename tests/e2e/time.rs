//! Time on the tree (SPEC 8) in the real window: a first start shows the sample
//! tree with a year of history (the latest month, each card's change against the
//! month before and its sparkline), and picking an earlier month shows that
//! month's values on the cards, ARR computed from them.

use crate::harness::App;

/// The text a card shows for its value (textContent, as the docs tests read it).
async fn value_text(app: &App, id: &str) -> String {
    app.wait_for_test_id(&format!("node-value-{id}"))
        .await
        .prop("textContent")
        .await
        .expect("the value's text")
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_sample_shows_a_year_of_time_and_an_earlier_month_on_its_cards() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let app = App::start(&folder.path().join("time.db")).await;
    app.wait_until_shown("node-arr").await;
    app.wait_until_shown("time-bar").await;
    let period = app.wait_for_test_id("time-period").await;
    let shown = period
        .prop("value")
        .await
        .expect("the menu's value")
        .unwrap_or_default();
    assert_eq!(
        shown, "",
        "the latest month is shown until another is picked"
    );
    // A leaf that moved shows its change and sparkline on its card.
    app.wait_until_shown("node-time-paying_customers").await;
    let latest_customers = value_text(&app, "paying_customers").await;
    let latest_arr = value_text(&app, "arr").await;
    assert!(latest_customers.contains("480"), "{latest_customers}");
    app.screenshot("time-latest").await;
    app.zoom_at("node-net_new_customers", 1.4).await;
    app.screenshot("time-latest-close").await;

    period
        .select_by_value("2026-06")
        .await
        .expect("June picked");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while value_text(&app, "paying_customers").await == latest_customers {
        assert!(
            std::time::Instant::now() < deadline,
            "the card still shows the latest month"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_ne!(
        value_text(&app, "arr").await,
        latest_arr,
        "ARR is computed for June"
    );
    app.screenshot("time-june").await;
}
