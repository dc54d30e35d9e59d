//! SVG export of a 1,000-node tree end to end, against Graphviz `dot -Tsvg` of the
//! same graph, in one run (the export issue's goal: ours at most half of dot's
//! time). Ours is the whole `kpitree export --format svg` process on a store that
//! already holds the tree (import excluded): open the store, load, measure the
//! faces, lay out, route, draw, embed the font subset, write. dot reads the same
//! nodes (same names, boxes) and drives links from a file. Median of 5 runs each.
//! Run with `cargo bench --bench export` (needs `dot`, from Debian's graphviz).

use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use kpitree_core::model::Tree;
use kpitree_core::sample;
use kpitree_core::store::Store;

const NODES: usize = 1_000;
const RUNS: usize = 5;

fn main() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let tree = sample::synthetic("Bench 1000", NODES);
    let store = folder.path().join("bench.db");
    Store::open(&store)
        .and_then(|mut store| store.insert_tree(&tree))
        .expect("the tree in a store");
    let dot_file = folder.path().join("bench.dot");
    std::fs::write(&dot_file, to_dot(&tree)).expect("dot file");
    let out = folder.path().join("out.svg");

    let ours = median(RUNS, || {
        let status = Command::new(env!("CARGO_BIN_EXE_kpitree"))
            .args(["export", "--tree", "Bench 1000", "--format", "svg", "-o"])
            .arg(&out)
            .arg("--db")
            .arg(&store)
            .status()
            .expect("kpitree runs");
        assert!(status.success(), "kpitree export failed");
    });
    let ours_bytes = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    let dot = run_dot(&dot_file, &folder.path().join("dot.svg"));

    println!("SVG export of a {NODES}-node tree, median of {RUNS} runs, whole process:");
    println!(
        "  kpitree export --format svg: {:.0} ms ({} KB)",
        ms(ours),
        ours_bytes / 1024
    );
    match dot {
        Some(dot) => println!(
            "  dot -Tsvg:                   {:.0} ms (ours / dot = {:.2})",
            ms(dot),
            ours.as_secs_f64() / dot.as_secs_f64()
        ),
        None => println!("  dot -Tsvg: not installed, comparison skipped"),
    }
}

fn run_dot(input: &Path, output: &Path) -> Option<Duration> {
    Command::new("dot").arg("-V").output().ok()?;
    Some(median(RUNS, || {
        let status = Command::new("dot")
            .arg("-Tsvg")
            .arg(input)
            .arg("-o")
            .arg(output)
            .status()
            .expect("dot runs");
        assert!(status.success(), "dot failed");
    }))
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

fn median(runs: usize, mut run: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            run();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
