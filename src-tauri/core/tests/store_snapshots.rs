//! Snapshots in the store (SPEC 10): taken in one transaction with values and
//! history, listed, read back as they were, deleted; a store of schema 3 upgrades
//! with its trees.

use kpitree_core::interchange;
use kpitree_core::model::{HistoryPoint, Period, Tree};
use kpitree_core::sample::saas_arr;
use kpitree_core::store::{Store, StoreError};
use rusqlite::Connection;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("kpitree.db")).unwrap();
    (dir, store)
}

fn with_history() -> Tree {
    let mut tree = saas_arr();
    tree.nodes[1].history = vec![HistoryPoint {
        period: Period::parse("2026-03").unwrap(),
        value: 12.0,
    }];
    tree
}

#[test]
fn a_snapshot_keeps_the_tree_as_it_was_with_its_history() {
    let (_dir, mut store) = store();
    let tree = with_history();
    let id = store.insert_tree(&tree).unwrap();
    let snap = store.take_snapshot(id, "Q3 review").unwrap();
    store.rename_tree(id, "Renamed later").unwrap();
    let kept = store.load_snapshot(snap).unwrap();
    assert_eq!(interchange::write(&kept), interchange::write(&tree));
    let list = store.list_snapshots(None).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        (list[0].name.as_str(), list[0].tree_name.as_str()),
        ("Q3 review", "Renamed later")
    );
    assert!(list[0].taken_at.starts_with("20"), "{}", list[0].taken_at);
    assert_eq!(store.find_snapshot(id, "Q3 review").unwrap(), snap);
    assert_eq!(store.find_snapshot(id, &snap.to_string()).unwrap(), snap);
}

#[test]
fn a_name_taken_for_the_tree_and_an_unknown_snapshot_are_refused_by_name() {
    let (_dir, mut store) = store();
    let id = store.insert_tree(&saas_arr()).unwrap();
    store.take_snapshot(id, "Q3").unwrap();
    let error = store.take_snapshot(id, "Q3").unwrap_err();
    assert!(
        matches!(error, StoreError::SnapshotNameTaken { .. }),
        "{error}"
    );
    assert!(error
        .to_string()
        .ends_with("has a snapshot named \"Q3\" already; choose another name"));
    let error = store.find_snapshot(id, "Q4").unwrap_err().to_string();
    assert!(error.contains("has no snapshot \"Q4\""), "{error}");
    assert!(error.ends_with("its snapshots are: \"Q3\""), "{error}");
    assert_eq!(store.list_snapshots(Some(id)).unwrap().len(), 1);
}

#[test]
fn deleting_a_snapshot_or_its_tree_removes_it() {
    let (_dir, mut store) = store();
    let id = store.insert_tree(&saas_arr()).unwrap();
    let first = store.take_snapshot(id, "a").unwrap();
    store.take_snapshot(id, "b").unwrap();
    store.delete_snapshot(first).unwrap();
    assert!(store.load_snapshot(first).is_err());
    assert_eq!(store.list_snapshots(Some(id)).unwrap().len(), 1);
    store.trash_tree(id).unwrap();
    assert!(store.list_snapshots(None).unwrap().is_empty());
    store.delete_tree(id).unwrap();
    assert!(store.list_snapshots(None).unwrap().is_empty());
}

#[test]
fn a_store_of_schema_3_upgrades_and_takes_snapshots() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = Connection::open(&path).unwrap();
        for step in [
            include_str!("../src/store/migrations/0001_initial.sql"),
            include_str!("../src/store/migrations/0002_trash.sql"),
            include_str!("../src/store/migrations/0003_history.sql"),
        ] {
            conn.execute_batch(step).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 3; INSERT INTO trees (id, name) VALUES (4, 'Old');",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let snap = store.take_snapshot(4, "before").unwrap();
    assert_eq!(store.load_snapshot(snap).unwrap().name, "Old");
}
