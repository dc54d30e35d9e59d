//! Colour-coded alignment (issue #6) on the real window: an initiative linked to a
//! KPI takes the KPI's colour and fixes a warning in the alignment panel; a KPI
//! recoloured takes its links along (in the store too); a colour code picked in the
//! legend lights what is behind it and dims the rest.

use std::time::{Duration, Instant};

use crate::editor::{click_node, connect_until};
use crate::harness::{stored_tree, App};

const SAMPLE: &str = "SaaS growth (sample)";

/// The stroke a link is drawn with, as the page computes it (`rgb(r, g, b)`).
pub(crate) async fn stroke_of(app: &App, link: &str) -> String {
    let script = "const path = document.querySelector(`[data-testid=\"${arguments[0]}\"] .react-flow__edge-path`);
        return path === null ? '' : getComputedStyle(path).stroke;";
    let value = app
        .client
        .execute(script, vec![link.into()])
        .await
        .expect("the link's stroke");
    value.as_str().unwrap_or_default().to_owned()
}

/// Waits (up to 10 s) until `link` is drawn in `rgb`.
pub(crate) async fn wait_for_stroke(app: &App, link: &str, rgb: &str) {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let stroke = stroke_of(app, link).await;
        if stroke == rgb {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "{link} is drawn in {stroke:?}, not {rgb}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Whether React Flow's wrapper of node `id` is dimmed.
async fn dimmed(app: &App, id: &str) -> bool {
    let script =
        "const node = document.querySelector(`.react-flow__node[data-id=\"${arguments[0]}\"]`);
        return node !== null && node.classList.contains('kt-dimmed');";
    let value = app
        .client
        .execute(script, vec![id.into()])
        .await
        .expect("the node's classes");
    value.as_bool().unwrap_or(false)
}

/// Picks `color` in the inspector's colour field, as the system picker does when it
/// closes: the value, then one `change` event.
pub(crate) async fn pick_color(app: &App, color: &str) {
    let input = app.wait_until_shown("inspector-field-color").await;
    app.client
        .execute(
            "arguments[0].value = arguments[1];
             arguments[0].dispatchEvent(new Event('change', { bubbles: true }));",
            vec![serde_json::to_value(&input).expect("element"), color.into()],
        )
        .await
        .expect("pick a colour");
}

fn link<'a>(
    tree: &'a serde_json::Value,
    kind: &str,
    from: &str,
    to: &str,
) -> &'a serde_json::Value {
    tree["links"]
        .as_array()
        .expect("links")
        .iter()
        .find(|l| l["kind"] == kind && l["from"] == from && l["to"] == to)
        .unwrap_or_else(|| panic!("the store has no link {kind}-{from}-{to}: {tree}"))
}

#[tokio::test(flavor = "multi_thread")]
async fn links_take_their_kpis_colour_and_the_alignment_panel_follows_the_edits() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("alignment.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;

    // The sample has a KPI nothing moves: the panel says so.
    // The webview remembers the panel across runs: open it only if it is closed.
    tokio::time::sleep(Duration::from_millis(500)).await;
    if !app.exists("alignment-panel").await {
        app.click("action-alignment").await;
    }
    app.wait_until_shown("alignment-panel").await;
    app.wait_until_shown("alignment-finding-no_lever-price_per_seat")
        .await;

    // Link SSO to Price per seat: an impacts link in price's colour code (the
    // palette's blue, #0072b2), and the finding leaves the panel.
    connect_until(
        &app,
        "sso",
        "price_per_seat",
        "link-impacts-sso-price_per_seat",
    )
    .await;
    wait_for_stroke(&app, "link-impacts-sso-price_per_seat", "rgb(0, 114, 178)").await;
    app.wait_until_gone("alignment-finding-no_lever-price_per_seat")
        .await;
    app.wait_until_shown("alignment-bets-price_per_seat").await;

    // Recolour Churned customers: the link that wore its red follows the new colour.
    wait_for_stroke(
        &app,
        "link-impacts-fast_mobile-churned_customers",
        "rgb(230, 57, 70)",
    )
    .await;
    click_node(&app, "churned_customers").await;
    pick_color(&app, "#56b4e9").await;
    wait_for_stroke(
        &app,
        "link-impacts-fast_mobile-churned_customers",
        "rgb(86, 180, 233)",
    )
    .await;
    app.wait_for_text("inspector-color-code", "#56b4e9").await;

    // Pick Churned customers in the colour codes: it, its bet and the work behind
    // the bet stay lit; the rest dims. A second click clears it.
    app.click("legend-code-churned_customers").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while !dimmed(&app, "arr").await {
        assert!(Instant::now() < deadline, "the North Star never dimmed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for lit in ["churned_customers", "fast_mobile"] {
        assert!(!dimmed(&app, lit).await, "{lit} is dimmed");
    }
    for dim in ["price_per_seat", "sso", "guided_onboarding"] {
        assert!(dimmed(&app, dim).await, "{dim} is not dimmed");
    }
    app.click("legend-code-churned_customers").await;
    let deadline = Instant::now() + Duration::from_secs(10);
    while dimmed(&app, "arr").await {
        assert!(Instant::now() < deadline, "the North Star stayed dimmed");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    app.close().await;

    let tree = stored_tree(&store, SAMPLE);
    let sso = link(&tree, "impacts", "sso", "price_per_seat");
    assert!(
        sso["color"].is_null(),
        "the new link follows its KPI: {sso}"
    );
    let churn = link(&tree, "impacts", "fast_mobile", "churned_customers");
    assert!(
        churn["color"].is_null(),
        "the link follows the KPI now: {churn}"
    );
    let churned = tree["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .find(|n| n["id"] == "churned_customers")
        .expect("churned");
    assert_eq!(churned["color"], "#56b4e9");
}
