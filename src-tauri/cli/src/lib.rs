//! The command line of SPEC 4. Each subcommand lives in a file of its own and returns
//! `Result<(), CliError>`; `main` turns the error into a message on stderr and the
//! exit code (1 invalid input, 2 usage error).
//!
//! This crate has no Tauri, GTK or WebKit in it, on purpose: a headless command
//! starts in a few milliseconds instead of paying for loading the window's hundred
//! and seventy shared libraries (see BENCHMARKS.md, SVG export). The window is the
//! binary's business: [`main`] is handed what opens it.

mod args;
mod check;
mod diff;
mod error;
mod explain;
mod export;
mod fresh;
mod import;
mod list;
mod merge;
mod snapshot;
mod values;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use kpitree_core::store::{default_store_path, Store};

use args::{Args, Command};
pub use error::CliError;
use fresh::Fresh;

/// What opens the window: given the store's path and the file to open, if any.
pub trait OpenWindow: FnOnce(PathBuf, Option<PathBuf>) -> Result<(), String> {}
impl<F: FnOnce(PathBuf, Option<PathBuf>) -> Result<(), String>> OpenWindow for F {}

/// Runs the command line; with no subcommand (or `open [FILE]`), `open_window` with
/// the store's path and the file.
pub fn main(open_window: impl OpenWindow) -> ExitCode {
    let args = match Args::try_parse() {
        Ok(args) => args,
        // clap prints help and version to stdout (exit 0) and usage errors to
        // stderr (exit 2), as SPEC 4 wants.
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.use_stderr() { 2 } else { 0 });
        }
    };
    // What a failed command must not leave behind (not for the window, whose
    // store is its own business).
    let fresh = match args.command {
        None | Some(Command::Open { .. }) => None,
        Some(_) => store_path(args.db.clone())
            .ok()
            .map(|path| Fresh::note(&path)),
    };
    match dispatch(args, open_window) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            if let Some(fresh) = fresh {
                fresh.undo();
            }
            eprintln!("kpitree: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

fn dispatch(args: Args, open_window: impl OpenWindow) -> Result<(), CliError> {
    let db = args.db;
    match args.command {
        None => open_window(store_path(db)?, None).map_err(CliError::Window),
        Some(Command::Open { file }) => {
            open_window(store_path(db)?, file).map_err(CliError::Window)
        }
        Some(Command::Import { file }) => import::run(|| create_store(db), &file),
        Some(Command::Export(options)) => export::run(&open_store(db)?, &options),
        Some(Command::Check {
            file,
            tree,
            leverage,
        }) => check::run(db, file, tree, leverage),
        Some(Command::List { snapshots, tree }) => match snapshots {
            true => snapshot::list(&open_store(db)?, tree.as_deref()),
            false => list::run(&open_store(db)?),
        },
        Some(Command::Snapshot { tree, name }) => snapshot::run(open_store(db)?, &tree, &name),
        Some(Command::Diff {
            left,
            right,
            format,
        }) => diff::run(existing_store(db)?.as_ref(), &left, &right, format),
        Some(Command::Merge(options)) => {
            let existing = existing_store(db.clone())?;
            merge::run(existing, || create_store(db), &options)
        }
        Some(Command::Values(command)) => values::run(open_store(db)?, &command),
        Some(Command::Explain(options)) => explain::run(&open_store(db)?, &options),
    }
}

fn store_path(db: Option<PathBuf>) -> Result<PathBuf, CliError> {
    match db {
        Some(path) => Ok(path),
        None => Ok(default_store_path()?),
    }
}

/// Opens the store, creating it if it does not exist yet (for `import`).
fn create_store(db: Option<PathBuf>) -> Result<Store, CliError> {
    Ok(Store::open(&store_path(db)?)?)
}

/// The store when its file exists (a command that may work on files alone).
fn existing_store(db: Option<PathBuf>) -> Result<Option<Store>, CliError> {
    let path = store_path(db)?;
    match path.exists() {
        true => Ok(Some(Store::open(&path)?)),
        false => Ok(None),
    }
}

/// Opens an existing store. Commands that only read refuse a missing file rather
/// than create an empty store at a mistyped path.
fn open_store(db: Option<PathBuf>) -> Result<Store, CliError> {
    let path = store_path(db)?;
    if !path.exists() {
        return Err(CliError::Invalid(format!(
            "{}: no store here; `kpitree import FILE.json --db {}` creates one",
            path.display(),
            path.display()
        )));
    }
    Ok(Store::open(&path)?)
}
