//! Unit tests of the store's internals on real temporary files; the public
//! behaviour is tested in `tests/store.rs`.

use super::schema::APPLICATION_ID;
use super::*;
use crate::model::{Node, NodeId, NodeKind, Tree};

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("kpitree.db")).unwrap();
    (dir, store)
}

fn pragma(store: &Store, name: &str) -> String {
    let value = store
        .conn
        .pragma_query_value(None, name, |row| row.get::<_, rusqlite::types::Value>(0))
        .unwrap();
    match value {
        rusqlite::types::Value::Integer(n) => n.to_string(),
        rusqlite::types::Value::Text(text) => text,
        other => format!("{other:?}"),
    }
}

#[test]
fn the_connection_runs_with_the_promised_pragmas() {
    let (_dir, store) = temp_store();
    assert_eq!(pragma(&store, "journal_mode"), "wal");
    assert_eq!(pragma(&store, "foreign_keys"), "1");
    assert_eq!(pragma(&store, "synchronous"), "1"); // NORMAL
    assert_eq!(pragma(&store, "busy_timeout"), "2000");
    assert_eq!(pragma(&store, "user_version"), SCHEMA_VERSION.to_string());
    assert_eq!(pragma(&store, "application_id"), APPLICATION_ID.to_string());
}

#[test]
fn an_empty_file_becomes_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    std::fs::write(&path, b"").unwrap();
    let store = Store::open(&path).unwrap();
    assert!(store.list_trees().unwrap().is_empty());
}

#[test]
fn a_bad_value_edited_behind_our_back_is_reported_as_corrupt() {
    let (_dir, mut store) = temp_store();
    let mut tree = Tree::new("t");
    tree.nodes.push(Node::new(
        NodeId::new("arr").unwrap(),
        NodeKind::NorthStar,
        "ARR",
    ));
    let id = store.insert_tree(&tree).unwrap();
    store
        .conn
        .execute("UPDATE nodes SET color = 'red'", [])
        .unwrap();
    let error = store.load_tree(id).unwrap_err();
    assert_eq!(error.kind(), "corrupt");
    assert!(error.to_string().contains("node \"arr\""), "{error}");
}

#[test]
fn not_found_says_when_the_store_is_empty() {
    let (_dir, store) = temp_store();
    let error = store.find_tree("Growth").unwrap_err();
    assert!(
        error
            .to_string()
            .ends_with("has no tree \"Growth\"; the store has no trees"),
        "{error}"
    );
}

#[test]
fn a_folder_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let error = Store::open(dir.path()).unwrap_err();
    assert!(
        error
            .to_string()
            .ends_with("is not a kpitree store: it is a folder"),
        "{error}"
    );
}

/// The only test that touches `KPITREE_DB`.
#[test]
fn the_default_path_honours_the_environment() {
    std::env::set_var(DB_ENV_VAR, "/tmp/elsewhere/kp.db");
    assert_eq!(
        default_store_path().unwrap(),
        std::path::Path::new("/tmp/elsewhere/kp.db")
    );
    std::env::remove_var(DB_ENV_VAR);
    if let Ok(path) = default_store_path() {
        assert!(path.ends_with("kpitree/kpitree.db"), "{}", path.display());
    }
}

/// A diff writes only the values that changed: setting one of four values
/// touches the node's row, that one history row and the tree's `updated_at`.
#[test]
fn only_the_values_that_changed_are_written() {
    use crate::edit::{Document, Edit, ValueCell};
    use crate::model::{Granularity, HistoryPoint, Period};
    let (_dir, mut store) = temp_store();
    let p = |text: &str| Period::parse(text).unwrap();
    let mut tree = Tree::new("t");
    tree.period = Granularity::Quarter;
    let mut node = Node::new(NodeId::new("arr").unwrap(), NodeKind::NorthStar, "ARR");
    node.history = ["2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"]
        .map(|period| HistoryPoint {
            period: p(period),
            value: 1.0,
        })
        .to_vec();
    tree.nodes.push(node);
    let id = store.insert_tree(&tree).unwrap();
    let mut doc = Document::new(store.load_tree(id).unwrap());
    let cells = |period: &str, value: Option<f64>| Edit::SetValues {
        values: vec![ValueCell {
            node: NodeId::new("arr").unwrap(),
            period: p(period),
            value,
        }],
    };
    for (edit, rows) in [
        (cells("2026-Q1", Some(2.0)), 3),
        (cells("2026-Q3", Some(3.0)), 3),
        (cells("2025-Q3", None), 3),
    ] {
        let before = store.conn.total_changes();
        doc.perform_with(&edit, |diff| store.apply_diff(id, diff))
            .unwrap();
        assert_eq!(store.conn.total_changes() - before, rows, "{edit:?}");
    }
    assert_eq!(&store.load_tree(id).unwrap(), doc.tree());
}
