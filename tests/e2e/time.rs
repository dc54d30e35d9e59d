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
    // Back to the whole tree: only the cards in view are in the page.
    app.press_shift('1').await;
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;

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

/// "What moved?" splits ARR's change from October to November among the leaves
/// that caused it, as a bridge chart from October's ARR to November's, and a bar
/// shows its leaf on the canvas (selected, in the inspector).
#[tokio::test(flavor = "multi_thread")]
async fn what_moved_draws_a_bridge_whose_bars_reveal_their_leaves() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let app = App::start(&folder.path().join("explain.db")).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-explain").await;
    app.wait_until_shown("bridge-chart").await;
    let first = app.text_of("bridge-row-start").await;
    let last = app.text_of("bridge-row-end").await;
    assert!(first.contains("Oct 2026"), "{first}");
    assert!(last.contains("Nov 2026"), "{last}");
    // The sample's customers, seats and price all rose: each has a bar.
    for leaf in ["paying_customers", "seats_per_customer", "price_per_seat"] {
        app.wait_until_shown(&format!("bridge-bar-{leaf}")).await;
    }
    app.screenshot("what-moved").await;
    app.click("bridge-bar-seats_per_customer").await;
    app.wait_for_text("inspector-id", "seats_per_customer")
        .await;
}

/// The values grid: a value typed in the next month's column is stored as one
/// edit; a block copied from a spreadsheet pastes down and forward from the cell
/// the cursor is in, as one undo step; undo takes the whole block back.
#[tokio::test(flavor = "multi_thread")]
async fn the_values_grid_takes_a_typed_value_and_a_pasted_block_and_undo_takes_it_back() {
    use crate::harness::{copy_to_clipboard, wait_for_tree};

    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("grid.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-values").await;
    app.wait_until_shown("values-column-2026-12").await;

    let history = |tree: &serde_json::Value, id: &str| -> Vec<(String, f64)> {
        tree["nodes"]
            .as_array()
            .and_then(|nodes| nodes.iter().find(|node| node["id"] == id))
            .and_then(|node| node["history"].as_array())
            .map(|points| {
                points
                    .iter()
                    .map(|p| {
                        (
                            p["period"].as_str().unwrap_or("").to_owned(),
                            p["value"].as_f64().unwrap_or(f64::NAN),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let sample = "SaaS growth (sample)";

    // Typed: December's paying customers.
    let cell = app
        .wait_until_shown("values-cell-paying_customers-2026-12")
        .await;
    cell.click().await.expect("the cell takes the focus");
    app.type_text("1,234").await;
    app.press('\u{E007}').await;
    let tree = wait_for_tree(&store, sample, |tree| {
        history(tree, "paying_customers").contains(&("2026-12".to_owned(), 1234.0))
    });
    assert!(history(&tree, "paying_customers").contains(&("2026-12".to_owned(), 1234.0)));

    // Pasted: two rows by two months, from the seats cell of November.
    copy_to_clipboard(&app, "24\t25\n150\t151\n");
    let cell = app
        .wait_until_shown("values-cell-seats_per_customer-2026-11")
        .await;
    cell.click().await.expect("the cell takes the focus");
    app.press_ctrl('v').await;
    let tree = wait_for_tree(&store, sample, |tree| {
        history(tree, "seats_per_customer").contains(&("2026-12".to_owned(), 25.0))
    });
    let seats = history(&tree, "seats_per_customer");
    assert!(seats.contains(&("2026-11".to_owned(), 24.0)), "{seats:?}");
    assert!(seats.contains(&("2026-12".to_owned(), 25.0)), "{seats:?}");
    app.screenshot("values-grid").await;

    // One undo takes the whole block back.
    app.click("action-undo").await;
    let tree = wait_for_tree(&store, sample, |tree| {
        !history(tree, "seats_per_customer").contains(&("2026-12".to_owned(), 25.0))
    });
    let seats = history(&tree, "seats_per_customer");
    assert!(!seats.contains(&("2026-12".to_owned(), 25.0)), "{seats:?}");
    assert!(history(&tree, "paying_customers").contains(&("2026-12".to_owned(), 1234.0)));
}

/// File → Import Values… (here the values grid's Import CSV… button, which runs the
/// same command) reads a CSV a spreadsheet saved into the open tree as one edit and
/// says how many values it took.
#[tokio::test(flavor = "multi_thread")]
async fn values_are_imported_from_a_csv_through_the_dialog() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let csv = folder.path().join("december.csv");
    std::fs::write(
        &csv,
        "node,2026-12\r\npaying_customers,\"1,310\"\r\nSeats per customer,24\r\n",
    )
    .expect("the CSV is written");
    let store = folder.path().join("import.db");
    let answer = csv.to_string_lossy().into_owned();
    let app = App::start_with_env(&store, &[("KPITREE_DIALOG_ANSWER", answer.as_str())]).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-values").await;
    app.click("values-import").await;
    app.wait_for_text("notice", "Imported 2 values from december.csv")
        .await;
    let period = app.wait_for_test_id("time-period").await;
    let latest = period.text().await.unwrap_or_default();
    assert!(latest.contains("Dec 2026"), "{latest}");
    app.wait_for_text("node-value-paying_customers", "1.3K")
        .await;
}

/// Present mode with time: the bar says which months are compared, the cards show
/// their change, and after the overview a step shows what moved ARR, large; a bar
/// goes back to the tree with its leaf's branch in focus.
#[tokio::test(flavor = "multi_thread")]
async fn present_mode_shows_the_comparison_and_what_moved_as_a_step() {
    const SPACE: char = ' ';
    let folder = tempfile::tempdir().expect("a temporary folder");
    let app = App::start(&folder.path().join("present-time.db")).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-present").await;
    app.wait_until_shown("present").await;
    assert_eq!(app.text_of("present-period").await, "Nov 2026 vs Oct 2026");
    app.wait_for_text("present-step", "Level 1 of 7").await;
    for _ in 0..7 {
        app.press(SPACE).await;
    }
    app.wait_for_text("present-step", "Overview").await;
    assert!(
        !app.exists("present-bridge").await,
        "the overview shows the tree"
    );
    app.screenshot("present-time-overview").await;

    app.press(SPACE).await;
    app.wait_for_text("present-step", "What moved").await;
    app.wait_until_shown("present-bridge").await;
    let first = app.text_of("bridge-row-start").await;
    assert!(first.contains("Oct 2026"), "{first}");
    app.screenshot("present-what-moved").await;

    app.click("bridge-bar-paying_customers").await;
    app.wait_for_text("present-step", "Branch: Paying customers")
        .await;
    app.wait_until_gone("present-bridge").await;
    app.screenshot("present-what-moved-branch").await;
}
