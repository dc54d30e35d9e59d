//! Layout benchmarks, and the same graphs laid out by Graphviz `dot` in the same run.
//!
//! `cargo bench -p kpitree-core --bench layout` runs both parts:
//! 1. criterion: the whole [`layout`] call (ranks, placement, pinned nodes, every
//!    route) on KPI-like pure trees of 200, 1,000 and 5,000 nodes and DAGs of 200
//!    and 1,000 nodes (10% of the nodes drive a second parent), with each engine
//!    that applies (compact aiming at 1280 × 800), and the tidy and compact
//!    layouts of the generated trees of 300 and 1,000 nodes
//!    (`sample::generated::synthetic`); card sizes are measured once, before
//!    timing;
//! 2. the comparison: each graph written in dot format (same box sizes and gaps)
//!    and timed with `dot -Tplain` (the process, median of 3), our layout timed
//!    on the same graph (median of 5), and the crossings between `drives` links
//!    counted on both drawings the same way (curves sampled, pairs of links with
//!    no node in common). Skipped, with a note, when `dot` is not installed.
//!
//! `cargo bench -p kpitree-core --bench layout -- --dot-only` runs part 2 only.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use criterion::Criterion;
use kpitree_core::layout::{
    drives_crossings, layout, measure_faces, overlapping_boxes, routes_through_boxes, Aspect,
    LayoutDirection, LayoutEngine, LayoutOptions, NodeFace, Route, RANK_GAP_TOP_DOWN, SIBLING_GAP,
};
use kpitree_core::model::{Link, LinkKey, LinkKind, Node, NodeId, NodeKind, Position, Tree};
use kpitree_core::sample::generated::{
    four_ary_depths, four_ary_parent, kind_at_depth, node_id, synthetic, Lcg,
};

const WORDS: &[&str] = &[
    "Weekly",
    "active",
    "teams",
    "revenue",
    "per",
    "seat",
    "activation",
    "rate",
    "churned",
    "customers",
    "checkout",
    "errors",
    "onboarding",
    "completion",
    "time",
    "to",
    "first",
    "value",
    "net",
    "new",
];

/// `size` nodes: node 0 is the North Star, node i drives node (i - 1) / 4, names of
/// one to three lines, values and targets on metrics, an `impacts` link from every
/// fifth initiative. With `dag`, one node in ten also drives a second node: a node
/// of its first parent's rank (7 in 10) or of any rank above.
fn kpi_tree(size: usize, dag: bool) -> Tree {
    let mut tree = Tree::new(format!("Generated {size}"));
    let mut random = Lcg(size as u64 * 7 + dag as u64);
    let depth = four_ary_depths(size);
    let mut by_depth: Vec<Vec<usize>> = Vec::new();
    for i in 0..size {
        let parent = four_ary_parent(i);
        let kind = kind_at_depth(depth[i]);
        let words = 2 + random.next(8);
        let name: Vec<&str> = (0..words)
            .map(|_| WORDS[random.next(WORDS.len())])
            .collect();
        let mut node = Node::new(node_id(i), kind, name.join(" "));
        if kind.is_metric() && random.next(2) == 0 {
            node.target = Some(100.0);
        }
        tree.nodes.push(node);
        if by_depth.len() <= depth[i] {
            by_depth.push(Vec::new());
        }
        by_depth[depth[i]].push(i);
        if i == 0 {
            continue;
        }
        tree.links
            .push(Link::new(LinkKind::Drives, node_id(i), node_id(parent)));
        if dag && random.next(10) == 0 {
            let level = if random.next(10) < 7 {
                depth[parent]
            } else {
                random.next(depth[i])
            };
            let candidates = &by_depth[level];
            let other = candidates[random.next(candidates.len())];
            if other != parent && other != i {
                tree.links
                    .push(Link::new(LinkKind::Drives, node_id(i), node_id(other)));
            }
        }
        if kind == NodeKind::Initiative && i % 5 == 0 {
            tree.links
                .push(Link::new(LinkKind::Impacts, node_id(i), node_id(1 + i % 4)));
        }
    }
    tree
}

struct Case {
    label: &'static str,
    size: usize,
    dag: bool,
}

