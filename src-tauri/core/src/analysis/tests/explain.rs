//! What moved (SPEC 9): changes split by hand and checked, the kinks and poles
//! of `min`, `max` and division, the errors, and the JSON form.

use super::arr_tree;
use crate::analysis::*;
use crate::model::{Granularity, HistoryPoint, Node, NodeId, Period, Tree};
use crate::test_trees::{id, kpi_tree};

fn p(text: &str) -> Period {
    Period::parse(text).unwrap()
}

/// Gives each leaf of `tree` a history: `(id, value in 2026-01, value in 2026-02)`.
fn with_history(mut tree: Tree, values: &[(&str, f64, f64)]) -> Tree {
    for (leaf, a, b) in values {
        let node = tree
            .nodes
            .iter_mut()
            .find(|n| n.id.as_str() == *leaf)
            .unwrap();
        node.history = vec![
            HistoryPoint {
                period: p("2026-01"),
                value: *a,
            },
            HistoryPoint {
                period: p("2026-02"),
                value: *b,
            },
        ];
    }
    tree
}

fn january_to_february(tree: &Tree, node: &str) -> Result<Explanation, ExplainError> {
    explain(tree, &id(node), p("2026-01"), p("2026-02"))
}

fn of<'a>(found: &'a Explanation, leaf: &str) -> &'a Contribution {
    found
        .contributions
        .iter()
        .find(|c| c.node.as_str() == leaf)
        .unwrap()
}

fn near(a: f64, b: f64) {
    assert!((a - b).abs() <= 1e-8 * b.abs().max(1.0), "{a} is not {b}");
}

fn order(found: &Explanation) -> Vec<&str> {
    found
        .contributions
        .iter()
        .map(|c| c.node.as_str())
        .collect()
}

/// ARR = customers × seats × price, each rising: the classic three-way split.
/// Along the straight path seats = 10 + t and price = 50 + 5t, so customers
/// get 20 · ∫₀¹ (10 + t)(50 + 5t) dt = 20 · (500 + 50 + 5/3); likewise seats
/// get 1 · ∫ (100 + 20t)(50 + 5t) dt and price 5 · ∫ (100 + 20t)(10 + t) dt.
#[test]
fn arr_customers_seats_and_price() {
    let tree = kpi_tree(
        &[
            "arr:customers * seats * price",
            "customers",
            "seats",
            "price",
        ],
        &["customers>arr", "seats>arr", "price>arr"],
    );
    let tree = with_history(
        tree,
        &[
            ("customers", 100.0, 120.0),
            ("seats", 10.0, 11.0),
            ("price", 50.0, 55.0),
        ],
    );
    let found = january_to_february(&tree, "arr").unwrap();
    assert_eq!((found.before, found.after), (50_000.0, 72_600.0));
    assert_eq!(found.change, 22_600.0);
    near(
        of(&found, "customers").contribution,
        20.0 * (550.0 + 5.0 / 3.0),
    );
    near(of(&found, "seats").contribution, 5_750.0 + 100.0 / 3.0);
    near(
        of(&found, "price").contribution,
        5.0 * (1_150.0 + 20.0 / 3.0),
    );
    assert!(found.residual.abs() <= tolerance(found.change));
    // Seats and price tie (5 783.33 each): tree order.
    assert_eq!(order(&found), ["customers", "seats", "price"]);
    let shares: f64 = found.contributions.iter().filter_map(|c| c.share).sum();
    near(shares, 1.0);
    assert_eq!(of(&found, "seats").before, 10.0);
    assert_eq!(of(&found, "seats").after, 11.0);
}

/// Through a difference below a product, and a leaf that did not move.
#[test]
fn through_an_inner_formula_and_an_unchanged_leaf() {
    // arr = (acquired − churned) · seats · price; seats and price stay at 20 and 100.
    let tree = with_history(
        arr_tree(),
        &[
            ("acquired", 50.0, 60.0),
            ("churned", 10.0, 15.0),
            ("seats", 20.0, 20.0),
        ],
    );
    let found = january_to_february(&tree, "arr").unwrap();
    assert_eq!(found.change, 10_000.0);
    near(of(&found, "acquired").contribution, 20_000.0);
    near(of(&found, "churned").contribution, -10_000.0);
    // Exactly 0, not "close to": they did not change.
    assert_eq!(of(&found, "seats").contribution, 0.0);
    assert_eq!(of(&found, "price").contribution, 0.0);
    assert_eq!(of(&found, "price").share, Some(0.0));
    assert_eq!(order(&found), ["acquired", "churned", "seats", "price"]);
}

