//! Edits of values over time: setting and clearing cells, refusals naming the
//! node and period, the history kept by node updates and id changes, and the
//! tree's granularity.

use super::*;
use crate::model::{Granularity, HistoryPoint, Node, NodeKind, Period, Tree};
use crate::test_trees::{id, kpi_tree};

fn p(text: &str) -> Period {
    Period::parse(text).unwrap()
}

fn cell(node: &str, period: &str, value: Option<f64>) -> ValueCell {
    ValueCell {
        node: id(node),
        period: p(period),
        value,
    }
}

/// arr = net_new * price, net_new and price entered.
fn sample() -> Tree {
    kpi_tree(
        &["arr:net_new * price", "net_new=10", "price=5"],
        &["net_new>arr", "price>arr"],
    )
}

fn history(tree: &Tree, node: &str) -> Vec<(String, f64)> {
    let node = tree.node(&id(node)).unwrap();
    let points = node.history.iter();
    points.map(|h| (h.period.to_string(), h.value)).collect()
}

fn set(tree: &mut Tree, cells: Vec<ValueCell>) -> Result<Diff, EditError> {
    apply(tree, &Edit::SetValues { values: cells })
}

#[test]
fn a_pasted_block_is_one_undo_step_and_keeps_periods_ascending() {
    let mut doc = Document::new(sample());
    let block = vec![
        cell("net_new", "2026-03", Some(12.0)),
        cell("net_new", "2026-01", Some(10.0)),
        cell("price", "2026-02", Some(5.5)),
        cell("net_new", "2026-02", Some(11.0)),
        cell("net_new", "2026-03", Some(13.0)), // a later cell wins
    ];
    let diff = doc.perform(&Edit::SetValues { values: block }).unwrap();
    // One update per node, in the tree's order.
    let updated: Vec<&str> = diff
        .changes
        .iter()
        .map(|change| match change {
            Change::NodeUpdated { after, .. } => after.id.as_str(),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(updated, ["net_new", "price"]);
    assert_eq!(
        history(doc.tree(), "net_new"),
        [
            ("2026-01".into(), 10.0),
            ("2026-02".into(), 11.0),
            ("2026-03".into(), 13.0)
        ]
    );
    doc.undo().unwrap();
    assert_eq!(doc.tree(), &sample());
    doc.redo().unwrap();
    assert_eq!(history(doc.tree(), "price"), [("2026-02".into(), 5.5)]);
}

#[test]
fn an_empty_cell_clears_the_value_and_clearing_nothing_changes_nothing() {
    let mut tree = sample();
    set(&mut tree, vec![cell("price", "2026-01", Some(5.0))]).unwrap();
    set(&mut tree, vec![cell("price", "2026-02", Some(6.0))]).unwrap();
    let diff = set(&mut tree, vec![cell("price", "2026-01", None)]).unwrap();
    assert_eq!(diff.changes.len(), 1);
    assert_eq!(history(&tree, "price"), [("2026-02".into(), 6.0)]);
    let nothing = set(&mut tree, vec![cell("price", "2026-05", None)]).unwrap();
    assert!(nothing.is_empty());
    let same = set(&mut tree, vec![cell("price", "2026-02", Some(6.0))]).unwrap();
    assert!(same.is_empty());
}

#[test]
fn bad_cells_are_refused_naming_node_and_period_and_change_nothing() {
    let cases = [
        (
            cell("price", "2026-Q2", Some(1.0)),
            "node \"price\", 2026-Q2: this tree counts time in months, not quarters",
            "wrong_granularity",
        ),
        (
            cell("price", "2026-W19", Some(1.0)),
            "node \"price\", 2026-W19: this tree counts time in months, not weeks",
            "wrong_granularity",
        ),
        (
            cell("price", "2026-05", Some(f64::NAN)),
            "node \"price\", 2026-05: the value must be a finite number",
            "not_finite",
        ),
        (
            cell("price", "2026-05", Some(f64::INFINITY)),
            "node \"price\", 2026-05: the value must be a finite number",
            "not_finite",
        ),
        (
            cell("nope", "2026-05", Some(1.0)),
            "there is no node \"nope\"",
            "unknown_node",
        ),
    ];
    for (bad, message, kind) in cases {
        let mut tree = sample();
        // A good cell before the bad one is not applied either.
        let block = vec![cell("net_new", "2026-05", Some(1.0)), bad];
        let error = set(&mut tree, block).unwrap_err();
        assert_eq!(error.to_string(), message);
        assert_eq!(error.kind(), kind);
        assert_eq!(tree, sample());
    }
}

#[test]
fn a_formula_node_may_hold_recorded_values() {
    let mut tree = sample();
    set(&mut tree, vec![cell("arr", "2026-01", Some(49.0))]).unwrap();
    assert_eq!(history(&tree, "arr"), [("2026-01".into(), 49.0)]);
}

#[test]
fn updating_a_node_keeps_its_history() {
    let mut tree = sample();
    set(&mut tree, vec![cell("price", "2026-01", Some(5.0))]).unwrap();
    let kept = tree.node(&id("price")).unwrap().history.clone();
    // The inspector sends the node without its history.
    let mut sent = tree.node(&id("price")).unwrap().clone();
    sent.history.clear();
    sent.name = "Price per seat".into();
    let diff = apply(&mut tree, &Edit::UpdateNode { node: sent.clone() }).unwrap();
    let price = tree.node(&id("price")).unwrap();
    assert_eq!(price.name, "Price per seat");
    assert_eq!(price.history, kept);
    // A history sent along is ignored too.
    sent.history = vec![HistoryPoint {
        period: p("2030-01"),
        value: 1.0,
    }];
    apply(&mut tree, &Edit::UpdateNode { node: sent }).unwrap();
    assert_eq!(tree.node(&id("price")).unwrap().history, kept);
    assert_eq!(diff.changes.len(), 1);
}

#[test]
fn an_id_change_takes_the_history_along() {
    let mut doc = Document::new(sample());
    doc.perform(&Edit::SetValues {
        values: vec![cell("price", "2026-01", Some(5.0))],
    })
    .unwrap();
    let edit = Edit::ChangeId {
        id: id("price"),
        new_id: id("seat_price"),
    };
    doc.perform(&edit).unwrap();
    assert_eq!(history(doc.tree(), "seat_price"), [("2026-01".into(), 5.0)]);
    doc.undo().unwrap();
    assert_eq!(history(doc.tree(), "price"), [("2026-01".into(), 5.0)]);
}

#[test]
fn an_added_node_brings_a_history_that_fits_the_tree() {
    let mut tree = sample();
    let mut node = crate::test_trees::node("seats", NodeKind::BusinessKpi);
    let point = |period: &str, value: f64| HistoryPoint {
        period: p(period),
        value,
    };
    node.history = vec![point("2026-01", 1.0), point("2026-02", 2.0)];
    let add = |node: &Node| Edit::AddNode {
        node: node.clone(),
        index: None,
    };
    let mut bad = node.clone();
    bad.history = vec![point("2026-02", 1.0), point("2026-01", 2.0)];
    let error = apply(&mut tree.clone(), &add(&bad)).unwrap_err();
    assert_eq!(
        error.to_string(),
        "node \"seats\": the history has 2026-01 out of order; periods must be ascending, each once"
    );
    bad.history = vec![point("2026-01", 1.0), point("2026-01", 2.0)];
    let error = apply(&mut tree.clone(), &add(&bad)).unwrap_err();
    assert!(error.to_string().contains("2026-01 twice"), "{error}");
    bad.history = vec![point("2026-Q1", 1.0)];
    assert_eq!(
        apply(&mut tree.clone(), &add(&bad)).unwrap_err().kind(),
        "wrong_granularity"
    );
    apply(&mut tree, &add(&node)).unwrap();
    assert_eq!(tree.node(&id("seats")).unwrap().history, node.history);
}

#[test]
fn the_period_changes_only_while_no_node_has_a_history() {
    let mut doc = Document::new(sample());
    let weeks = Edit::SetPeriod {
        period: Granularity::Week,
    };
    let diff = doc.perform(&weeks).unwrap();
    assert_eq!(
        diff.changes,
        [Change::PeriodSet {
            before: Granularity::Month,
            after: Granularity::Week
        }]
    );
    assert_eq!(doc.tree().period, Granularity::Week);
    assert!(doc.perform(&weeks).unwrap().is_empty());
    doc.perform(&Edit::SetValues {
        values: vec![cell("price", "2026-W19", Some(5.0))],
    })
    .unwrap();
    let error = doc
        .perform(&Edit::SetPeriod {
            period: Granularity::Quarter,
        })
        .unwrap_err();
    assert_eq!(error.kind(), "has_history");
    assert!(error.to_string().contains("node \"price\""), "{error}");
    doc.undo().unwrap();
    doc.undo().unwrap();
    assert_eq!(doc.tree(), &sample());
}

#[test]
fn a_pasted_fragment_brings_histories_only_into_a_tree_of_its_period() {
    let mut source = sample();
    set(&mut source, vec![cell("price", "2026-01", Some(5.0))]).unwrap();
    let fragment = extract(&source, &[id("price")]);
    assert_eq!(fragment.nodes[0].history.len(), 1);
    let offset = Placement::Offset(crate::model::Position { x: 0.0, y: 0.0 });
    let mut months = sample();
    let (edit, ids) = paste_edit(&months, &fragment, offset);
    apply(&mut months, &edit).unwrap();
    assert_eq!(months.node(&ids[0]).unwrap().history.len(), 1);
    let mut quarters = sample();
    quarters.period = Granularity::Quarter;
    let (edit, ids) = paste_edit(&quarters, &fragment, offset);
    apply(&mut quarters, &edit).unwrap();
    assert!(quarters.node(&ids[0]).unwrap().history.is_empty());
}
