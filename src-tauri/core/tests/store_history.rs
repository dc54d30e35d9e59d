//! Values over time in the store (schema 3, SPEC 8): trees round trip with their
//! granularity and histories, every edit of values (and its undo) reloads as the
//! document, another connection's values are never lost, and an older store
//! upgrades with its trees.

mod common;

use common::{id, rich_tree, temp_store};
use kpitree_core::edit::{Diff, Document, Edit, ValueCell};
use kpitree_core::model::{Granularity, HistoryPoint, Period, Tree, TreeId};
use kpitree_core::store::{Store, StoreError};
use rusqlite::Connection;

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

fn values(cells: Vec<ValueCell>) -> Edit {
    Edit::SetValues { values: cells }
}

/// The rich tree with a year of quarters on two nodes (one of them holding a
/// formula).
fn history_tree() -> Tree {
    let mut tree = rich_tree();
    tree.period = Granularity::Quarter;
    for (index, base) in [(0, 1000.0), (1, 0.5)] {
        tree.nodes[index].history = ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
            .iter()
            .zip(0..)
            .map(|(period, i)| HistoryPoint {
                period: p(period),
                value: base + f64::from(i) * 0.1,
            })
            .collect();
    }
    tree
}

fn history_rows(path: &std::path::Path) -> i64 {
    Connection::open(path)
        .unwrap()
        .query_row("SELECT count(*) FROM history", [], |row| row.get(0))
        .unwrap()
}

