//! Numbers benchmarks: recomputing every value, the leverage of the root (which
//! recomputes the values too), a what-if and the target and unit checks, on
//! generated 1,000-node trees with a formula on every parent.
//!
//! Trees are generated here, on `sample::generated`: node 0 is the North Star, node
//! i drives node (i - 1) / 4; every parent's formula is the sum (even depth) or the
//! product (odd depth) of its drivers; leaves have values near 1 and half the nodes
//! have a target and a unit. The DAG variant also gives one node in ten a second
//! parent of a lower depth, whose formula then uses it too.
//! Run: `cargo bench -p kpitree-core --bench numbers`.

use std::collections::BTreeMap;
use std::time::Duration;

use criterion::Criterion;
use kpitree_core::analysis::{
    leverage, target_gaps, unit_mismatches, what_if, Override, DEFAULT_TARGET_TOLERANCE,
};
use kpitree_core::formula::compute_values;
use kpitree_core::model::{Link, LinkKind, Node, NodeKind, Tree};
use kpitree_core::sample::generated::{four_ary_depths, four_ary_parent, node_id, Lcg};

/// The drivers of each node: its tree children, plus (with `dag`) one node in
/// ten as a second driver of a node of a lower depth.
fn drivers(size: usize, dag: bool, random: &mut Lcg) -> (Vec<Vec<usize>>, Vec<usize>) {
    let mut drivers = vec![Vec::new(); size];
    let depth = four_ary_depths(size);
    for i in 1..size {
        drivers[four_ary_parent(i)].push(i);
    }
    if dag {
        for i in (1..size).filter(|i| i % 10 == 0) {
            let other = random.next(i);
            let has_formula = !drivers[other].is_empty();
            if depth[other] < depth[i] && has_formula && !drivers[other].contains(&i) {
                drivers[other].push(i);
            }
        }
    }
    (drivers, depth)
}

fn numbers_tree(size: usize, dag: bool) -> Tree {
    let mut random = Lcg(size as u64 * 11 + dag as u64);
    let (drivers, depth) = drivers(size, dag, &mut random);
    let mut tree = Tree::new(format!("Numbers {size}"));
    for i in 0..size {
        let kind = if i == 0 {
            NodeKind::NorthStar
        } else {
            NodeKind::BusinessKpi
        };
        let mut node = Node::new(node_id(i), kind, format!("Metric {i}"));
        let names: Vec<String> = drivers[i].iter().map(|d| format!("n{d}")).collect();
        if names.is_empty() {
            node.value = Some(0.9 + random.next(200) as f64 / 1000.0);
        } else {
            let op = if depth[i] % 2 == 0 { " + " } else { " * " };
            node.formula = Some(names.join(op));
        }
        if i % 2 == 0 {
            node.target = Some(1.0 + random.next(100) as f64 / 10.0);
            node.unit = Some(["EUR", "%", "seats"][random.next(3)].to_owned());
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
    let mut group = c.benchmark_group("numbers");
    let root = node_id(0);
    for (label, dag) in [("tree", false), ("dag", true)] {
        let tree = numbers_tree(1_000, dag);
        let leaf = node_id(999);
        let overrides = BTreeMap::from([(leaf, Override::Percent { percent: 10.0 })]);
        let found = leverage(&tree, &root).expect("the root has a value");
        assert!(found.iter().all(|l| l.elasticity.value().is_some()));
        group.bench_function(format!("compute_values/{label}_1000"), |b| {
            b.iter(|| compute_values(&tree))
        });
        group.bench_function(format!("leverage_root/{label}_1000"), |b| {
            b.iter(|| leverage(&tree, &root))
        });
        group.bench_function(format!("what_if_one_leaf/{label}_1000"), |b| {
            b.iter(|| what_if(&tree, &overrides))
        });
        group.bench_function(format!("target_and_unit_checks/{label}_1000"), |b| {
            b.iter(|| {
                (
                    target_gaps(&tree, DEFAULT_TARGET_TOLERANCE),
                    unit_mismatches(&tree),
                )
            })
        });
    }
    group.finish();
    c.final_summary();
}
