//! Application state kept in the store (the tree opened last, window state):
//! plain text under a key. One statement each, so each write is atomic.

use rusqlite::OptionalExtension;

use super::error::At;
use super::{Store, StoreError};

impl Store {
    pub fn get_setting(&self, key: &str) -> Result<Option<String>, StoreError> {
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

    pub fn remove_setting(&self, key: &str) -> Result<(), StoreError> {
        let sql = "DELETE FROM settings WHERE key = ?1";
        self.conn.execute(sql, [key]).at(&self.path)?;
        Ok(())
    }
}
