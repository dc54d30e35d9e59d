//! The kpitree binary: one program that is both the editor window and the command
//! line (SPEC 4). With no subcommand (or `open`) it starts the Tauri window; with
//! one it works headless on the store through `kpitree-core` and never touches GTK.
//!
//! Dependencies point one way: `ui → generated bindings → commands → core`.

mod bindings;
mod cli;
mod commands;
mod error;
mod state;
mod window;

pub use bindings::{specta_builder, typescript_bindings, BINDINGS_PATH};
pub use error::{AppError, ErrorKind};

/// Parses the command line and runs it; the exit code follows SPEC 4
/// (0 success, 1 invalid input, 2 usage error).
pub fn run() -> std::process::ExitCode {
    cli::main()
}
