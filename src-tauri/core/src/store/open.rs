//! Opening a store: every check that can refuse the file runs before anything is
//! written to it, so a refused file is left byte for byte as it was.
//!
//! Order: the header bytes (before SQLite touches the file), then SQLite's
//! `quick_check`, then whose file it is (`application_id`, foreign tables) and its
//! schema version (`user_version`, against [`SCHEMA_VERSION`]); only then the
//! pragmas (WAL, foreign keys, synchronous) and the migrations.

use std::io::Read;
use std::path::Path;
use std::time::Duration;

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::error::{At, StoreError};
use super::schema::{APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION};

/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// How long a statement waits for another program's lock before giving up.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// Opens (creating if missing) and upgrades the store at `path`.
pub(super) fn open(path: &Path) -> Result<Connection, StoreError> {
    create_parent(path)?;
    check_header(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).at(path)?;
    conn.busy_timeout(BUSY_TIMEOUT).at(path)?;
    check_integrity(&conn, path)?;
    check_ownership_and_version(&conn, path)?;
    configure(&conn, path)?;
    MIGRATIONS
        .to_latest(&mut conn)
        .map_err(|error| migration_error(path, error))?;
    Ok(conn)
}

fn create_parent(path: &Path) -> Result<(), StoreError> {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => {
            std::fs::create_dir_all(parent).map_err(|source| StoreError::Io {
                path: parent.to_path_buf(),
                source,
            })
        }
        _ => Ok(()),
    }
}

/// A missing or empty file becomes a new store; anything else must start with
/// SQLite's magic bytes.
fn check_header(path: &Path) -> Result<(), StoreError> {
    let io_error = |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    };
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(error) => return Err(io_error(error)),
    };
    let not_a_store = |reason: &str| StoreError::NotAStore {
        path: path.to_path_buf(),
        reason: reason.to_owned(),
    };
    if metadata.is_dir() {
        return Err(not_a_store("it is a folder"));
    }
    if metadata.len() == 0 {
        return Ok(());
    }
    let mut header = Vec::with_capacity(SQLITE_MAGIC.len());
    std::fs::File::open(path)
        .and_then(|file| {
            file.take(SQLITE_MAGIC.len() as u64)
                .read_to_end(&mut header)
        })
        .map_err(io_error)?;
    if header != SQLITE_MAGIC {
        return Err(not_a_store("file is not a database"));
    }
    Ok(())
}

/// `PRAGMA quick_check`: the b-trees and pages are sound (not the slow index check).
fn check_integrity(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let mut statement = conn.prepare("PRAGMA quick_check(5)").at(path)?;
    let rows = statement
        .query_map([], |row| row.get::<_, String>(0))
        .at(path)?;
    let findings = rows.collect::<Result<Vec<_>, _>>().at(path)?;
    if findings == ["ok"] {
        return Ok(());
    }
    let detail = findings.join("; ");
    Err(StoreError::Corrupt {
        path: path.to_path_buf(),
        detail,
    })
}

/// Refuses another program's SQLite file and a store from a newer kpitree.
fn check_ownership_and_version(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let pragma = |name: &str| conn.pragma_query_value(None, name, |row| row.get::<_, i64>(0));
    let application_id = pragma("application_id").at(path)?;
    let version = pragma("user_version").at(path)?;
    let tables: i64 = conn
        .query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
        .at(path)?;
    let not_a_store = |reason: String| StoreError::NotAStore {
        path: path.to_path_buf(),
        reason,
    };
    if application_id != 0 && application_id != APPLICATION_ID {
        return Err(not_a_store(format!(
            "it belongs to another program (application id {application_id:#x})"
        )));
    }
    if version > SCHEMA_VERSION {
        let path = path.to_path_buf();
        return Err(StoreError::TooNew {
            path,
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    if version < 0 || (version == 0 && tables > 0) {
        return Err(not_a_store(
            "it is an SQLite database of another program".into(),
        ));
    }
    Ok(())
}

fn configure(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
        .at(path)?;
    if !mode.eq_ignore_ascii_case("wal") {
        let detail = format!("SQLite could not switch it to WAL (journal mode {mode})");
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::other(detail),
        });
    }
    conn.pragma_update(None, "synchronous", "NORMAL").at(path)?;
    conn.pragma_update(None, "foreign_keys", "ON").at(path)
}

fn migration_error(path: &Path, error: rusqlite_migration::Error) -> StoreError {
    if let rusqlite_migration::Error::RusqliteError { err, .. } = &error {
        let busy = matches!(
            err.sqlite_error_code(),
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
        );
        if busy {
            return StoreError::Locked {
                path: path.to_path_buf(),
            };
        }
    }
    StoreError::Migration {
        path: path.to_path_buf(),
        source: error,
    }
}
