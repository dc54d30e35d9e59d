//! What moved (SPEC 9): explaining the change of the root of a 1,000-node tree
//! between two of 36 months, against the leverage ranking of the same tree (one
//! backward pass, the baseline: explain runs one per quadrature point).
//!
//! Trees as in the numbers bench: node 0 is the North Star, node i drives node
//! (i - 1) / 4; every parent's formula is the sum (even depth) or the product (odd
//! depth) of its drivers; the DAG variant gives one node in ten a second parent of
//! a lower depth. Every leaf has a history of 36 months (2023-01 to 2025-12), a
//! random walk near 1, and its value of the last month.
//! Run: `cargo bench -p kpitree-core --bench explain`.

use std::time::Duration;

use criterion::Criterion;
use kpitree_core::analysis::{explain, leverage, tolerance};
use kpitree_core::model::{HistoryPoint, Link, LinkKind, Node, NodeKind, Period, Tree};
use kpitree_core::sample::generated::{four_ary_depths, four_ary_parent, node_id, Lcg};

const MONTHS: i32 = 36;

fn history(random: &mut Lcg, first: Period) -> Vec<HistoryPoint> {
    let mut value = 0.9 + random.next(200) as f64 / 1000.0;
    (0..MONTHS)
        .map(|m| {
            value *= 0.98 + random.next(41) as f64 / 1000.0;
            HistoryPoint {
                period: first.offset(m).expect("within the years 1 to 9999"),
                value,
            }
        })
        .collect()
}

fn explain_tree(size: usize, dag: bool, first: Period) -> Tree {
    let mut random = Lcg(size as u64 * 13 + dag as u64);
    let depth = four_ary_depths(size);
    let mut drivers = vec![Vec::new(); size];
    for i in 1..size {
        drivers[four_ary_parent(i)].push(i);
    }
    if dag {
        for i in (1..size).filter(|i| i.is_multiple_of(10)) {
            let other = random.next(i);
            if depth[other] < depth[i] && !drivers[other].is_empty() && !drivers[other].contains(&i)
            {
                drivers[other].push(i);
            }
        }
    }
    let mut tree = Tree::new(format!("Explain {size}"));
    for i in 0..size {
        let kind = if i == 0 {
            NodeKind::NorthStar
        } else {
            NodeKind::BusinessKpi
        };
        let mut node = Node::new(node_id(i), kind, format!("Metric {i}"));
        if drivers[i].is_empty() {
            node.history = history(&mut random, first);
            node.value = node.history.last().map(|p| p.value);
        } else {
            let names: Vec<String> = drivers[i].iter().map(|d| format!("n{d}")).collect();
            node.formula = Some(names.join(if depth[i].is_multiple_of(2) {
                " + "
            } else {
                " * "
            }));
        }
        tree.nodes.push(node);
        for &d in &drivers[i] {
            tree.links
                .push(Link::new(LinkKind::Drives, node_id(d), node_id(i)));
        }
    }
    tree
}

fn main() {
    let mut c = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .configure_from_args();
    let mut group = c.benchmark_group("explain");
    let root = node_id(0);
    let first = Period::parse("2023-01").expect("a month");
    let last = first.offset(MONTHS - 1).expect("a month");
    let previous = last.previous().expect("a month");
    for (label, dag) in [("tree", false), ("dag", true)] {
        let tree = explain_tree(1_000, dag, first);
        for (from, to, span) in [(first, last, "36_months"), (previous, last, "one_month")] {
            let found = explain(&tree, &root, from, to).expect("every leaf has a history");
            assert!(found.residual.abs() <= tolerance(found.change));
            group.bench_function(format!("explain_root/{label}_1000/{span}"), |b| {
                b.iter(|| explain(&tree, &root, from, to))
            });
        }
        group.bench_function(format!("leverage_root/{label}_1000"), |b| {
            b.iter(|| leverage(&tree, &root))
        });
    }
    group.finish();
    c.final_summary();
}
