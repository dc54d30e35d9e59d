//! Stores that are refused: files that are not a kpitree store, a newer schema,
//! corruption (each left byte for byte as it was), locks, and migrations that
//! cannot run.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use common::{id, rich_tree, temp_store};
use kpitree_core::model::{Node, NodeKind};
use kpitree_core::store::{Store, StoreError, SCHEMA_VERSION};
use rusqlite::Connection;

fn assert_refused_untouched(path: &Path, expected_kind: &str, message_part: &str) {
    let before = std::fs::read(path).unwrap();
    let error = Store::open(path).unwrap_err();
    assert_eq!(error.kind(), expected_kind, "{error}");
    let message = error.to_string();
    assert!(message.contains(&path.display().to_string()), "{message}");
    assert!(message.contains(message_part), "{message}");
    assert_eq!(
        std::fs::read(path).unwrap(),
        before,
        "the refused file was modified"
    );
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    let (_dir, path) = temp_store();
    std::fs::write(&path, "{\"kpitree\": 1, \"name\": \"not a database\"}").unwrap();
    assert_refused_untouched(
        &path,
        "not_a_store",
        "is not a kpitree store: file is not a database",
    );
    std::fs::write(&path, "short").unwrap();
    assert_refused_untouched(&path, "not_a_store", "file is not a database");
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let (_dir, path) = temp_store();
    let conn = Connection::open(&path).unwrap();
    conn.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY);")
        .unwrap();
    drop(conn);
    assert_refused_untouched(&path, "not_a_store", "another program");
}

#[test]
fn a_store_from_a_newer_kpitree_is_refused_untouched() {
    let (_dir, path) = temp_store();
    drop(Store::open(&path).unwrap());
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "user_version", 99).unwrap();
    drop(conn);
    let expected = format!("was written by a newer kpitree (schema 99; this build knows up to {SCHEMA_VERSION}): update kpitree");
    assert_refused_untouched(&path, "too_new", &expected);
}

#[test]
fn a_truncated_store_is_refused_as_corrupt() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let mut big = rich_tree();
    for i in 0..400 {
        big.nodes.push(Node::new(
            id(&format!("n{i}")),
            NodeKind::Initiative,
            "x".repeat(150),
        ));
    }
    store.insert_tree(&big).unwrap();
    drop(store);
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() / 2]).unwrap();
    assert_refused_untouched(&path, "corrupt", "is corrupt");
}

#[test]
fn a_store_with_damaged_pages_is_refused_as_corrupt() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    store.insert_tree(&rich_tree()).unwrap();
    drop(store);
    let mut bytes = std::fs::read(&path).unwrap();
    let page = 4096;
    for byte in &mut bytes[page..] {
        *byte ^= 0x5a;
    }
    std::fs::write(&path, &bytes).unwrap();
    assert_refused_untouched(&path, "corrupt", "is corrupt");
}

#[test]
fn a_locked_store_is_refused_after_the_busy_timeout() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let holder = Connection::open(&path).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO settings VALUES ('k', 'v');")
        .unwrap();
    let started = Instant::now();
    let error = store.insert_tree(&rich_tree()).unwrap_err();
    assert!(matches!(error, StoreError::Locked { .. }), "{error}");
    assert!(started.elapsed() >= Duration::from_millis(1900));
    assert!(
        error.to_string().contains("is locked by another program"),
        "{error}"
    );
    holder.execute_batch("ROLLBACK").unwrap();
    store.insert_tree(&rich_tree()).unwrap();
}

#[test]
fn an_exclusively_locked_store_cannot_be_opened() {
    let (_dir, path) = temp_store();
    drop(Store::open(&path).unwrap());
    let holder = Connection::open(&path).unwrap();
    holder
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .unwrap();
    let error = Store::open(&path).unwrap_err();
    assert!(matches!(error, StoreError::Locked { .. }), "{error}");
}

#[test]
fn a_migration_that_cannot_take_the_write_lock_names_the_versions_and_the_cause() {
    let (_dir, path) = temp_store();
    common::write_schema_1_store(&path);
    let holder = Connection::open(&path).unwrap();
    holder
        .execute_batch("BEGIN IMMEDIATE; INSERT INTO settings VALUES ('k', 'v');")
        .unwrap();
    let error = Store::open(&path).unwrap_err();
    assert_eq!(error.kind(), "migration", "{error}");
    assert_eq!(
        error.to_string(),
        format!(
            "could not bring {} from schema version 1 to {SCHEMA_VERSION}: database is locked",
            path.display()
        )
    );
    holder.execute_batch("ROLLBACK").unwrap();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.list_trees().unwrap()[0].name, "Old");
}

#[test]
fn a_failing_migration_names_its_cause_not_its_sql_and_changes_nothing() {
    let (_dir, path) = temp_store();
    common::write_schema_1_store(&path);
    // A column the second migration adds, there already: the step fails.
    Connection::open(&path)
        .unwrap()
        .execute_batch("ALTER TABLE trees ADD COLUMN deleted_at TEXT")
        .unwrap();
    let error = Store::open(&path).unwrap_err();
    let message = error.to_string();
    assert_eq!(
        message,
        format!(
            "could not bring {} from schema version 1 to {SCHEMA_VERSION}: \
             duplicate column name: deleted_at",
            path.display()
        )
    );
    assert!(!message.contains("ALTER"), "{message}");
    let version: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, 1, "the failed migration was rolled back");
}
