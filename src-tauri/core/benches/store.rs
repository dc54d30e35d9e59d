//! Store benchmarks on a real temporary SQLite file (WAL, synchronous=NORMAL):
//! - one edit (a node move) performed on the document and committed to the store,
//!   on a 1,000-node tree; and the same diff written by the store alone;
//! - importing (`insert_tree`) a 1,000-node and a 5,000-node tree.
//!
//! Trees are generated here, on `sample::generated`: fan-out 4, every node but the
//! root drives its parent, plus one `impacts` link per initiative.
//! Run: `cargo bench -p kpitree-core --bench store`.

use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use kpitree_core::edit::{Change, Diff, Document, Edit, NodeMove};
use kpitree_core::model::{Link, LinkKind, Node, NodeKind, Position, Tree};
use kpitree_core::sample::generated::{four_ary_depths, four_ary_parent, kind_at_depth, node_id};
use kpitree_core::store::Store;

/// `size` nodes: node 0 is the North Star, node i drives node (i - 1) / 4.
fn generated_tree(size: usize) -> Tree {
    let mut tree = Tree::new(format!("Generated {size}"));
    for (i, depth) in four_ary_depths(size).into_iter().enumerate() {
        let parent = four_ary_parent(i);
        let kind = kind_at_depth(depth);
        let mut node = Node::new(node_id(i), kind, format!("Metric number {i}"));
        node.value = Some(i as f64);
        node.position = Some(Position {
            x: (i % 64) as f64 * 180.0,
            y: depth as f64 * 120.0,
        });
        tree.nodes.push(node);
        if i > 0 {
            tree.links
                .push(Link::new(LinkKind::Drives, node_id(i), node_id(parent)));
        }
        if kind == NodeKind::Initiative {
            tree.links
                .push(Link::new(LinkKind::Impacts, node_id(i), node_id(1 + i % 4)));
        }
    }
    tree
}

fn open_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let store = Store::open(dir.path().join("bench.db")).expect("a new store");
    (dir, store)
}

fn move_one_node(c: &mut Criterion) {
    let (_dir, mut store) = open_store();
    let tree_id = store.insert_tree(&generated_tree(1_000)).expect("insert");
    let mut doc = Document::new(store.load_tree(tree_id).expect("load"));
    let mut x = 0.0;
    c.bench_function(
        "edit: move one node, performed and committed (1,000 nodes)",
        |b| {
            b.iter(|| {
                x += 1.0;
                let moves = vec![NodeMove {
                    id: node_id(500),
                    position: Position { x, y: 0.0 },
                }];
                doc.perform_with(&Edit::MoveNodes { moves }, |diff| {
                    store.apply_diff(tree_id, diff)
                })
                .expect("a move is committed");
            })
        },
    );
    // Each update starts from the row as stored (a stale `before` is refused).
    let mut node = doc.tree().nodes[700].clone();
    c.bench_function("store: apply_diff of one node move (1,000 nodes)", |b| {
        b.iter(|| {
            x += 1.0;
            let mut after = node.clone();
            after.position = Some(Position { x, y: 1.0 });
            let change = Change::NodeUpdated {
                before: node.clone(),
                after: after.clone(),
            };
            store
                .apply_diff(tree_id, &Diff::new(vec![change]))
                .expect("committed");
            node = after;
        })
    });
}

fn import(c: &mut Criterion) {
    let mut group = c.benchmark_group("store: insert_tree");
    group.sample_size(20);
    for size in [1_000, 5_000] {
        let tree = generated_tree(size);
        let (_dir, mut store) = open_store();
        group.bench_function(format!("{size} nodes"), |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    let started = Instant::now();
                    let id = store.insert_tree(&tree).expect("insert");
                    total += started.elapsed();
                    store.delete_tree(id).expect("delete");
                }
                total
            })
        });
    }
    group.finish();
}

criterion_group!(benches, move_one_node, import);
criterion_main!(benches);
