//! Properties of the auto-layout over random trees and DAGs: no overlapping boxes,
//! every node past all the nodes it drives, pinned nodes unmoved, sibling order
//! kept in forests (but for initiatives and intents in a tree with `impacts`
//! links; in DAGs it may give way to fewer crossings), the same layout
//! every time, no route through a box, and no crossing
//! between `drives` links of a pure tree.

use std::collections::BTreeMap;

use kpitree_core::layout::{
    drives_crossings, layout, measure_faces, overlapping_boxes, routes_through_boxes, Layout,
    LayoutDirection, LayoutEngine, LayoutOptions, NodeFace,
};
use kpitree_core::model::{Link, LinkKind, Node, NodeId, NodeKind, Position, Tree};
use proptest::prelude::*;

const WORDS: &[&str] = &[
    "Net",
    "new",
    "revenue",
    "weekly",
    "active",
    "teams",
    "Supercalifragilisticexpialidocious",
    "é",
    "churn",
];

#[derive(Debug, Clone)]
struct Spec {
    /// Per node after the first: its parent (an earlier node) or none (a root).
    parents: Vec<Option<usize>>,
    /// Second parents (DAG links): (child, earlier node).
    extra: Vec<(usize, usize)>,
    kinds: Vec<usize>,
    names: Vec<Vec<usize>>,
    cross: Vec<(usize, usize)>,
    pins: Vec<(usize, i32, i32)>,
    reverse_links: bool,
}

fn spec(max_nodes: usize, dag: bool, pins: bool) -> impl Strategy<Value = Spec> {
    (1..max_nodes).prop_flat_map(move |n| {
        let parents = (1..n)
            .map(|i| prop::option::weighted(0.9, 0..i))
            .collect::<Vec<_>>();
        let extra = if dag {
            prop::collection::vec((1..n.max(2), any::<prop::sample::Index>()), 0..n / 3 + 1).boxed()
        } else {
            Just(Vec::new()).boxed()
        };
        let pin_count = if pins { 0..4usize } else { 0..1usize };
        (
            parents,
            extra,
            prop::collection::vec(0..6usize, n),
            prop::collection::vec(prop::collection::vec(0..WORDS.len(), 1..7), n),
            prop::collection::vec((0..n, 0..n), 0..n / 2 + 1),
            prop::collection::vec((0..n, -4..4i32, 0..6i32), pin_count),
            any::<bool>(),
        )
            .prop_map(
                move |(parents, extra, kinds, names, cross, pinned, reverse_links)| Spec {
                    parents,
                    extra: extra
                        .into_iter()
                        .filter(|&(c, _)| c < n && c > 0)
                        .map(|(c, k)| (c, k.index(c)))
                        .collect(),
                    kinds,
                    names,
                    cross,
                    pins: pinned,
                    reverse_links,
                },
            )
    })
}

fn id(i: usize) -> NodeId {
    NodeId::new(&format!("n{i}")).expect("valid id")
}

fn build(spec: &Spec) -> Tree {
    let mut tree = Tree::new("random");
    let kinds = NodeKind::ALL;
    for (i, &k) in spec.kinds.iter().enumerate() {
        let name: Vec<&str> = spec.names[i].iter().map(|&w| WORDS[w]).collect();
        let mut node = Node::new(id(i), kinds[k % kinds.len()], name.join(" "));
        node.target = (k % 2 == 0).then_some(1.0);
        node.position = Some(Position {
            x: 5.0 * i as f64,
            y: 0.0,
        });
        tree.nodes.push(node);
    }
    // Pinned boxes on a coarse grid of distinct cells, so that no two overlap.
    let mut cells = std::collections::HashSet::new();
    for &(node, cx, cy) in &spec.pins {
        if node < tree.nodes.len() && cells.insert((cx, cy)) && !tree.nodes[node].pinned {
            tree.nodes[node].pinned = true;
            tree.nodes[node].position = Some(Position {
                x: cx as f64 * 400.0,
                y: cy as f64 * 260.0,
            });
        }
    }
    let mut links = Vec::new();
    for (child, parent) in spec.parents.iter().enumerate().map(|(i, p)| (i + 1, p)) {
        if let Some(parent) = parent {
            links.push(Link::new(LinkKind::Drives, id(child), id(*parent)));
        }
    }
    for &(child, parent) in &spec.extra {
        if spec.parents[child - 1] != Some(parent) {
            links.push(Link::new(LinkKind::Drives, id(child), id(parent)));
        }
    }
    if spec.reverse_links {
        links.reverse();
    }
    for &(a, b) in &spec.cross {
        if a != b {
            let kind = if a % 2 == 0 {
                LinkKind::Impacts
            } else {
                LinkKind::Guards
            };
            links.push(Link::new(kind, id(a), id(b)));
        }
    }
    tree.links = links;
    tree
}

fn run(
    tree: &Tree,
    direction: LayoutDirection,
    engine: LayoutEngine,
) -> (BTreeMap<NodeId, NodeFace>, Layout) {
    let faces = measure_faces(tree);
    let laid = layout(
        tree,
        &faces,
        &LayoutOptions {
            direction,
            engine,
            aspect: None,
        },
    )
    .expect("a layout");
    (faces, laid)
}

