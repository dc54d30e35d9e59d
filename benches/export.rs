//! SVG export of a 1,000-node tree end to end, against Graphviz `dot -Tsvg` of the
//! same graph, in one run (the export issue's goal: ours at most half of dot's
//! time). Ours is the whole `kpitree export --format svg` process on a store that
//! already holds the tree (import excluded): open the store, load, measure the
//! faces, lay out, route, draw, embed the font subset, write. dot reads the same
//! nodes (same names, boxes) and drives links from a file.
//!
//! Median of 11 runs each, taken in rounds (ours, dot, then `kpitree --help`) so
//! that a build running next to the bench slows all three alike. `kpitree --help`
//! is the start-up of the process alone: what an export cannot go below. (The
//! command line links no WebKit: the window is the `kpitree-window` binary, which
//! `kpitree` hands over to only when no subcommand is given.)
//!
//! Run with `cargo bench --bench export` (needs `dot`, from Debian's graphviz).
//! With `KPITREE_BENCH_DIR=DIR` the store, the dot file and both SVGs are left in
//! DIR (created if needed), to profile the same export by hand.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

use kpitree_core::model::Tree;
use kpitree_core::sample;
use kpitree_core::store::Store;

const NODES: usize = 1_000;
const RUNS: usize = 11;

fn main() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let kept = std::env::var_os("KPITREE_BENCH_DIR").map(PathBuf::from);
    let dir = match &kept {
        Some(dir) => {
            std::fs::create_dir_all(dir).expect("the bench folder");
            // A store left by an earlier run would already hold the tree.
            for file in ["bench.db", "bench.db-wal", "bench.db-shm"] {
                let _ = std::fs::remove_file(dir.join(file));
            }
            dir.as_path()
        }
        None => folder.path(),
    };
    let tree = sample::synthetic("Bench 1000", NODES);
    let store = dir.join("bench.db");
    Store::open(&store)
        .and_then(|mut store| store.insert_tree(&tree))
        .expect("the tree in a store");
    let dot_file = dir.join("bench.dot");
    std::fs::write(&dot_file, to_dot(&tree)).expect("dot file");
    let out = dir.join("out.svg");

    let mut ours = Command::new(env!("CARGO_BIN_EXE_kpitree"));
    ours.args(["export", "--tree", "Bench 1000", "--format", "svg", "-o"])
        .arg(&out)
        .arg("--db")
        .arg(&store);
    let mut start_up = Command::new(env!("CARGO_BIN_EXE_kpitree"));
    start_up.arg("--help").stdout(std::process::Stdio::null());
    let has_dot = Command::new("dot").arg("-V").output().is_ok();
    let mut dot = Command::new("dot");
    dot.arg("-Tsvg")
        .arg(&dot_file)
        .arg("-o")
        .arg(dir.join("dot.svg"));

    let (mut ours_times, mut dot_times, mut start_up_times) = (vec![], vec![], vec![]);
    for _ in 0..RUNS {
        ours_times.push(time(&mut ours, "kpitree export"));
        if has_dot {
            dot_times.push(time(&mut dot, "dot"));
        }
        start_up_times.push(time(&mut start_up, "kpitree --help"));
    }
    let ours = median(ours_times);
    let start_up = median(start_up_times);
    let ours_bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);

    println!("SVG export of a {NODES}-node tree, median of {RUNS} runs, whole process:");
    println!(
        "  kpitree export --format svg: {:.0} ms ({} KB)",
        ms(ours),
        ours_bytes / 1024
    );
    if has_dot {
        let dot = median(dot_times);
        println!(
            "  dot -Tsvg:                   {:.0} ms (ours / dot = {:.2})",
            ms(dot),
            ours.as_secs_f64() / dot.as_secs_f64()
        );
    } else {
        println!("  dot -Tsvg: not installed, comparison skipped");
    }
    println!(
        "  kpitree --help (start-up):   {:.0} ms (export beyond start-up: {:.0} ms)",
        ms(start_up),
        ms(ours.saturating_sub(start_up))
    );
}

/// The wall time of one run of `command`, which must succeed.
fn time(command: &mut Command, what: &str) -> Duration {
    let start = Instant::now();
    let status = command.status().unwrap_or_else(|e| panic!("{what}: {e}"));
    let elapsed = start.elapsed();
    assert!(status.success(), "{what} failed");
    elapsed
}

/// The tree's nodes (boxes labelled with their names) and drives links in dot.
fn to_dot(tree: &Tree) -> String {
    let mut dot = String::from("digraph kpitree {\n  node [shape=box];\n");
    for node in &tree.nodes {
        let _ = writeln!(dot, "  {} [label=\"{}\"];", node.id, node.name);
    }
    for link in &tree.links {
        let _ = writeln!(dot, "  {} -> {} [dir=back];", link.to, link.from);
    }
    dot.push_str("}\n");
    dot
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