const CASES: &[Case] = &[
    Case {
        label: "tree",
        size: 200,
        dag: false,
    },
    Case {
        label: "tree",
        size: 1_000,
        dag: false,
    },
    Case {
        label: "tree",
        size: 5_000,
        dag: false,
    },
    Case {
        label: "dag",
        size: 200,
        dag: true,
    },
    Case {
        label: "dag",
        size: 1_000,
        dag: true,
    },
];

fn engines(case: &Case) -> Vec<LayoutEngine> {
    if case.dag {
        vec![LayoutEngine::Layered, LayoutEngine::Compact]
    } else if case.size > 1_000 {
        vec![LayoutEngine::Tidy]
    } else {
        vec![
            LayoutEngine::Tidy,
            LayoutEngine::Layered,
            LayoutEngine::Compact,
        ]
    }
}

/// The compact engine aims at a 1280 × 800 screen; the others ignore it.
fn options(engine: LayoutEngine) -> LayoutOptions {
    LayoutOptions {
        direction: LayoutDirection::TopDown,
        engine,
        aspect: Some(Aspect::SCREEN),
    }
}

fn criterion_part() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = c.benchmark_group("layout");
    group.sample_size(10);
    for case in CASES {
        let tree = kpi_tree(case.size, case.dag);
        let faces = measure_faces(&tree);
        for engine in engines(case) {
            let name = format!("{}_{}/{engine:?}", case.label, case.size);
            group.bench_function(name, |b| b.iter(|| layout(&tree, &faces, &options(engine))));
        }
    }
    // The generated trees of the screenshots and the end-to-end tests.
    for size in [300, 1_000] {
        let tree = synthetic(&format!("Generated {size}"), size);
        let faces = measure_faces(&tree);
        for engine in [LayoutEngine::Tidy, LayoutEngine::Compact] {
            let name = format!("generated_{size}/{engine:?}");
            group.bench_function(name, |b| b.iter(|| layout(&tree, &faces, &options(engine))));
        }
    }
    group.finish();
    let tree = kpi_tree(1_000, false);
    c.bench_function("measure_faces/1000", |b| b.iter(|| measure_faces(&tree)));
    c.final_summary();
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

/// The graph in dot: fixed boxes of the same sizes (points = px), the same gaps,
/// `drives` links parent → child in link order, cross-links without constraint.
fn to_dot(tree: &Tree, faces: &BTreeMap<NodeId, NodeFace>, ordered: bool) -> String {
    let mut dot = format!(
        "digraph G {{\nrankdir=TB; nodesep={}; ranksep={};{}\nnode [shape=box, fixedsize=true, label=\"\"];\n",
        SIBLING_GAP / 72.0,
        RANK_GAP_TOP_DOWN / 72.0,
        if ordered { " ordering=out;" } else { "" }
    );
    for node in &tree.nodes {
        let face = &faces[&node.id];
        let _ = writeln!(
            dot,
            "{} [width={}, height={}];",
            node.id,
            face.width / 72.0,
            face.height / 72.0
        );
    }
    for link in &tree.links {
        let extra = if link.kind == LinkKind::Drives {
            ""
        } else {
            " [constraint=false]"
        };
        let (tail, head) = if link.kind == LinkKind::Drives {
            (&link.to, &link.from)
        } else {
            (&link.from, &link.to)
        };
        let _ = writeln!(dot, "{tail} -> {head}{extra};");
    }
    dot.push_str("}\n");
    dot
}

fn run_dot(dot: &str) -> Option<(Duration, String)> {
    let start = Instant::now();
    let mut child = Command::new("dot")
        .arg("-Tplain")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(dot.as_bytes()).ok()?;
    let output = child.wait_with_output().ok()?;
    let elapsed = start.elapsed();
    output.status.success().then(|| {
        (
            elapsed,
            String::from_utf8_lossy(&output.stdout).into_owned(),
        )
    })
}

