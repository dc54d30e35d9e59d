use super::*;
use crate::model::NodeKind;
use crate::test_trees::{drives, id};

fn node(name: &str, value: Option<f64>, formula: Option<&str>) -> Node {
    let mut node = Node::new(id(name), NodeKind::BusinessKpi, name);
    node.value = value;
    node.formula = formula.map(str::to_owned);
    node
}

/// arr = customers * seats * price; customers = start + net_new;
/// net_new = acquired - churned. The formula nodes come first in tree order, so
/// only the drives order makes the chain compute.
fn arr_tree(churned: Option<f64>) -> Tree {
    let mut tree = Tree::new("Zira");
    tree.nodes = vec![
        node("arr", Some(1.0), Some("customers * seats * price")),
        node("customers", None, Some("start + net_new")),
        node("net_new", None, Some("acquired - churned")),
        node("start", Some(400.0), None),
        node("acquired", Some(180.0), None),
        node("churned", churned, None),
        node("seats", Some(25.0), None),
        node("price", Some(96.0), None),
    ];
    tree.links = vec![
        drives("customers", "arr"),
        drives("seats", "arr"),
        drives("price", "arr"),
        drives("start", "customers"),
        drives("net_new", "customers"),
        drives("acquired", "net_new"),
        drives("churned", "net_new"),
    ];
    tree
}

fn value(tree: &Tree, name: &str) -> NodeValue {
    compute_values(tree).remove(&id(name)).unwrap()
}

fn error(tree: &Tree, name: &str) -> String {
    value(tree, name).error.unwrap_or_default()
}

#[test]
fn chains_compute_in_drives_order() {
    let tree = arr_tree(Some(60.0));
    let values = compute_values(&tree);
    assert_eq!(values.len(), 8);
    let expected = NodeValue {
        value: Some(520.0 * 25.0 * 96.0),
        computed: true,
        error: None,
    };
    assert_eq!(values[&id("arr")], expected);
    assert_eq!(values[&id("net_new")].value, Some(120.0));
    let entered = NodeValue {
        value: Some(25.0),
        computed: false,
        error: None,
    };
    assert_eq!(values[&id("seats")], entered);
}

#[test]
fn a_missing_driver_value_is_named_and_propagates() {
    let tree = arr_tree(None);
    assert_eq!(
        error(&tree, "net_new"),
        "cannot compute: \"churned\" has no value"
    );
    assert_eq!(
        error(&tree, "customers"),
        "cannot compute: \"net_new\" has no value"
    );
    let arr = value(&tree, "arr");
    assert_eq!((arr.value, arr.computed), (None, false));

    // A node whose name is not its id is named by its name, then its id.
    let mut named = arr_tree(None);
    for node in &mut named.nodes {
        if node.id.as_str() == "churned" {
            node.name = "Churned customers".into();
        }
    }
    assert_eq!(
        error(&named, "net_new"),
        "cannot compute: \"Churned customers\" (churned) has no value"
    );
}

#[test]
fn division_by_zero() {
    let mut tree = arr_tree(Some(60.0));
    tree.nodes[0].formula = Some("customers / (seats - 25)".into());
    assert_eq!(error(&tree, "arr"), "cannot compute: division by zero");
}

#[test]
fn formula_ids_must_be_drivers() {
    let mut tree = arr_tree(Some(60.0));
    tree.nodes[0].formula = Some("customers * acquired".into());
    assert_eq!(
        error(&tree, "arr"),
        "formula uses \"acquired\", which is not a driver of this node"
    );
}

#[test]
fn syntax_errors_and_blank_formulas() {
    let mut tree = arr_tree(Some(60.0));
    tree.nodes[0].formula = Some("customers * (seats".into());
    assert_eq!(
        error(&tree, "arr"),
        "formula error: missing ')' for the '(' at column 13"
    );
    tree.nodes[0].formula = Some("  ".into());
    assert_eq!(value(&tree, "arr").value, Some(1.0));
}

#[test]
fn cycles_are_reported_not_followed() {
    let mut tree = arr_tree(Some(60.0));
    tree.links.push(drives("arr", "churned"));
    tree.nodes[5].formula = Some("arr".into());
    assert_eq!(
        error(&tree, "arr"),
        "cannot compute: drives links form a cycle"
    );
    assert_eq!(
        error(&tree, "churned"),
        "cannot compute: drives links form a cycle"
    );
    assert_eq!(value(&tree, "seats").value, Some(25.0));
}

#[test]
fn non_finite_entered_values_are_not_shown() {
    let mut tree = arr_tree(Some(f64::NAN));
    tree.nodes[6].value = Some(f64::INFINITY);
    assert_eq!(value(&tree, "seats").value, None);
    assert_eq!(
        error(&tree, "churned"),
        "the entered value is not a finite number"
    );
}

fn month(text: &str) -> crate::model::Period {
    crate::model::Period::parse(text).unwrap()
}

/// Gives `node` of `tree` the values `(period, value)`.
fn record(tree: &mut Tree, node: &str, values: &[(&str, f64)]) {
    let index = tree.node_index(&id(node)).unwrap();
    tree.nodes[index].history = values
        .iter()
        .map(|(period, value)| crate::model::HistoryPoint {
            period: month(period),
            value: *value,
        })
        .collect();
}

#[test]
fn formulas_compute_per_period_from_the_drivers_of_that_period() {
    let mut tree = arr_tree(Some(60.0));
    record(
        &mut tree,
        "acquired",
        &[("2026-01", 100.0), ("2026-02", 150.0)],
    );
    record(
        &mut tree,
        "churned",
        &[("2026-01", 40.0), ("2026-02", 50.0)],
    );
    // A formula node's recorded actuals are not an input: the formula decides.
    record(&mut tree, "arr", &[("2026-01", 1.0)]);
    let january = compute_values_at(&tree, month("2026-01"));
    // start, seats and price have no history: their single value holds in
    // every period.
    assert_eq!(january[&id("net_new")].value, Some(60.0));
    assert_eq!(january[&id("arr")].value, Some(460.0 * 25.0 * 96.0));
    assert!(january[&id("arr")].computed);
    assert_eq!(january[&id("seats")].value, Some(25.0));
    let february = compute_values_at(&tree, month("2026-02"));
    assert_eq!(february[&id("net_new")].value, Some(100.0));
    // A period in which a node with a history has no value.
    let march = compute_values_at(&tree, month("2026-03"));
    assert_eq!(march[&id("acquired")].value, None);
    assert_eq!(
        march[&id("net_new")].error.as_deref(),
        Some("cannot compute: \"acquired\" has no value in 2026-03")
    );
    // Without history, every period computes as `compute_values` does.
    let plain = arr_tree(Some(60.0));
    assert_eq!(
        compute_values_at(&plain, month("2026-07")),
        compute_values(&plain)
    );
    // And `compute_values` still reads the single values.
    assert_eq!(value(&tree, "net_new").value, Some(120.0));
}
