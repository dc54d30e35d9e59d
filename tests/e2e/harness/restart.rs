//! The WebDriver session that starts the app, killing the window as a crash would
//! (SIGKILL: no chance to finish anything), and opening it again on the same display
//! and tauri-driver: a new session starts a new app process and saves the time Xvfb
//! and the driver take to start.
//!
//! The window is found by its command line: `kpitree` replaces itself with
//! `kpitree-window --db STORE` (same process id), so a process whose program is
//! `kpitree-window` and whose arguments name the store is a window on that store.

use std::path::Path;
use std::process::Command;
use std::time::Instant;

use fantoccini::{Client, ClientBuilder};
use serde_json::json;

use super::App;

/// A WebDriver session on tauri-driver at `port`, which starts the app on `store`;
/// the client and when the session was asked for.
pub(super) async fn session(port: u16, store: &Path) -> (Client, Instant) {
    session_opening(port, store, None).await
}

/// The app that tests start: the `kpitree` this build made, or the one named by
/// `$KPITREE_E2E_APP` (scripts/test-package points it at the installed
/// /usr/bin/kpitree).
pub fn app_binary() -> String {
    std::env::var("KPITREE_E2E_APP").unwrap_or_else(|_| env!("CARGO_BIN_EXE_kpitree").to_owned())
}

/// As [`session`], with `kpitree open FILE` when given a file.
pub(super) async fn session_opening(
    port: u16,
    store: &Path,
    file: Option<&Path>,
) -> (Client, Instant) {
    let mut args = vec!["--db".to_owned(), store.display().to_string()];
    if let Some(file) = file {
        args.extend(["open".to_owned(), file.display().to_string()]);
    }
    let capabilities = json!({
        "browserName": "wry",
        "tauri:options": {
            "application": app_binary(),
            "args": args,
        }
    });
    let serde_json::Value::Object(capabilities) = capabilities else {
        unreachable!("a json object")
    };
    let launched_at = Instant::now();
    let client = ClientBuilder::native()
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .expect("a WebDriver session on the app");
    (client, launched_at)
}

/// The process ids of the windows open on `store`, from the command lines in /proc.
pub fn window_pids(store: &Path) -> Vec<u32> {
    let store = store.display().to_string();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            // A process may end while it is read: no command line, not a window.
            let Ok(line) = std::fs::read(format!("/proc/{pid}/cmdline")) else {
                return false;
            };
            let mut args = line.split(|&b| b == 0).map(String::from_utf8_lossy);
            let program = args.next().unwrap_or_default();
            program.ends_with("kpitree-window") && args.any(|arg| arg == store)
        })
        .collect()
}

/// Kills every window open on `store` with SIGKILL; how many it found.
pub fn kill_window(store: &Path) -> usize {
    let pids = window_pids(store);
    for pid in &pids {
        let status = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "kill -KILL {pid} failed");
    }
    pids.len()
}

impl App {
    /// Opens the app again on `store` in a new WebDriver session on the same driver
    /// and display, once its window has gone (killed, or closed).
    pub async fn relaunch(self, store: &Path) -> App {
        let App {
            client,
            display,
            port,
            _driver,
            _display,
            _turn,
            ..
        } = self;
        // Ending the old session frees WebKitWebDriver for the next; with its window
        // killed the answer may be an error, which says only that.
        let _ = client.close().await;
        let (client, launched_at) = session(port, store).await;
        App {
            client,
            display,
            launched_at,
            port,
            _driver,
            _display,
            _turn,
        }
    }
}
