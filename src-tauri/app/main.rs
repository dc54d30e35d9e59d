//! `kpitree`: the command line of SPEC 4, and the way into the window. With a
//! subcommand it works headless through `kpitree-cli` (no GTK or WebKit is even
//! loaded, so it starts at once); with none, or `open [FILE]`, it becomes the
//! window program `kpitree-window` that sits beside it, on the same store (which
//! hands FILE to a window already open there, and ends).

use std::path::PathBuf;
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    kpitree_cli::main(open_window)
}

/// Replaces this process with `kpitree-window --db STORE [--open FILE]` (same process id,
/// environment and terminal, so a WebDriver that started `kpitree` is attached to
/// the window); where processes cannot be replaced, runs it and waits.
fn open_window(store: PathBuf, file: Option<PathBuf>) -> Result<(), String> {
    let here = std::env::current_exe().map_err(|error| format!("cannot find kpitree: {error}"))?;
    let window = here.with_file_name(format!("kpitree-window{}", std::env::consts::EXE_SUFFIX));
    if !window.exists() {
        return Err(format!(
            "{} is missing: it is installed beside kpitree",
            window.display()
        ));
    }
    let mut command = Command::new(&window);
    command.arg("--db").arg(&store);
    if let Some(file) = file {
        command.arg("--open").arg(file);
    }
    run(command).map_err(|error| format!("{}: {error}", window.display()))
}

#[cfg(unix)]
fn run(mut command: Command) -> Result<(), String> {
    use std::os::unix::process::CommandExt;
    // `exec` returns only when it failed.
    Err(command.exec().to_string())
}

#[cfg(not(unix))]
fn run(mut command: Command) -> Result<(), String> {
    let status = command.status().map_err(|error| error.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("it ended with {status}"))
    }
}
