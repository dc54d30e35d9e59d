//! Colour codes that stay put (issue 14, problem 5) on the real window: recolouring
//! one KPI by hand in the inspector leaves another KPI's code, and so the stroke of
//! its link, as it was. Before codes were remembered, they were handed out in tree
//! order, so freeing Paying customers' colour (vermillion) moved Price per seat's
//! code from blue to vermillion.

use std::time::{Duration, Instant};

use crate::alignment::{pick_color, stroke_of, wait_for_stroke};
use crate::editor::{click_node, connect_until};
use crate::harness::App;

#[tokio::test(flavor = "multi_thread")]
async fn recolouring_a_kpi_leaves_another_kpis_code_alone() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("colours.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;

    // A bet on Price per seat: its link wears Price per seat's code.
    let link = "link-impacts-sso-price_per_seat";
    connect_until(&app, "sso", "price_per_seat", link).await;
    let deadline = Instant::now() + Duration::from_secs(10);
    let before = loop {
        let stroke = stroke_of(&app, link).await;
        if stroke.starts_with("rgb(") {
            break stroke;
        }
        assert!(Instant::now() < deadline, "{link} is never drawn");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };

    // Paying customers (coded automatically, before it in the tree) gets a colour
    // of its own.
    click_node(&app, "paying_customers").await;
    pick_color(&app, "#6b4226").await;
    app.wait_for_text("inspector-color-code", "#6b4226").await;
    // The recoloured KPI's own link follows at once; give the canvas the same time.
    tokio::time::sleep(Duration::from_millis(800)).await;
    wait_for_stroke(&app, link, &before).await;
    let after = stroke_of(&app, link).await;
    app.screenshot("colours-recoloured").await;
    assert_eq!(after, before, "Price per seat's code changed");
    app.close().await;
}
