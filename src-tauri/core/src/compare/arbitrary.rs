//! Random trees for the property tests of comparing and merging. Nodes come from a
//! pool of eight ids and links from a fixed list of candidates, always in the
//! pool's (list's) order, so that two trees drawn here hold their common items in
//! the same relative order. `drives` links only go from a later node to an earlier
//! one, so no tree drawn here has a cycle.
#![cfg(test)]

use proptest::prelude::*;

use crate::model::{
    Granularity, HistoryPoint, Link, LinkKind, Node, NodeId, NodeKind, Period, Position, Tree,
};

const POOL: usize = 8;
const PERIODS: [&str; 4] = ["2026-01", "2026-02", "2026-03", "2026-04"];

/// One node's fields, as small choices.
type NodeSpec = (
    u8,
    bool,
    Option<i8>,
    Option<i8>,
    Option<bool>,
    Vec<Option<i8>>,
    bool,
);

fn node_spec() -> impl Strategy<Value = NodeSpec> {
    (
        0u8..3,
        any::<bool>(),
        any::<Option<i8>>(),
        any::<Option<i8>>(),
        any::<Option<bool>>(),
        prop::collection::vec(any::<Option<i8>>(), PERIODS.len()),
        any::<bool>(),
    )
}

/// A tree of up to eight nodes from `prefix`'s pool, with values, history,
/// owners, positions and links.
pub(crate) fn tree(prefix: &'static str) -> impl Strategy<Value = Tree> {
    let nodes = prop::collection::vec(prop::option::of(node_spec()), POOL);
    let links = prop::collection::vec(prop::option::of(any::<Option<bool>>()), candidates().len());
    (nodes, links).prop_map(move |(nodes, links)| build(prefix, &nodes, &links))
}

fn candidates() -> Vec<(usize, usize, LinkKind)> {
    let mut out = Vec::new();
    for from in 0..POOL {
        for to in 0..POOL {
            if from > to {
                out.push((from, to, LinkKind::Drives));
            } else if from < to && (from + to) % 3 == 0 {
                out.push((from, to, LinkKind::Impacts));
            }
        }
    }
    out
}

fn id(prefix: &str, index: usize) -> NodeId {
    NodeId::new(&format!("{prefix}{index}")).expect("a valid id")
}

fn build(prefix: &str, nodes: &[Option<NodeSpec>], links: &[Option<Option<bool>>]) -> Tree {
    let mut tree = Tree::new("t");
    tree.period = Granularity::Month;
    for (index, spec) in nodes.iter().enumerate() {
        let Some((kind, long_name, value, target, owner, history, placed)) = spec else {
            continue;
        };
        let kind = [
            NodeKind::BusinessKpi,
            NodeKind::ProductMetric,
            NodeKind::Initiative,
        ][usize::from(*kind)];
        let name = if *long_name {
            format!("Node {index} renamed")
        } else {
            format!("Node {index}")
        };
        let mut node = Node::new(id(prefix, index), kind, name);
        node.value = value.map(f64::from);
        node.target = target.map(f64::from);
        node.owner = owner.map(|o| if o { "Squad A" } else { "Squad B" }.to_owned());
        node.position = placed.then_some(Position {
            x: index as f64 * 10.0,
            y: 0.0,
        });
        node.history = PERIODS
            .iter()
            .zip(history)
            .filter_map(|(period, value)| {
                Some(HistoryPoint {
                    period: Period::parse(period).expect("a period"),
                    value: f64::from((*value)?),
                })
            })
            .collect();
        tree.nodes.push(node);
    }
    for ((from, to, kind), spec) in candidates().into_iter().zip(links) {
        let Some(note) = spec else { continue };
        let (from, to) = (id(prefix, from), id(prefix, to));
        if tree.node(&from).is_none() || tree.node(&to).is_none() {
            continue;
        }
        let mut link = Link::new(kind, from, to);
        link.note = note.map(|n| if n { "why" } else { "because" }.to_owned());
        tree.links.push(link);
    }
    tree
}