fn open_with(tree: &Tree) -> (tempfile::TempDir, std::path::PathBuf, Store, TreeId) {
    let (dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let tree_id = store.insert_tree(tree).unwrap();
    (dir, path, store, tree_id)
}

#[test]
fn a_tree_round_trips_with_its_period_and_histories() {
    let tree = history_tree();
    let (_dir, path, store, tree_id) = open_with(&tree);
    assert_eq!(store.load_tree(tree_id).unwrap(), tree);
    drop(store);
    assert_eq!(
        Store::open(&path).unwrap().load_tree(tree_id).unwrap(),
        tree
    );
    assert_eq!(history_rows(&path), 8);
}

#[test]
fn edits_of_values_and_their_undo_reload_as_the_document() {
    let (_dir, path, mut store, tree_id) = open_with(&history_tree());
    let mut doc = Document::new(store.load_tree(tree_id).unwrap());
    let mut renamed = doc.tree().nodes[1].clone();
    renamed.name = "Customers".into();
    renamed.history.clear(); // as the inspector sends it
    let edits = [
        values(vec![
            cell("customers", "2026-Q2", Some(7.0)),
            cell("customers", "2026-Q3", Some(8.0)),
            cell("customers", "2025-Q3", None),
            cell("activation", "2026-Q1", Some(0.25)),
        ]),
        Edit::UpdateNode { node: renamed },
        Edit::ChangeId {
            id: id("customers"),
            new_id: id("accounts"),
        },
        values(vec![cell("accounts", "2026-Q4", Some(9.0))]),
        Edit::RemoveNodes {
            ids: vec![id("arr")],
        },
    ];
    let mut save = |diff: &Diff| store.apply_diff(tree_id, diff);
    for edit in &edits {
        doc.perform_with(edit, &mut save).unwrap();
    }
    let loaded = store.load_tree(tree_id).unwrap();
    assert_eq!(&loaded, doc.tree());
    let accounts = loaded.node(&id("accounts")).unwrap();
    assert_eq!(accounts.name, "Customers");
    assert_eq!(accounts.history.len(), 5);
    // arr's four values went with it; accounts 5, activation 1.
    assert_eq!(history_rows(&path), 6);
    while doc.can_undo() {
        doc.undo_with(|diff| store.apply_diff(tree_id, diff))
            .unwrap();
        assert_eq!(&store.load_tree(tree_id).unwrap(), doc.tree());
    }
    assert_eq!(store.load_tree(tree_id).unwrap(), history_tree());
    while doc.can_redo() {
        doc.redo_with(|diff| store.apply_diff(tree_id, diff))
            .unwrap();
    }
    assert_eq!(&store.load_tree(tree_id).unwrap(), doc.tree());
}

/// Two windows on one tree: the second one's view of a node's history is stale.
#[test]
fn values_stored_elsewhere_are_never_lost() {
    let (_dir, path, mut first, tree_id) = open_with(&history_tree());
    let mut second = Store::open(&path).unwrap();
    let mut a = Document::new(first.load_tree(tree_id).unwrap());
    let mut b = Document::new(second.load_tree(tree_id).unwrap());
    a.perform_with(
        &values(vec![cell("customers", "2026-Q3", Some(1.0))]),
        |d| first.apply_diff(tree_id, d),
    )
    .unwrap();
    let stale = b.tree().clone();
    // Another period of the same node: refused, naming the node.
    let error = b
        .perform_with(
            &values(vec![cell("customers", "2026-Q4", Some(2.0))]),
            |d| second.apply_diff(tree_id, d),
        )
        .unwrap_err();
    assert!(matches!(error, StoreError::Conflict { .. }), "{error}");
    assert!(
        error
            .to_string()
            .starts_with("\"customers «名前»\" in tree"),
        "{error}"
    );
    assert_eq!(b.tree(), &stale);
    // Removing the node would delete the value stored elsewhere: refused.
    let remove = Edit::RemoveNodes {
        ids: vec![id("customers")],
    };
    let error = b
        .perform_with(&remove, |d| second.apply_diff(tree_id, d))
        .unwrap_err();
    assert!(matches!(error, StoreError::Conflict { .. }), "{error}");
    // A field other than the history is not held up by it.
    let mut renamed = b.tree().nodes[1].clone();
    renamed.name = "Renamed".into();
    b.perform_with(&Edit::UpdateNode { node: renamed }, |d| {
        second.apply_diff(tree_id, d)
    })
    .unwrap();
    let stored = first.load_tree(tree_id).unwrap();
    let customers = stored.node(&id("customers")).unwrap();
    assert_eq!(customers.name, "Renamed");
    assert_eq!(customers.value_in(p("2026-Q3")), Some(1.0));
}

#[test]
fn the_period_changes_in_the_store_only_while_no_value_is_stored() {
    let (_dir, path, mut first, tree_id) = open_with(&Tree::new("Plain"));
    let mut second = Store::open(&path).unwrap();
    let mut a = Document::new(first.load_tree(tree_id).unwrap());
    let mut b = Document::new(second.load_tree(tree_id).unwrap());
    let weeks = Edit::SetPeriod {
        period: Granularity::Week,
    };
    a.perform_with(&weeks, |d| first.apply_diff(tree_id, d))
        .unwrap();
    assert_eq!(second.load_tree(tree_id).unwrap().period, Granularity::Week);
    a.undo_with(|d| first.apply_diff(tree_id, d)).unwrap();
    // `b` adds a node and a month's value; `a`, not knowing, switches to weeks.
    let node = kpitree_core::model::Node::new(
        id("seats"),
        kpitree_core::model::NodeKind::BusinessKpi,
        "Seats",
    );
    let add = Edit::AddNode { node, index: None };
    b.perform_with(&add, |d| second.apply_diff(tree_id, d))
        .unwrap();
    b.perform_with(&values(vec![cell("seats", "2026-05", Some(3.0))]), |d| {
        second.apply_diff(tree_id, d)
    })
    .unwrap();
    let error = a
        .perform_with(&weeks, |d| first.apply_diff(tree_id, d))
        .unwrap_err();
    assert!(
        error.to_string().starts_with("the tree's period in tree"),
        "{error}"
    );
    assert_eq!(first.load_tree(tree_id).unwrap().period, Granularity::Month);
}

#[test]
fn a_deleted_tree_takes_its_values_along() {
    let (_dir, path, mut store, tree_id) = open_with(&history_tree());
    assert_eq!(history_rows(&path), 8);
    store.delete_tree(tree_id).unwrap();
    assert_eq!(history_rows(&path), 0);
}

#[test]
fn a_value_edited_behind_our_back_is_reported_as_corrupt() {
    let (_dir, path, store, tree_id) = open_with(&history_tree());
    Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE history SET period = '2026-05' WHERE period = '2026-Q1' AND node_id = 'arr'",
            [],
        )
        .unwrap();
    let error = store.load_tree(tree_id).unwrap_err();
    assert_eq!(error.kind(), "corrupt");
    assert!(
        error
            .to_string()
            .ends_with("node \"arr\": 2026-05 is not a quarter, the tree's period"),
        "{error}"
    );
}

#[test]
fn a_store_of_schema_2_upgrades_with_its_trees() {
    let (_dir, path) = temp_store();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/0001_initial.sql"))
            .unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/0002_trash.sql"))
            .unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 2;
             INSERT INTO trees (id, name) VALUES (7, 'Old');
             INSERT INTO nodes (tree_id, ord, id, kind, name, value)
                 VALUES (7, 0, 'arr', 'north_star', 'ARR', 12.5);",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let tree = store.load_tree(7).unwrap();
    assert_eq!(tree.name, "Old");
    assert_eq!(tree.period, Granularity::Month);
    assert_eq!(tree.nodes[0].value, Some(12.5));
    assert!(tree.nodes[0].history.is_empty());
    let mut doc = Document::new(tree);
    doc.perform_with(&values(vec![cell("arr", "2026-01", Some(1.0))]), |d| {
        store.apply_diff(7, d)
    })
    .unwrap();
    assert_eq!(&store.load_tree(7).unwrap(), doc.tree());
}