/// A leaf with no history (price typed once) holds its value in every period.
#[test]
fn sums_and_quotients() {
    let tree = kpi_tree(&["r:a + b - c", "a", "b", "c=7"], &["a>r", "b>r", "c>r"]);
    let tree = with_history(tree, &[("a", 1.0, 4.0), ("b", 10.0, 8.0)]);
    let found = january_to_february(&tree, "r").unwrap();
    near(of(&found, "a").contribution, 3.0);
    near(of(&found, "b").contribution, -2.0);
    assert_eq!(of(&found, "c").contribution, 0.0);
    near(of(&found, "a").share.unwrap(), 3.0);
    // r = a / b from 6 / 3 to 9 / 2: a gets 3 ∫ 1 / (3 − t) dt = 3 ln(3/2),
    // b the rest.
    let tree = kpi_tree(&["r:a / b", "a", "b"], &["a>r", "b>r"]);
    let tree = with_history(tree, &[("a", 6.0, 9.0), ("b", 3.0, 2.0)]);
    let found = january_to_february(&tree, "r").unwrap();
    near(of(&found, "a").contribution, 3.0 * 1.5f64.ln());
    near(of(&found, "b").contribution, 2.5 - 3.0 * 1.5f64.ln());
}

#[test]
fn a_max_that_changes_side_is_a_kink_split_at_the_crossing() {
    let tree = kpi_tree(&["r:max(a, b)", "a", "b"], &["a>r", "b>r"]);
    let moved = with_history(tree.clone(), &[("a", 0.0, 10.0), ("b", 5.0, 5.0)]);
    let found = january_to_february(&moved, "r").unwrap();
    near(of(&found, "a").contribution, 5.0);
    assert_eq!(of(&found, "b").contribution, 0.0);
    assert!(found.residual.abs() <= tolerance(5.0));
    // a = 10t and b = 3 − 3t cross at t = 3/13: b leads before, a after.
    let crossed = with_history(tree, &[("a", 0.0, 10.0), ("b", 3.0, 0.0)]);
    let found = january_to_february(&crossed, "r").unwrap();
    assert_eq!(found.change, 7.0);
    near(of(&found, "a").contribution, 100.0 / 13.0);
    near(of(&found, "b").contribution, -9.0 / 13.0);
    assert!(found.residual.abs() <= tolerance(7.0));
}

#[test]
fn tied_arguments_moving_together_share_the_change() {
    let tree = kpi_tree(&["r:min(a, b) * 2", "a", "b"], &["a>r", "b>r"]);
    let tree = with_history(tree, &[("a", 5.0, 7.0), ("b", 5.0, 7.0)]);
    let found = january_to_february(&tree, "r").unwrap();
    near(of(&found, "a").contribution, 2.0);
    near(of(&found, "b").contribution, 2.0);
}

#[test]
fn a_change_of_zero_has_contributions_but_no_shares() {
    let tree = kpi_tree(&["r:a * b", "a", "b"], &["a>r", "b>r"]);
    let tree = with_history(tree, &[("a", 2.0, 4.0), ("b", 4.0, 2.0)]);
    let found = january_to_february(&tree, "r").unwrap();
    assert_eq!(found.change, 0.0);
    near(of(&found, "a").contribution, 6.0);
    near(of(&found, "b").contribution, -6.0);
    assert!(found.contributions.iter().all(|c| c.share.is_none()));
}

#[test]
fn a_divisor_crossing_zero_on_the_way_is_refused() {
    let tree = kpi_tree(
        &["r:a / (b - c)", "a=1", "b", "c=2"],
        &["a>r", "b>r", "c>r"],
    );
    let tree = with_history(tree, &[("b", 1.0, 3.0)]);
    let error = january_to_february(&tree, "r").unwrap_err();
    assert!(
        matches!(error, ExplainError::NotSplittable { .. }),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "the change of \"r\" cannot be split among its leaves: on the straight way from the \
         values of 2026-01 to those of 2026-02, the formula of \"r\" gives division by zero"
    );
    // Crossing 0 off any dyadic point: refused all the same (near the pole the
    // quadrature either fails to converge or meets the 0 itself).
    let tree = with_history(tree, &[("b", 1.0, 2.7)]);
    let error = january_to_february(&tree, "r").unwrap_err();
    assert!(
        matches!(error, ExplainError::NotSplittable { .. }),
        "{error}"
    );
    // Exactly 0 at an end: that period's value cannot be computed.
    let tree = with_history(tree, &[("b", 2.0, 3.0)]);
    let error = january_to_february(&tree, "r").unwrap_err();
    assert_eq!(
        error.to_string(),
        "cannot compute \"r\" in 2026-01: division by zero"
    );
}

