//! Time in the tree view: the period shown, the comparison, the changes coloured by
//! direction and the sparklines, on a real store file.

use super::time::{set_time_choice, time_choice, Compare, NodeChange, TimeChoice};
use super::tree_view;
use crate::analysis::{statuses, statuses_at};
use crate::edit::Document;
use crate::formula::{compute_values, compute_values_at};
use crate::model::{Direction, Granularity, HistoryPoint, Period, Tree, TreeId};
use crate::sample::saas_arr;
use crate::store::Store;
use crate::test_trees::kpi_tree;

fn month(year: i32, number: u8) -> Period {
    Period::new(Granularity::Month, year, number).unwrap()
}

fn months(first: Period, values: &[f64]) -> Vec<HistoryPoint> {
    (0..)
        .zip(values)
        .map(|(i, &value)| HistoryPoint {
            period: first.offset(i).unwrap(),
            value,
        })
        .collect()
}

/// revenue = customers × price; customers 100, 101, … from 2025-01 to 2026-03
/// (higher is better), churn 5, 4, 6 in 2026-01 to 03 (lower is better), price 10
/// without history, `note` without any value.
fn timed_tree() -> Tree {
    let mut tree = kpi_tree(
        &[
            "revenue:customers * price",
            "customers",
            "price=10",
            "churn",
            "note",
        ],
        &["customers>revenue", "price>revenue"],
    );
    let customers: Vec<f64> = (0..15).map(|i| 100.0 + f64::from(i)).collect();
    tree.nodes[0].direction = Some(Direction::Up);
    tree.nodes[0].target = Some(2000.0);
    tree.nodes[1].direction = Some(Direction::Up);
    tree.nodes[1].history = months(month(2025, 1), &customers);
    tree.nodes[3].direction = Some(Direction::Down);
    tree.nodes[3].history = months(month(2026, 1), &[5.0, 4.0, 6.0]);
    tree
}

fn stored(tree: &Tree) -> (tempfile::TempDir, Store, TreeId, Document) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("kpitree.db")).unwrap();
    let id = store.insert_tree(tree).unwrap();
    let document = Document::new(store.load_tree(id).unwrap());
    (dir, store, id, document)
}

fn change(before: f64, change: f64, good: Option<bool>) -> NodeChange {
    NodeChange {
        before: Some(before),
        change: Some(change),
        ratio: Some(change / before),
        good,
    }
}

#[test]
fn a_tree_with_history_shows_its_latest_period_against_the_previous_one() {
    let (_dir, store, id, document) = stored(&timed_tree());
    let view = tree_view(&store, id, &document).unwrap();
    let time = view.time.expect("the tree has history");
    assert_eq!(time.periods.len(), 15);
    assert_eq!(time.periods.first().map(String::as_str), Some("2025-01"));
    assert_eq!(time.period, "2026-03");
    assert_eq!(time.compare.as_deref(), Some("2026-02"));
    assert_eq!(time.choice, TimeChoice::default());
    assert_eq!(view.values["customers"].value, Some(114.0));
    assert_eq!(view.values["revenue"].value, Some(1140.0));
    let tree = document.tree();
    assert_eq!(
        view.values,
        super::view::keyed_by_id(compute_values_at(tree, month(2026, 3)))
    );
    let expected = statuses_at(tree, month(2026, 3), &tree.thresholds);
    assert_eq!(view.statuses, super::view::keyed_by_id(expected));
    assert!(view.statuses.contains_key("revenue"));

    assert_eq!(time.changes["customers"], change(113.0, 1.0, Some(true)));
    assert_eq!(time.changes["revenue"], change(1130.0, 10.0, Some(true)));
    assert_eq!(time.changes["churn"], change(4.0, 2.0, Some(false)));
    assert_eq!(time.changes["price"], change(10.0, 0.0, None));
    assert!(!time.changes.contains_key("note"));

    assert_eq!(time.sparklines["customers"].len(), 15);
    assert_eq!(time.sparklines["customers"][0], Some(100.0));
    assert_eq!(time.sparklines["revenue"][14], Some(1140.0));
    assert_eq!(time.sparklines["churn"][..12], [None; 12]);
    assert_eq!(
        time.sparklines["churn"][12..],
        [Some(5.0), Some(4.0), Some(6.0)]
    );
    assert!(!time.sparklines.contains_key("note"));
}

#[test]
fn a_chosen_period_and_a_year_ago_comparison_are_remembered_and_shown() {
    let (_dir, store, id, document) = stored(&timed_tree());
    let choice = TimeChoice {
        period: Some(month(2026, 1)),
        compare: Compare::YearAgo,
    };
    set_time_choice(&store, id, &choice).unwrap();
    assert_eq!(time_choice(&store, id).unwrap(), choice);
    let view = tree_view(&store, id, &document).unwrap();
    let time = view.time.unwrap();
    assert_eq!(time.period, "2026-01");
    assert_eq!(time.compare.as_deref(), Some("2025-01"));
    assert_eq!(time.choice, choice);
    assert_eq!(view.values["revenue"].value, Some(1120.0));
    assert_eq!(time.changes["customers"], change(100.0, 12.0, Some(true)));
    // churn has no value a year earlier: its value now, no change.
    let churn = &time.changes["churn"];
    assert_eq!((churn.before, churn.change, churn.good), (None, None, None));

    let any = TimeChoice {
        period: Some(month(2025, 6)),
        compare: Compare::Period(month(2026, 2)),
    };
    set_time_choice(&store, id, &any).unwrap();
    let time = tree_view(&store, id, &document).unwrap().time.unwrap();
    assert_eq!(
        (time.period.as_str(), time.compare.as_deref()),
        ("2025-06", Some("2026-02"))
    );
    assert_eq!(time.changes["customers"], change(113.0, -8.0, Some(false)));
}

