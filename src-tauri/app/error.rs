//! The error the UI receives: `{kind, message}`. The UI branches on `kind` and shows
//! `message`; it never matches on message text.

use kpitree_core::edit::EditError;
use kpitree_core::interchange::InterchangeError;
use kpitree_core::layout::LayoutError;
use kpitree_core::store::StoreError;
use kpitree_core::workspace::WorkspaceError;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The tree, node or link asked for does not exist.
    NotFound,
    /// The input (a file, a field, an edit) breaks a rule; nothing was changed.
    InvalidInput,
    /// The store could not be read or written (corrupt, locked, too new, disk).
    Store,
    /// The change was refused because what it changes was changed elsewhere
    /// (another window, the command line); the window now holds the store's state.
    Conflict,
    /// A bug: something that should not happen did.
    Internal,
}

#[derive(Debug, Clone, Serialize, specta::Type, thiserror::Error)]
#[error("{message}")]
pub struct AppError {
    pub kind: ErrorKind,
    pub message: String,
}

impl AppError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        AppError {
            kind,
            message: message.into(),
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        let kind = match error {
            StoreError::NotFound { .. } | StoreError::NoSnapshot { .. } => ErrorKind::NotFound,
            StoreError::SnapshotNameTaken { .. } => ErrorKind::InvalidInput,
            StoreError::Ambiguous { .. } => ErrorKind::InvalidInput,
            StoreError::Conflict { .. } => ErrorKind::Conflict,
            _ => ErrorKind::Store,
        };
        AppError::new(kind, error.to_string())
    }
}

impl From<InterchangeError> for AppError {
    fn from(error: InterchangeError) -> Self {
        AppError::new(ErrorKind::InvalidInput, error.to_string())
    }
}

impl From<EditError> for AppError {
    fn from(error: EditError) -> Self {
        let kind = match error {
            EditError::UnknownNode { .. } | EditError::UnknownLink { .. } => ErrorKind::NotFound,
            _ => ErrorKind::InvalidInput,
        };
        AppError::new(kind, error.to_string())
    }
}

impl From<WorkspaceError> for AppError {
    fn from(error: WorkspaceError) -> Self {
        let kind = match error {
            WorkspaceError::Edit(error) => return error.into(),
            WorkspaceError::Store(error) => return error.into(),
            WorkspaceError::Interchange(_)
            | WorkspaceError::Io { .. }
            | WorkspaceError::Invalid(_)
            | WorkspaceError::Outline(_)
            | WorkspaceError::Merge(_) => ErrorKind::InvalidInput,
            WorkspaceError::NotFound(_) => ErrorKind::NotFound,
            WorkspaceError::Layout(_) | WorkspaceError::Export(_) => ErrorKind::Internal,
        };
        AppError::new(kind, error.to_string())
    }
}

impl From<LayoutError> for AppError {
    fn from(error: LayoutError) -> Self {
        WorkspaceError::from(error).into()
    }
}
