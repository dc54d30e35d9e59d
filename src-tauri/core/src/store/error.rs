//! Everything that can go wrong with a store. Every message names the store file
//! (except a conflict, which names the node and tree the user is looking at), and
//! [`StoreError::kind`] gives the UI a stable code to branch on.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use crate::edit::EditError;
use crate::model::TreeId;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{} is not a kpitree store: {reason}", path.display())]
    NotAStore { path: PathBuf, reason: String },
    #[error("{} is corrupt: {detail}", path.display())]
    Corrupt { path: PathBuf, detail: String },
    #[error(
        "{} was written by a newer kpitree (schema {found}; this build knows up to {known}): update kpitree",
        path.display()
    )]
    TooNew {
        path: PathBuf,
        found: i64,
        known: i64,
    },
    #[error("{} is locked by another program (waited 2 s); close it and try again", path.display())]
    Locked { path: PathBuf },
    #[error("{} has no tree {what}; {}", path.display(), available_text(available))]
    NotFound {
        path: PathBuf,
        what: String,
        available: Vec<String>,
    },
    #[error("{} has no snapshot {what}; {}", path.display(), snapshots_text(available))]
    NoSnapshot {
        path: PathBuf,
        what: String,
        available: Vec<String>,
    },
    #[error("{}: tree \"{tree}\" has a snapshot named \"{name}\" already; choose another name", path.display())]
    SnapshotNameTaken {
        path: PathBuf,
        tree: String,
        name: String,
    },
    #[error(
        "{}: several trees are named \"{name}\" (ids {}); choose one by id",
        path.display(), ids_text(ids)
    )]
    Ambiguous {
        path: PathBuf,
        name: String,
        ids: Vec<TreeId>,
    },
    #[error("{}: the change does not fit tree {tree} as stored: {reason}", path.display())]
    Mismatch {
        path: PathBuf,
        tree: TreeId,
        reason: String,
    },
    /// A change made for rows that another window or the command line changed
    /// since they were read; nothing was written.
    #[error(
        "{what} in tree \"{tree_name}\" was {change} elsewhere (another window or the \
         command line); your change was not saved"
    )]
    Conflict {
        path: PathBuf,
        tree: TreeId,
        tree_name: String,
        /// The node by its name (`"ARR"`), a link by its ends' names, or a tree field.
        what: String,
        change: Elsewhere,
    },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("there is no per-user data folder on this system; set KPITREE_DB to the store's path")]
    NoDataDir,
    #[error(transparent)]
    Invalid(#[from] EditError),
    #[error("{}: {source}", path.display())]
    Sqlite {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error(
        "could not bring {} from schema version {from} to {to}: {cause}",
        path.display()
    )]
    Migration {
        path: PathBuf,
        from: i64,
        to: i64,
        cause: String,
    },
    #[error("{} is read-only: you may look but not change it", path.display())]
    ReadOnly { path: PathBuf },
    #[error("the disk holding {} is full; nothing was saved", path.display())]
    DiskFull { path: PathBuf },
    /// A write the operating system refused without saying the disk is full: a file
    /// size limit (EFBIG) or a failing disk (EIO) look the same to SQLite.
    #[error(
        "{} could not be written (the disk refused the write: a size limit, or a failing disk); nothing was saved",
        path.display()
    )]
    WriteFailed { path: PathBuf },
}

impl StoreError {
    /// A stable snake_case code for the UI and the command line.
    pub fn kind(&self) -> &'static str {
        match self {
            StoreError::NotAStore { .. } => "not_a_store",
            StoreError::Corrupt { .. } => "corrupt",
            StoreError::TooNew { .. } => "too_new",
            StoreError::Locked { .. } => "locked",
            StoreError::NotFound { .. } => "not_found",
            StoreError::Ambiguous { .. } => "ambiguous",
            StoreError::NoSnapshot { .. } => "not_found",
            StoreError::SnapshotNameTaken { .. } => "name_taken",
            StoreError::Mismatch { .. } => "mismatch",
            StoreError::Conflict { .. } => "conflict",
            StoreError::Io { .. } => "io",
            StoreError::NoDataDir => "no_data_dir",
            StoreError::Invalid(_) => "invalid",
            StoreError::Sqlite { .. } => "sqlite",
            StoreError::Migration { .. } => "migration",
            StoreError::ReadOnly { .. } => "read_only",
            StoreError::DiskFull { .. } => "disk_full",
            StoreError::WriteFailed { .. } => "write_failed",
        }
    }

    /// Classifies an SQLite error: busy and locked become [`StoreError::Locked`],
    /// damage becomes [`StoreError::Corrupt`], a write refused by the file system
    /// [`StoreError::ReadOnly`], a full disk [`StoreError::DiskFull`], another
    /// failed write [`StoreError::WriteFailed`].
    pub(crate) fn sqlite(path: &Path, source: rusqlite::Error) -> StoreError {
        let path = path.to_path_buf();
        match source.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
                StoreError::Locked { path }
            }
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => StoreError::Corrupt {
                path,
                detail: source.to_string(),
            },
            Some(ErrorCode::ReadOnly) => StoreError::ReadOnly { path },
            Some(ErrorCode::DiskFull) => StoreError::DiskFull { path },
            _ if is_write_error(&source) => StoreError::WriteFailed { path },
            _ => StoreError::Sqlite { path, source },
        }
    }
}

/// SQLITE_IOERR_WRITE: `write()` failed with something else than ENOSPC.
fn is_write_error(error: &rusqlite::Error) -> bool {
    matches!(
        error,
        rusqlite::Error::SqliteFailure(failure, _)
            if failure.extended_code == rusqlite::ffi::SQLITE_IOERR_WRITE
    )
}

/// What happened elsewhere to the rows a refused change was made for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Elsewhere {
    Added,
    Changed,
    Removed,
}

impl std::fmt::Display for Elsewhere {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Elsewhere::Added => "added",
            Elsewhere::Changed => "changed",
            Elsewhere::Removed => "removed",
        })
    }
}

/// Attaches the store's path to SQLite errors: `conn.execute(..).at(path)?`.
pub(crate) trait At<T> {
    fn at(self, path: &Path) -> Result<T, StoreError>;
}

impl<T> At<T> for Result<T, rusqlite::Error> {
    fn at(self, path: &Path) -> Result<T, StoreError> {
        self.map_err(|source| StoreError::sqlite(path, source))
    }
}

/// How many tree names a not-found message lists before "and N more".
const NAMES_SHOWN: usize = 10;

fn snapshots_text(names: &[String]) -> String {
    match names.is_empty() {
        true => "the tree has no snapshots".to_owned(),
        false => format!("its snapshots are: {}", names.join(", ")),
    }
}

fn available_text(names: &[String]) -> String {
    if names.is_empty() {
        return "the store has no trees".to_owned();
    }
    let shown = names
        .iter()
        .take(NAMES_SHOWN)
        .map(|name| format!("\"{name}\""));
    let mut text = format!("the trees are: {}", shown.collect::<Vec<_>>().join(", "));
    if names.len() > NAMES_SHOWN {
        text += &format!(" and {} more", names.len() - NAMES_SHOWN);
    }
    text
}

fn ids_text(ids: &[TreeId]) -> String {
    let ids: Vec<String> = ids.iter().map(TreeId::to_string).collect();
    ids.join(", ")
}
