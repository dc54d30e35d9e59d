//! Cold start of the window to the first painted tree: from asking tauri-driver for
//! a session (which launches a new kpitree process on a new store) until the North
//! Star of the sample tree is on the canvas. Run with `cargo bench --bench startup`;
//! it needs what `scripts/setup` installs (Xvfb, tauri-driver, WebKitWebDriver).

// Shared with the end-to-end tests; the bench uses only part of it (and of what
// it re-exports).
#[allow(dead_code, unused_imports)]
#[path = "../tests/e2e/harness.rs"]
mod harness;

use std::time::Duration;

const RUNS: usize = 10;

#[tokio::main]
async fn main() {
    let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
    for run in 0..RUNS {
        let folder = tempfile::tempdir().expect("a temporary folder");
        let app = harness::App::start(&folder.path().join("bench.db")).await;
        app.wait_until_shown("node-arr").await;
        let elapsed = app.launched_at.elapsed();
        app.close().await;
        println!("run {run}: {:.0} ms", elapsed.as_secs_f64() * 1000.0);
        times.push(elapsed);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "cold start to first painted tree ({RUNS} runs): median {:.0} ms, min {:.0} ms, max {:.0} ms",
        ms(times[RUNS / 2]),
        ms(times[0]),
        ms(times[RUNS - 1])
    );
}
