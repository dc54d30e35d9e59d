//! Why a workspace operation failed. The window turns it into `{kind, message}`,
//! the command line into a message and an exit code; the messages are the same.

use crate::drawing::OutlineError;
use crate::edit::EditError;
use crate::export::ExportError;
use crate::interchange::InterchangeError;
use crate::layout::LayoutError;
use crate::merge::MergeError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error(transparent)]
    Store(#[from] StoreError),
    /// A file that is not a valid tree; names the file and every problem in it.
    #[error(transparent)]
    Interchange(#[from] InterchangeError),
    /// An edit that breaks a rule, or a diff that does not fit.
    #[error(transparent)]
    Edit(#[from] EditError),
    #[error(transparent)]
    Layout(#[from] LayoutError),
    #[error("the export failed: {0}")]
    Export(#[from] ExportError),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// A request that breaks a rule (e.g. a viewport with a zero zoom).
    #[error("{0}")]
    Invalid(String),
    /// Pasted text that is no outline; names the line.
    #[error(transparent)]
    Outline(#[from] OutlineError),
    /// A merge that cannot be made (an unknown source, an invalid result).
    #[error(transparent)]
    Merge(#[from] MergeError),
    /// A node asked for is not in the tree.
    #[error("{0}")]
    NotFound(String),
}

impl WorkspaceError {
    pub fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        WorkspaceError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}
