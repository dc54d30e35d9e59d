//! Opening a store: every check that can refuse the file runs before anything is
//! written to it, so a refused file is left byte for byte as it was.
//!
//! Order: the header bytes (before SQLite touches the file), then SQLite's
//! `quick_check`, then whose file it is (`application_id`, foreign tables) and its
//! schema version (`user_version`, against [`SCHEMA_VERSION`]); only then the
//! pragmas (WAL, foreign keys, synchronous) and the migrations (`migrate`, under
//! the write lock).
//!
//! A store the user may not write (file permissions, a read-only mount) opens
//! read-only: SQLite opens such a file read-only by itself; when the WAL index
//! (`-shm`) can be neither found nor created beside it (a read-only folder or mount
//! after a clean close), the file is opened `immutable`, which reads it without the
//! WAL index. A read-only store must already be at [`SCHEMA_VERSION`].

use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::{Connection, ErrorCode, OpenFlags, MAIN_DB};

use super::error::{At, StoreError};
use super::migrate;
use super::schema::{APPLICATION_ID, SCHEMA_VERSION};

/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// How long a statement waits for another program's lock before giving up.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(2);

/// An open connection, and whether the store can be written through it.
pub(super) struct Opened {
    pub conn: Connection,
    pub read_only: bool,
}

/// Opens (creating if missing) and upgrades the store at `path`.
pub(super) fn open(path: &Path) -> Result<Opened, StoreError> {
    create_parent(path)?;
    check_header(path)?;
    let (mut conn, read_only) = connect(path)?;
    check_integrity(&conn, path)?;
    let version = check_ownership_and_version(&conn, path)?;
    if read_only {
        if version != SCHEMA_VERSION {
            return Err(StoreError::Migration {
                path: path.to_path_buf(),
                from: version,
                to: SCHEMA_VERSION,
                cause: "the file is read-only".into(),
            });
        }
        conn.pragma_update(None, "foreign_keys", "ON").at(path)?;
    } else {
        configure(&conn, path)?;
        migrate::to_latest(&mut conn, path, version, |conn| {
            check_ownership_and_version(conn, path)
        })?;
    }
    Ok(Opened { conn, read_only })
}

/// A read-write connection, or a read-only one when the user may not write the
/// file; the first read is tried here, so that a read-only WAL store without its
/// WAL index falls back to `immutable`.
fn connect(path: &Path) -> Result<(Connection, bool), StoreError> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).at(path)?;
    conn.busy_timeout(BUSY_TIMEOUT).at(path)?;
    let read_only = conn.is_readonly(MAIN_DB).at(path)?;
    let probe = first_read(&conn);
    if !read_only {
        probe.at(path)?;
        return Ok((conn, false));
    }
    if probe.is_ok() {
        return Ok((conn, true));
    }
    drop(conn);
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(immutable_uri(path), flags).at(path)?;
    first_read(&conn).at(path)?;
    Ok((conn, true))
}

fn first_read(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0))
}

/// `file:PATH?immutable=1`, with the characters a URI path may not hold escaped.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for character in path.to_string_lossy().chars() {
        match character {
            '%' | '?' | '#' => uri += &format!("%{:02X}", character as u32),
            other => uri.push(other),
        }
    }
    uri + "?immutable=1"
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

/// Refuses another program's SQLite file and a store from a newer kpitree; returns
/// the store's schema version.
fn check_ownership_and_version(conn: &Connection, path: &Path) -> Result<i64, StoreError> {
    // One statement, so one read transaction: another process's migration is seen
    // whole or not at all (version 0 with tables would look like a foreign file).
    let sql = "SELECT (SELECT application_id FROM pragma_application_id), \
               (SELECT user_version FROM pragma_user_version), \
               (SELECT count(*) FROM sqlite_schema)";
    let (application_id, version, tables): (i64, i64, i64) = conn
        .query_row(sql, [], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
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
    Ok(version)
}

fn configure(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let mode = switch_to_wal(conn).at(path)?;
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

/// `PRAGMA journal_mode = WAL`, tried again for up to [`BUSY_TIMEOUT`] while another
/// process holds the file: switching a new (rollback-journal) file needs an
/// exclusive lock, and SQLite answers SQLITE_BUSY at once there instead of calling
/// the busy handler. Once one process has switched it, the pragma only reads.
fn switch_to_wal(conn: &Connection) -> rusqlite::Result<String> {
    let deadline = Instant::now() + BUSY_TIMEOUT;
    loop {
        match conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)) {
            Err(error) if is_busy(&error) && Instant::now() < deadline => {
                std::thread::sleep(Duration::from_millis(5));
            }
            result => return result,
        }
    }
}

fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked)
    )
}