fn pinned(tree: &Tree, node: &NodeId) -> bool {
    tree.node(node).is_some_and(|n| n.pinned)
}

/// Every property but crossings.
fn check(
    tree: &Tree,
    direction: LayoutDirection,
    engine: LayoutEngine,
) -> Result<(), TestCaseError> {
    let (faces, laid) = run(tree, direction, engine);
    prop_assert_eq!(laid.positions.len(), tree.nodes.len());
    // No overlaps, but between two pinned boxes (the user's own doing).
    for (a, b) in overlapping_boxes(&faces, &laid.positions) {
        prop_assert!(pinned(tree, &a) && pinned(tree, &b), "{} overlaps {}", a, b);
    }
    // Every node past the nodes it drives (pinned nodes are where the user put them).
    let top_down = direction == LayoutDirection::TopDown;
    for link in tree.links.iter().filter(|l| l.kind == LinkKind::Drives) {
        if pinned(tree, &link.from) || pinned(tree, &link.to) {
            continue;
        }
        let (child_start, _) = end_of(&laid, &faces, &link.from, top_down);
        let (_, parent_end) = end_of(&laid, &faces, &link.to, top_down);
        prop_assert!(
            child_start > parent_end,
            "{} is not past {}",
            link.from,
            link.to
        );
    }
    // Pinned nodes unmoved.
    for node in tree.nodes.iter().filter(|n| n.pinned) {
        prop_assert_eq!(Some(laid.positions[&node.id]), node.position);
    }
    // Sibling order, in forests: a parent's children in link order; initiatives
    // and strategic intents may be reordered to shorten `impacts` links, so they
    // are left out when the tree has any.
    let forest = is_forest(tree);
    let has_impacts = tree.links.iter().any(|l| l.kind == LinkKind::Impacts);
    let order_free = |c: &NodeId| {
        has_impacts
            && tree
                .node(c)
                .is_some_and(|n| matches!(n.kind, NodeKind::Initiative | NodeKind::StrategicIntent))
    };
    for parent in tree.nodes.iter().filter(|_| forest) {
        let children: Vec<&NodeId> = tree
            .links
            .iter()
            .filter(|l| l.kind == LinkKind::Drives && l.to == parent.id)
            .map(|l| &l.from)
            .filter(|c| !pinned(tree, c) && !order_free(c))
            .filter(|c| {
                tree.links
                    .iter()
                    .filter(|l| l.kind == LinkKind::Drives && &l.from == *c)
                    .count()
                    == 1
            })
            .collect();
        let across: Vec<f64> = children
            .iter()
            .map(|c| {
                if top_down {
                    laid.positions[*c].x
                } else {
                    laid.positions[*c].y
                }
            })
            .collect();
        prop_assert!(
            across.windows(2).all(|w| w[0] < w[1]),
            "children of {} out of order",
            parent.id
        );
    }
    // No route through a box.
    let through = routes_through_boxes(&faces, &laid.positions, &laid.routes);
    prop_assert!(through.is_empty(), "{:?}", through);
    // The same layout every time.
    let (_, again) = run(tree, direction, engine);
    prop_assert_eq!(&laid, &again);
    Ok(())
}

/// Whether every node drives at most one node.
fn is_forest(tree: &Tree) -> bool {
    tree.nodes.iter().all(|node| {
        let mut parents: Vec<&NodeId> = tree
            .links
            .iter()
            .filter(|l| l.kind == LinkKind::Drives && l.from == node.id)
            .map(|l| &l.to)
            .collect();
        parents.sort();
        parents.dedup();
        parents.len() <= 1
    })
}

fn end_of(
    laid: &Layout,
    faces: &BTreeMap<NodeId, NodeFace>,
    n: &NodeId,
    top_down: bool,
) -> (f64, f64) {
    let (p, f) = (laid.positions[n], &faces[n]);
    if top_down {
        (p.y - f.height / 2.0, p.y + f.height / 2.0)
    } else {
        (p.x - f.width / 2.0, p.x + f.width / 2.0)
    }
}

fn direction(left_right: bool) -> LayoutDirection {
    if left_right {
        LayoutDirection::LeftRight
    } else {
        LayoutDirection::TopDown
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

    #[test]
    fn trees_with_either_engine(spec in spec(40, false, true), left_right: bool, layered: bool) {
        let engine = if layered { LayoutEngine::Layered } else { LayoutEngine::Tidy };
        check(&build(&spec), direction(left_right), engine)?;
    }

    #[test]
    fn dags(spec in spec(40, true, true), left_right: bool) {
        check(&build(&spec), direction(left_right), LayoutEngine::Auto)?;
    }

    #[test]
    fn pure_trees_have_no_drives_crossings(spec in spec(60, false, false), left_right: bool) {
        let tree = build(&spec);
        let (_, laid) = run(&tree, direction(left_right), LayoutEngine::Auto);
        prop_assert_eq!(laid.engine, LayoutEngine::Tidy);
        prop_assert_eq!(drives_crossings(&laid.routes), 0);
    }
}
