//! Bringing a store's schema up to date, safe against any number of processes
//! opening the same new or older store at once.
//!
//! Invariant: the version is read, and the migrations run, inside one `BEGIN
//! IMMEDIATE` transaction, which holds the write lock from its first statement. A
//! deferred transaction (what rusqlite_migration uses) reads the version without
//! the lock: two processes both see version 0, one migrates, and the other then
//! fails, either on `table trees already exists` or on SQLITE_BUSY when its read
//! transaction cannot become a write one in WAL. Under the lock, the loser waits
//! (the busy timeout), reads the version the winner wrote and has nothing to do.

use std::path::Path;

use rusqlite::{Connection, TransactionBehavior};

use super::schema::{SCHEMA_VERSION, STEPS};
use super::StoreError;

/// Runs the migrations the store lacks. `seen` is the version read before the lock
/// (by the checks of `open`); `recheck` reads it again under the lock, with the
/// same refusals (a newer kpitree may have got there first).
pub(super) fn to_latest(
    conn: &mut Connection,
    path: &Path,
    seen: i64,
    recheck: impl FnOnce(&Connection) -> Result<i64, StoreError>,
) -> Result<(), StoreError> {
    if seen == SCHEMA_VERSION {
        return Ok(());
    }
    let failed = |from: i64, error: rusqlite::Error| StoreError::Migration {
        path: path.to_path_buf(),
        from,
        to: SCHEMA_VERSION,
        cause: cause(&error),
    };
    let tx = conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(|error| failed(seen, error))?;
    let from = recheck(&tx)?;
    // `recheck` refuses a version above ours; another process may have finished.
    let done = usize::try_from(from).unwrap_or(STEPS.len());
    for step in &STEPS[done.min(STEPS.len())..] {
        tx.execute_batch(step)
            .map_err(|error| failed(from, error))?;
    }
    tx.pragma_update(None, "user_version", SCHEMA_VERSION)
        .map_err(|error| failed(from, error))?;
    tx.commit().map_err(|error| failed(from, error))
}

/// SQLite's own sentence for what went wrong ("database is locked", "table x
/// already exists"), never the statement that failed.
fn cause(error: &rusqlite::Error) -> String {
    match error {
        rusqlite::Error::SqliteFailure(_, Some(message)) => message.clone(),
        rusqlite::Error::SqliteFailure(code, None) => code.to_string(),
        other => other.to_string(),
    }
}