/// dot's `drives` edges as routes (B-spline control points, in points).
fn dot_routes(plain: &str) -> Vec<Route> {
    let mut routes = Vec::new();
    for line in plain.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first() != Some(&"edge") || fields.len() < 4 {
            continue;
        }
        let count: usize = fields[3].parse().unwrap_or(0);
        let numbers: Vec<f64> = fields[4..4 + 2 * count]
            .iter()
            .filter_map(|f| f.parse().ok())
            .collect();
        let points = numbers
            .chunks(2)
            .map(|p| Position {
                x: p[0] * 72.0,
                y: p[1] * 72.0,
            })
            .collect();
        let (Ok(tail), Ok(head)) = (NodeId::new(fields[1]), NodeId::new(fields[2])) else {
            continue;
        };
        routes.push(Route {
            key: LinkKey {
                kind: LinkKind::Drives,
                from: head,
                to: tail,
            },
            points,
        });
    }
    routes
}

fn drives_only(tree: &Tree) -> Tree {
    let mut only = tree.clone();
    only.links.retain(|l| l.kind == LinkKind::Drives);
    only
}

fn dot_part() {
    println!("\n## Layout against Graphviz dot (top-down, same graphs, same run)\n");
    if run_dot("digraph { a -> b }").is_none() {
        println!("`dot` is not installed: comparison skipped.");
        return;
    }
    println!("| graph | engine | ours: median of 5 | dot -Tplain: median of 3 | drives crossings: ours | dot | dot, ordering=out | overlaps, routes through boxes |");
    println!("|---|---|---|---|---|---|---|---|");
    for case in CASES {
        let tree = kpi_tree(case.size, case.dag);
        let faces = measure_faces(&tree);
        let dot = to_dot(&drives_only(&tree), &faces, false);
        let runs: Vec<(Duration, String)> = (0..3).filter_map(|_| run_dot(&dot)).collect();
        let dot_time = median(runs.iter().map(|r| r.0).collect());
        let dot_crossings = runs
            .first()
            .map_or(0, |r| drives_crossings(&dot_routes(&r.1)));
        // dot again, keeping each parent's children in link order as we do.
        let ordered = run_dot(&to_dot(&drives_only(&tree), &faces, true));
        let ordered_crossings = ordered.map_or(0, |r| drives_crossings(&dot_routes(&r.1)));
        for engine in engines(case) {
            let mut times = Vec::new();
            let mut result = None;
            for _ in 0..5 {
                let start = Instant::now();
                result = layout(&tree, &faces, &options(engine)).ok();
                times.push(start.elapsed());
            }
            let Some(laid) = result else { continue };
            let faults = overlapping_boxes(&faces, &laid.positions).len()
                + routes_through_boxes(&faces, &laid.positions, &laid.routes).len();
            println!(
                "| {} {} | {engine:?} | {:.2} ms | {:.1} ms | {} | {} | {} | {} |",
                case.label,
                case.size,
                median(times).as_secs_f64() * 1e3,
                dot_time.as_secs_f64() * 1e3,
                drives_crossings(&laid.routes),
                dot_crossings,
                ordered_crossings,
                faults
            );
        }
    }
}

/// How large the names come out when each drawing is fitted in 1280 × 800.
fn fit_part() {
    println!("\n## Fitted in 1280 × 800 (cards only)\n");
    println!("| graph | engine | drawing | fit scale | 14 px names at |");
    println!("|---|---|---|---|---|");
    for size in [300, 1_000] {
        let tree = synthetic(&format!("Generated {size}"), size);
        let faces = measure_faces(&tree);
        for engine in [LayoutEngine::Tidy, LayoutEngine::Compact] {
            let Ok(laid) = layout(&tree, &faces, &options(engine)) else {
                continue;
            };
            let (mut x0, mut y0) = (f64::MAX, f64::MAX);
            let (mut x1, mut y1) = (f64::MIN, f64::MIN);
            for (id, p) in &laid.positions {
                let f = &faces[id];
                x0 = x0.min(p.x - f.width / 2.0);
                x1 = x1.max(p.x + f.width / 2.0);
                y0 = y0.min(p.y - f.height / 2.0);
                y1 = y1.max(p.y + f.height / 2.0);
            }
            let scale = (1280.0 / (x1 - x0)).min(800.0 / (y1 - y0));
            println!(
                "| generated {size} | {engine:?} | {:.0} × {:.0} | {scale:.3} | {:.1} px |",
                x1 - x0,
                y1 - y0,
                scale * 14.0
            );
        }
    }
}

fn main() {
    let dot_only = std::env::args().any(|a| a == "--dot-only");
    if !dot_only {
        criterion_part();
        fit_part();
    }
    dot_part();
}
