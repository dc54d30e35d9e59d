//! Snapshots (SPEC 10): named, dated, read-only copies of a tree, kept as the
//! tree's interchange file (structure, values, history; not the status
//! thresholds, which are settings). Taking one reads the tree and writes the copy
//! in one `BEGIN IMMEDIATE` transaction, so the copy is the tree as one commit
//! left it, never half of another window's edit. There is no way to change a
//! snapshot: take, list, read, delete.

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior};
use serde::Serialize;

use super::error::At;
use super::{trees, Store, StoreError};
use crate::edit::check_name;
use crate::interchange;
use crate::model::{Tree, TreeId};

/// The store's id of a snapshot.
pub type SnapshotId = i64;

/// One line of a list of snapshots.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SnapshotSummary {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub id: SnapshotId,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub tree_id: TreeId,
    pub tree_name: String,
    pub name: String,
    /// When it was taken, UTC, `2026-05-14T09:30:00.000Z`.
    pub taken_at: String,
}

impl Store {
    /// Keeps a copy of tree `tree` named `name`, dated now; returns its id.
    pub fn take_snapshot(&mut self, tree: TreeId, name: &str) -> Result<SnapshotId, StoreError> {
        check_name("the snapshot", name)?;
        let path = self.path.clone();
        // `&self` stays usable for `load_tree` inside the transaction.
        let tx =
            Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate).at(&path)?;
        trees::require_tree(&tx, &path, tree)?;
        let copy = self.load_tree(tree)?;
        let taken: bool = tx
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM snapshots WHERE tree_id = ?1 AND name = ?2)",
                (tree, name),
                |row| row.get(0),
            )
            .at(&path)?;
        if taken {
            return Err(StoreError::SnapshotNameTaken {
                path,
                tree: copy.name,
                name: name.to_owned(),
            });
        }
        let body = interchange::write(&copy);
        tx.execute(
            "INSERT INTO snapshots (tree_id, name, body) VALUES (?1, ?2, ?3)",
            (tree, name, body),
        )
        .at(&path)?;
        let id = tx.last_insert_rowid();
        tx.commit().at(&path)?;
        Ok(id)
    }

    /// The snapshots of tree `tree`, or of every tree (not those in the trash),
    /// by tree name, then date.
    pub fn list_snapshots(&self, tree: Option<TreeId>) -> Result<Vec<SnapshotSummary>, StoreError> {
        let sql = "SELECT s.id, s.tree_id, t.name, s.name, s.taken_at \
                   FROM snapshots s JOIN trees t ON t.id = s.tree_id \
                   WHERE t.deleted_at IS NULL AND (?1 IS NULL OR s.tree_id = ?1) \
                   ORDER BY t.name, t.id, s.taken_at, s.id";
        let mut statement = self.conn.prepare(sql).at(&self.path)?;
        let rows = statement
            .query_map([tree], |row| {
                Ok(SnapshotSummary {
                    id: row.get(0)?,
                    tree_id: row.get(1)?,
                    tree_name: row.get(2)?,
                    name: row.get(3)?,
                    taken_at: row.get(4)?,
                })
            })
            .at(&self.path)?;
        rows.collect::<Result<_, _>>().at(&self.path)
    }

    /// The snapshot of tree `tree` named exactly `name_or_id`, else with that id.
    pub fn find_snapshot(&self, tree: TreeId, name_or_id: &str) -> Result<SnapshotId, StoreError> {
        let snapshots = self.list_snapshots(Some(tree))?;
        let by_name = snapshots.iter().find(|s| s.name == name_or_id);
        let by_id = || {
            let id = name_or_id.trim().parse::<SnapshotId>().ok()?;
            snapshots.iter().find(|s| s.id == id)
        };
        match by_name.or_else(by_id) {
            Some(found) => Ok(found.id),
            None => Err(StoreError::NoSnapshot {
                path: self.path.clone(),
                what: format!("\"{name_or_id}\" of tree {tree}"),
                available: snapshots
                    .iter()
                    .map(|s| format!("\"{}\"", s.name))
                    .collect(),
            }),
        }
    }

    /// The tree as snapshot `id` keeps it, with its values and history.
    pub fn load_snapshot(&self, id: SnapshotId) -> Result<Tree, StoreError> {
        let body: Option<String> = self
            .conn
            .query_row("SELECT body FROM snapshots WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()
            .at(&self.path)?;
        let Some(body) = body else {
            return Err(self.no_snapshot(id));
        };
        interchange::read(&body, &format!("snapshot {id}")).map_err(|error| StoreError::Corrupt {
            path: self.path.clone(),
            detail: error.to_string(),
        })
    }

    /// Deletes snapshot `id` (its tree stays).
    pub fn delete_snapshot(&mut self, id: SnapshotId) -> Result<(), StoreError> {
        let rows = self
            .conn
            .execute("DELETE FROM snapshots WHERE id = ?1", [id])
            .at(&self.path)?;
        match rows {
            0 => Err(self.no_snapshot(id)),
            _ => Ok(()),
        }
    }

    fn no_snapshot(&self, id: SnapshotId) -> StoreError {
        StoreError::NoSnapshot {
            path: self.path.clone(),
            what: format!("with id {id}"),
            available: Vec::new(),
        }
    }
}
