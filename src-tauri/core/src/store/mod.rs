//! The SQLite store (SPEC 2 and 7): one file holds many trees.
//!
//! Invariants:
//! - A store is opened only after the checks in `open` pass; a file that is not a
//!   kpitree store, is corrupt, or comes from a newer kpitree is refused untouched.
//! - The connection runs with `journal_mode=WAL`, `foreign_keys=ON` and
//!   `synchronous=NORMAL` (a commit is durable across a crash of the program; a
//!   power cut may lose the last commits but never corrupts the file).
//! - Every write is one transaction: a failed write leaves the store as it was.
//! - Any number of processes may open one store at once, new or older: the schema
//!   version is read and the migrations run under the write lock (`migrate`), so
//!   each migration runs once; a migration error names the file, both versions and
//!   SQLite's cause in one sentence, never the SQL.
//! - A store the user may not write (permissions, a read-only mount) opens
//!   read-only ([`Store::is_read_only`]); every write on it is refused with
//!   [`StoreError::ReadOnly`] before anything changes.
//! - A write the disk refuses (full: [`StoreError::DiskFull`]; a size limit or a
//!   failing disk: [`StoreError::WriteFailed`]) is rolled back whole: every commit
//!   before it stays, and the store works again once there is room.
//! - Several connections (windows, command-line runs) may share the file: a diff
//!   is written only if the rows it changes are still as it recorded them
//!   (`changes`), else it is refused as a [`StoreError::Conflict`].
//! - A node's history lives in the `history` table and goes with the node
//!   (`history`); a diff writes only the values that changed.
//! - A snapshot (`snapshots`) is written once, in one transaction with the read
//!   of its tree, and never changed; there is no API to edit one.
//! - A tree's nodes (links) carry `ord` = their position 0..n-1, so loading a tree
//!   gives the same order as the tree that was saved.

mod changes;
mod error;
mod history;
mod location;
mod migrate;
mod open;
mod row_order;
mod rows;
mod schema;
mod settings;
mod snapshots;
mod trees;
mod write;

#[cfg(test)]
mod tests;

use std::path::{Path, PathBuf};

use rusqlite::Connection;

pub use error::{Elsewhere, StoreError};
pub use location::{default_store_path, DB_ENV_VAR};
pub use schema::SCHEMA_VERSION;
pub use snapshots::{SnapshotId, SnapshotSummary};

/// An open kpitree store. Reads take `&self`; writes that span several statements
/// take `&mut self` and run in one transaction.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
    read_only: bool,
    /// On a read-only store, the window's memory (`remember_setting`) for as long
    /// as the store is open.
    remembered: std::cell::RefCell<std::collections::HashMap<String, String>>,
}

impl Store {
    /// Opens the store at `path`, creating the file and its folder when missing
    /// and bringing its schema up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store, StoreError> {
        let path = path.as_ref().to_path_buf();
        let open::Opened { conn, read_only } = open::open(&path)?;
        Ok(Store {
            conn,
            path,
            read_only,
            remembered: Default::default(),
        })
    }

    /// Whether the store opened read-only (the user may not write its file or
    /// folder): reads work, every write returns [`StoreError::ReadOnly`].
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// SQLite's `PRAGMA data_version` for this connection: it changes when another
    /// connection (another window, the command line) commits to the file, never
    /// for this connection's own commits. Reading it touches no table, so a window
    /// can ask for it cheaply to learn whether to reload anything.
    pub fn data_version(&self) -> Result<i64, StoreError> {
        self.conn
            .pragma_query_value(None, "data_version", |row| row.get(0))
            .map_err(|source| StoreError::sqlite(&self.path, source))
    }
}
