//! The editor window: the Tauri shell over `kpitree-core` (thin commands, the
//! typed IPC bindings, the native menu). The `kpitree` command (SPEC 4) opens it
//! by handing over to the `kpitree-window` binary, which runs [`window_main`]; the
//! headless commands live in `kpitree-cli` and never load GTK or WebKit.
//!
//! Dependencies point one way: `ui → generated bindings → commands → core`.

mod bindings;
mod commands;
mod error;
mod state;
mod window;

pub use bindings::{specta_builder, typescript_bindings, BINDINGS_PATH, COMMAND_NAMES};
pub use error::{AppError, ErrorKind};

use std::path::PathBuf;
use std::process::ExitCode;

/// `kpitree-window [--db STORE] [--open FILE]`: opens the window on the store (the
/// default one without `--db`), showing the tree of FILE (imported the first
/// time), and runs it until it is closed; or hands FILE to the window already open
/// on that store and ends.
pub fn window_main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let mut store = None;
    let mut file = None;
    while let Some(arg) = args.next() {
        if arg == "--db" || arg == "--open" {
            let Some(path) = args.next() else {
                eprintln!("kpitree-window: {} needs a path", arg.to_string_lossy());
                return ExitCode::from(2);
            };
            match arg == "--db" {
                true => store = Some(PathBuf::from(path)),
                false => file = Some(PathBuf::from(path)),
            }
        } else {
            eprintln!(
                "kpitree-window: unexpected argument {arg:?}; start the window with `kpitree`"
            );
            return ExitCode::from(2);
        }
    }
    let store = match store.map_or_else(kpitree_core::store::default_store_path, Ok) {
        Ok(path) => path,
        Err(error) => {
            eprintln!("kpitree: {error}");
            return ExitCode::from(1);
        }
    };
    match window::open(store, file.as_deref()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("kpitree: the window could not start: {error}");
            ExitCode::from(1)
        }
    }
}
