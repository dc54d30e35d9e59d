//! Application state kept in the store (the tree opened last, window state):
//! plain text under a key. One statement each, so each write is atomic. Also what
//! belongs to a tree but not to its interchange file: its status thresholds.

use rusqlite::{Connection, OptionalExtension};

use super::error::At;
use super::{Store, StoreError};
use crate::analysis::StatusThresholds;
use crate::model::TreeId;

impl Store {
    /// The setting under `key`: on a read-only store, what the window remembered
    /// this session, or else what the file holds.
    pub fn get_setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        if let Some(value) = self.remembered.borrow().get(key) {
            return Ok(Some(value.clone()));
        }
        self.conn
            .query_row("SELECT value FROM settings WHERE key = ?1", [key], |row| {
                row.get(0)
            })
            .optional()
            .at(&self.path)
    }

    pub fn set_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        let sql = "INSERT INTO settings (key, value) VALUES (?1, ?2) \
                   ON CONFLICT (key) DO UPDATE SET value = excluded.value";
        self.conn.execute(sql, [key, value]).at(&self.path)?;
        Ok(())
    }

    /// Writes a setting that is the window's memory (where the view was, the tree
    /// open last, the colour codes shown, the branches collapsed, preferences), not
    /// part of a tree: on a read-only store it is kept in memory until the store
    /// closes, so that the window works the same, and the file is not touched.
    pub fn remember_setting(&self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.is_read_only() {
            self.remembered
                .borrow_mut()
                .insert(key.to_owned(), value.to_owned());
            return Ok(());
        }
        self.set_setting(key, value)
    }

    pub fn remove_setting(&self, key: &str) -> Result<(), StoreError> {
        let sql = "DELETE FROM settings WHERE key = ?1";
        self.conn.execute(sql, [key]).at(&self.path)?;
        Ok(())
    }
}

/// The store key of tree `id`'s status thresholds.
fn thresholds_key(id: TreeId) -> String {
    format!("status_thresholds.{id}")
}

impl Store {
    /// Tree `id`'s status thresholds, as the user set them (the defaults until then,
    /// or when what is kept no longer reads: not worth refusing the tree over).
    /// [`Store::load_tree`] reads them into the tree.
    pub fn status_thresholds(&self, id: TreeId) -> Result<StatusThresholds, StoreError> {
        read_thresholds(&self.conn, id).at(&self.path)
    }

    /// Keeps `thresholds` for tree `id` (checked by [`StatusThresholds::new`]),
    /// outside any undo history; the editor changes them with an edit instead
    /// (`Edit::SetStatusThresholds`, written by [`Store::apply_diff`]).
    pub fn set_status_thresholds(
        &self,
        id: TreeId,
        thresholds: &StatusThresholds,
    ) -> Result<(), StoreError> {
        write_thresholds(&self.conn, id, thresholds).at(&self.path)
    }
}

/// Tree `id`'s thresholds on `conn` (a connection or a transaction).
pub(super) fn read_thresholds(
    conn: &Connection,
    id: TreeId,
) -> Result<StatusThresholds, rusqlite::Error> {
    let text: Option<String> = conn
        .query_row(
            "SELECT value FROM settings WHERE key = ?1",
            [thresholds_key(id)],
            |row| row.get(0),
        )
        .optional()?;
    Ok(text
        .and_then(|text| serde_json::from_str::<StatusThresholds>(&text).ok())
        .and_then(|t| StatusThresholds::new(t.on_track_within, t.at_risk_within).ok())
        .unwrap_or_default())
}

/// Keeps `thresholds` for tree `id` on `conn` (a connection or a transaction).
pub(super) fn write_thresholds(
    conn: &Connection,
    id: TreeId,
    thresholds: &StatusThresholds,
) -> Result<(), rusqlite::Error> {
    let text = serde_json::to_string(thresholds).unwrap_or_default();
    let sql = "INSERT INTO settings (key, value) VALUES (?1, ?2) \
               ON CONFLICT (key) DO UPDATE SET value = excluded.value";
    conn.execute(sql, [thresholds_key(id), text])?;
    Ok(())
}
