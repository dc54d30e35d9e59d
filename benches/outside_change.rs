//! How soon a change made beside the window shows in it, and what the window costs
//! while nothing changes (SPEC 7, issue 15). Run with
//! `cargo bench --bench outside_change`; it needs what `scripts/setup` installs.
//!
//! Delay: another connection (this process, as the command line would) commits a
//! rename of a node of the open tree; the page records `Date.now()` when the card
//! shows the new name (a MutationObserver, so WebDriver's polling adds nothing).
//! Both clocks are this machine's. Twenty runs, median.
//!
//! Idle: CPU time of the window process (all its threads) and of its WebKit
//! processes over 30 s with nothing changing, and of the watcher thread alone.

#[allow(dead_code, unused_imports)]
#[path = "../tests/e2e/harness.rs"]
mod harness;

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use kpitree_core::edit::{Document, Edit};
use kpitree_core::model::NodeId;
use kpitree_core::store::Store;
use kpitree_core::workspace::editing;
use serde_json::json;

const RUNS: usize = 20;
const IDLE: Duration = Duration::from_secs(30);

fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs_f64() * 1000.0)
        .unwrap_or_default()
}

#[tokio::main]
async fn main() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let path = folder.path().join("bench.db");
    let tree = harness::store_with_laid_out_tree(&path, "Zira", 12);
    let app = harness::App::start(&path).await;
    app.wait_until_shown("node-n1").await;

    let mut store = Store::open(&path).expect("the store beside the window");
    let mut document = Document::new(store.load_tree(tree).expect("the tree"));
    let mut delays = Vec::with_capacity(RUNS);
    for run in 0..RUNS {
        let name = format!("Renamed {run}");
        app.client
            .execute(WATCH_FOR_NAME, vec![json!(name)])
            .await
            .expect("the observer is set");
        let id = NodeId::new("n1").expect("an id");
        let mut node = document.tree().node(&id).expect("n1").clone();
        node.name = name.clone();
        let committed = now_ms();
        editing::perform(&mut store, tree, &mut document, &Edit::UpdateNode { node })
            .expect("the rename is saved");
        let seen = loop {
            let seen = app
                .client
                .execute("return window.__ktSeen ?? null;", vec![])
                .await
                .expect("the page answers");
            if let Some(seen) = seen.as_f64() {
                break seen;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        let delay = seen - committed;
        println!("run {run}: {delay:.0} ms");
        delays.push(delay);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    delays.sort_by(f64::total_cmp);
    println!(
        "outside change to the card showing it ({RUNS} runs): median {:.0} ms, min {:.0} ms, max {:.0} ms",
        delays[RUNS / 2],
        delays[0],
        delays[RUNS - 1]
    );

    let window = window_pid(&path).expect("the window process");
    let before = Ticks::of(window);
    tokio::time::sleep(IDLE).await;
    let after = Ticks::of(window);
    let per_second = ticks_per_second();
    let percent = |ticks: u64| ticks as f64 / per_second / IDLE.as_secs_f64() * 100.0;
    println!(
        "idle for {} s: window process {:.2} % of a core (its store-watch thread {:.2} %), its WebKit processes {:.2} %",
        IDLE.as_secs(),
        percent(after.window - before.window),
        percent(after.watcher - before.watcher),
        percent(after.webkit - before.webkit),
    );
    app.close().await;
}

/// Records in `window.__ktSeen` when node n1's card first shows `arguments[0]`.
const WATCH_FOR_NAME: &str = r#"
const name = arguments[0];
window.__ktSeen = null;
const card = () => document.querySelector('[data-testid="node-n1"]');
const check = () => {
  const el = card();
  if (window.__ktSeen === null && el !== null && el.textContent.includes(name)) {
    window.__ktSeen = Date.now();
    observer.disconnect();
  }
};
const observer = new MutationObserver(check);
observer.observe(document.body, { subtree: true, childList: true, characterData: true });
"#;

/// The window's process: the one whose command line names the store.
fn window_pid(store: &Path) -> Option<u32> {
    let wanted = store.to_string_lossy().into_owned();
    std::fs::read_dir("/proc")
        .ok()?
        .flatten()
        .find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
            let cmdline = String::from_utf8_lossy(&cmdline);
            (cmdline.contains("kpitree") && cmdline.contains(&wanted)).then_some(pid)
        })
}

/// CPU ticks (user + system) so far.
struct Ticks {
    window: u64,
    watcher: u64,
    webkit: u64,
}

impl Ticks {
    fn of(window: u32) -> Ticks {
        let watcher = std::fs::read_dir(format!("/proc/{window}/task"))
            .into_iter()
            .flatten()
            .flatten()
            .filter(|task| {
                std::fs::read_to_string(task.path().join("comm"))
                    .is_ok_and(|name| name.trim() == "store-watch")
            })
            .filter_map(|task| stat_ticks(&task.path().join("stat")).map(|(t, _)| t))
            .sum();
        let webkit = std::fs::read_dir("/proc")
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| {
                let (ticks, parent) = stat_ticks(&entry.path().join("stat"))?;
                (parent == window).then_some(ticks)
            })
            .sum();
        Ticks {
            window: stat_ticks(Path::new(&format!("/proc/{window}/stat"))).map_or(0, |(t, _)| t),
            watcher,
            webkit,
        }
    }
}

/// utime + stime and the parent pid from a `/proc/…/stat` file.
fn stat_ticks(path: &Path) -> Option<(u64, u32)> {
    let text = std::fs::read_to_string(path).ok()?;
    // Fields after the command name (which may hold spaces) in parentheses.
    let rest = &text[text.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let parent = fields.get(1)?.parse().ok()?;
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some((utime + stime, parent))
}

fn ticks_per_second() -> f64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8_lossy(&out.stdout).trim().parse().ok())
        .unwrap_or(100.0)
}