#[test]
fn a_period_without_values_falls_back_to_the_latest_and_a_missing_comparison_is_none() {
    let (_dir, store, id, document) = stored(&timed_tree());
    let choice = TimeChoice {
        period: Some(month(2024, 5)),
        compare: Compare::Period(month(2023, 1)),
    };
    set_time_choice(&store, id, &choice).unwrap();
    let time = tree_view(&store, id, &document).unwrap().time.unwrap();
    assert_eq!(time.period, "2026-03");
    assert_eq!(time.compare, None);
    assert!(time.changes.is_empty());
    assert_eq!(
        time.choice, choice,
        "the choice is kept for when values come"
    );

    let first = TimeChoice {
        period: Some(month(2025, 1)),
        compare: Compare::Previous,
    };
    set_time_choice(&store, id, &first).unwrap();
    let time = tree_view(&store, id, &document).unwrap().time.unwrap();
    assert_eq!((time.period.as_str(), time.compare), ("2025-01", None));
}

#[test]
fn a_tree_without_history_has_no_time_and_the_view_of_before() {
    let (_dir, store, id, document) = stored(&saas_arr());
    set_time_choice(&store, id, &TimeChoice::default()).unwrap();
    let view = tree_view(&store, id, &document).unwrap();
    assert!(view.time.is_none());
    let tree = document.tree();
    assert_eq!(view.values, super::view::keyed_by_id(compute_values(tree)));
    let expected = statuses(tree, &tree.thresholds);
    assert_eq!(view.statuses, super::view::keyed_by_id(expected));
    let json = serde_json::to_value(&view).unwrap();
    assert_eq!(json["time"], serde_json::Value::Null);
}

#[test]
fn a_time_choice_is_stored_as_snake_case_json_and_bad_text_reads_as_the_default() {
    let choice = TimeChoice {
        period: Some(month(2026, 1)),
        compare: Compare::Period(month(2025, 6)),
    };
    let text = serde_json::to_string(&choice).unwrap();
    assert_eq!(
        text,
        r#"{"period":"2026-01","compare":{"period":"2025-06"}}"#
    );
    let year_ago = TimeChoice {
        period: None,
        compare: Compare::YearAgo,
    };
    let text = serde_json::to_string(&year_ago).unwrap();
    assert_eq!(text, r#"{"period":null,"compare":"year_ago"}"#);
    let (_dir, store, id, _) = stored(&timed_tree());
    store
        .remember_setting(&format!("time_choice.{id}"), "{not json")
        .unwrap();
    assert_eq!(time_choice(&store, id).unwrap(), TimeChoice::default());
}

#[test]
fn leverage_and_what_if_read_the_tree_at_the_period_the_window_shows() {
    use super::time::tree_as_shown;
    use crate::analysis::{leverage, what_if, Override};
    use std::collections::BTreeMap;

    let (_dir, store, id, document) = stored(&timed_tree());
    let revenue = crate::model::NodeId::new("revenue").unwrap();
    let customers = crate::model::NodeId::new("customers").unwrap();
    let at = |store: &Store| {
        let tree = tree_as_shown(store, id, document.tree()).unwrap();
        let leaves = leverage(&tree, &revenue).unwrap();
        let customers_leaf = leaves.iter().find(|l| l.id == customers).unwrap();
        let raise = BTreeMap::from([(customers.clone(), Override::Percent { percent: 10.0 })]);
        let scenario = what_if(&tree, &raise).unwrap();
        (
            customers_leaf.value,
            scenario[&revenue].before,
            scenario[&revenue].after,
        )
    };
    // The latest period (2026-03): 114 customers at 10.
    assert_eq!(at(&store), (114.0, Some(1140.0), Some(1254.0)));
    // The window shows 2025-06: 105 customers.
    let choice = TimeChoice {
        period: Some(month(2025, 6)),
        compare: Compare::Previous,
    };
    set_time_choice(&store, id, &choice).unwrap();
    let (value, before, after) = at(&store);
    assert_eq!((value, before), (105.0, Some(1050.0)));
    assert!((after.unwrap() - 1155.0).abs() < 1e-9);
    // What the window computes at that period is what the cards show then.
    let shown = tree_as_shown(&store, id, document.tree()).unwrap();
    let at_period = compute_values_at(document.tree(), month(2025, 6));
    for (node, value) in compute_values(&shown) {
        assert_eq!(value.value, at_period[&node].value, "{node}");
    }
}
