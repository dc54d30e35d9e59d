//! Why a command failed, and the exit code each reason gives (SPEC 4).

use kpitree_core::interchange::InterchangeError;
use kpitree_core::store::StoreError;
use kpitree_core::workspace::WorkspaceError;

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The input is invalid: the message names the file, node or link.
    #[error("{0}")]
    Invalid(String),
    /// A file could not be read or written.
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Interchange(#[from] InterchangeError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The command line asks for something this build cannot do.
    #[error("{0}")]
    Usage(String),
    #[error("the window could not start: {0}")]
    Window(String),
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => 2,
            _ => 1,
        }
    }

    pub fn io(path: &std::path::Path, source: std::io::Error) -> Self {
        CliError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

impl From<WorkspaceError> for CliError {
    fn from(error: WorkspaceError) -> Self {
        match error {
            WorkspaceError::Store(error) => CliError::Store(error),
            WorkspaceError::Interchange(error) => CliError::Interchange(error),
            WorkspaceError::Io { path, source } => CliError::Io { path, source },
            other => CliError::Invalid(other.to_string()),
        }
    }
}
