//! What the window costs in memory as trees grow (issue 19): the proportional set
//! size (PSS, shared pages split among the processes that map them) of the window
//! process and of its WebKit child processes, 20 s after the window opened, for
//! the 16-node sample tree and for a generated 1,000-node tree (`sample::synthetic`,
//! laid out), in one run. Run with `cargo bench --profile dev --bench memory` (the
//! figures in BENCHMARKS.md say which build); it needs what `scripts/setup`
//! installs (Xvfb, tauri-driver, WebKitWebDriver).
//!
//! PSS is read from `/proc/PID/smaps_rollup`; the WebKit processes are the window
//! process's children (WebKitWebProcess, WebKitNetworkProcess).

// Shared with the end-to-end tests; the bench uses only part of it.
#[allow(dead_code, unused_imports)]
#[path = "../tests/e2e/harness.rs"]
mod harness;

use std::path::Path;
use std::time::Duration;

/// How long after opening the memory is read: the page has settled by then.
const SETTLE: Duration = Duration::from_secs(20);

#[tokio::main]
async fn main() {
    let folder = tempfile::tempdir().expect("a temporary folder");

    // The sample: a new store gets it on the window's first start.
    let sample = folder.path().join("sample.db");
    let app = harness::App::start(&sample).await;
    app.wait_until_shown("node-arr").await;
    let small = settled_pss(&sample).await;
    app.close().await;

    let big = folder.path().join("big.db");
    let id = harness::store_with_laid_out_tree(&big, "Memory bench (1,000 nodes)", 1_000);
    let app = harness::App::start(&big).await;
    app.wait_until_shown(&format!("tree-item-{id}")).await;
    app.wait_until_shown("node-n0").await;
    let large = settled_pss(&big).await;
    app.close().await;

    let mb = |kb: u64| kb as f64 / 1024.0;
    println!(
        "PSS 20 s after opening: sample (16 nodes) {:.0} MB (window {:.0}, WebKit {:.0}); \
         1,000 nodes {:.0} MB (window {:.0}, WebKit {:.0}); difference {:+.0} MB",
        mb(small.0 + small.1),
        mb(small.0),
        mb(small.1),
        mb(large.0 + large.1),
        mb(large.0),
        mb(large.1),
        mb(large.0 + large.1) - mb(small.0 + small.1),
    );
}

/// PSS in kB of the window on `store` and of its child processes together, after
/// [`SETTLE`].
async fn settled_pss(store: &Path) -> (u64, u64) {
    tokio::time::sleep(SETTLE).await;
    let window = *harness::window_pids(store)
        .first()
        .expect("the window's process");
    let children: u64 = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| parent_of(*pid) == Some(window))
        .filter_map(pss_kb)
        .sum();
    (pss_kb(window).unwrap_or(0), children)
}

/// The parent pid of `pid`, from `/proc/PID/stat`.
fn parent_of(pid: u32) -> Option<u32> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The fields after the command name (which may hold spaces) in parentheses.
    let rest = &text[text.rfind(')')? + 2..];
    rest.split_whitespace().nth(1)?.parse().ok()
}

/// The PSS of `pid` in kB, from `/proc/PID/smaps_rollup`.
fn pss_kb(pid: u32) -> Option<u64> {
    let text = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")).ok()?;
    text.lines()
        .find_map(|line| line.strip_prefix("Pss:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()
}