#[test]
fn missing_values_name_the_node_and_the_period() {
    let mut tree = with_history(arr_tree(), &[("acquired", 50.0, 60.0)]);
    tree.nodes[4].history.pop();
    let error = january_to_february(&tree, "arr").unwrap_err();
    assert_eq!(
        error.to_string(),
        "node \"acquired\" has no value in 2026-02"
    );
    let tree = kpi_tree(&["r:a + b", "a=1", "b"], &["a>r", "b>r"]);
    let error = january_to_february(&tree, "r").unwrap_err();
    assert_eq!(
        error,
        ExplainError::MissingValue {
            node: id("b"),
            at: "2026-01".into()
        }
    );
}

#[test]
fn what_cannot_be_explained_is_named() {
    let tree = arr_tree();
    let jan = p("2026-01");
    let err = |node: &str| explain(&tree, &id(node), jan, jan).unwrap_err();
    assert_eq!(err("nobody"), ExplainError::UnknownNode(id("nobody")));
    assert_eq!(err("seats"), ExplainError::NoFormula(id("seats")));
    let quarter = explain(&tree, &id("arr"), p("2026-Q1"), jan).unwrap_err();
    assert_eq!(
        quarter.to_string(),
        "\"2026-Q1\" is a quarter, but the tree counts time in months"
    );
    let stranger = kpi_tree(&["r:a + b", "a=1", "b=2"], &["a>r"]);
    let error = explain(&stranger, &id("r"), jan, jan).unwrap_err();
    assert_eq!(
        error.to_string(),
        "the formula of \"r\" cannot be used: it uses \"b\", which is not a driver of it"
    );
    // Same period twice: no change, every contribution 0.
    let found = explain(&tree, &id("arr"), jan, jan).unwrap();
    assert_eq!((found.change, found.residual), (0.0, 0.0));
    assert!(found.contributions.iter().all(|c| c.contribution == 0.0));
}

#[test]
fn the_lower_level_takes_any_two_sets_of_values() {
    let tree = arr_tree();
    let now = |n: &Node| n.value;
    let what_if = |n: &Node| match n.id.as_str() {
        "price" => Some(110.0),
        _ => n.value,
    };
    let found = attribute(
        &tree,
        &id("arr"),
        Values {
            label: "now",
            value_of: &now,
        },
        Values {
            label: "what if",
            value_of: &what_if,
        },
    )
    .unwrap();
    assert_eq!(found.change, 8_000.0);
    assert_eq!(found.contributions[0].node, id("price"));
    near(found.contributions[0].contribution, 8_000.0);
    near(found.contributions[0].share.unwrap(), 1.0);
}

#[test]
fn the_json_form_has_the_fields_of_spec_9() {
    let tree = kpi_tree(&["r:a * b", "a", "b=2"], &["a>r", "b>r"]);
    let mut tree = with_history(tree, &[("a", 1.0, 3.0)]);
    tree.period = Granularity::Month;
    let found = january_to_february(&tree, "r").unwrap();
    let mut json = serde_json::to_value(&found).unwrap();
    // The quadrature's sums are exact only to rounding: compare numbers apart.
    let a = json["contributions"][0].as_object_mut().unwrap();
    near(a.remove("contribution").unwrap().as_f64().unwrap(), 4.0);
    near(a.remove("share").unwrap().as_f64().unwrap(), 1.0);
    assert!(json["residual"].as_f64().unwrap().abs() <= tolerance(4.0));
    json["residual"] = serde_json::json!(0.0);
    assert_eq!(
        json,
        serde_json::json!({
            "node": "r", "from": "2026-01", "to": "2026-02",
            "before": 2.0, "after": 6.0, "change": 4.0, "residual": 0.0,
            "contributions": [
                {"node": "a", "before": 1.0, "after": 3.0},
                {"node": "b", "before": 2.0, "after": 2.0, "contribution": 0.0, "share": 0.0},
            ]
        })
    );
    let _: NodeId = found.node;
}
