//! The paths a leaf's effect takes to the node: the links they follow, how many
//! there are, and the first [`MAX_PATHS`] of them.
//!
//! Paths follow the formulas (a link whose parent's formula uses the child) when
//! the formulas use the leaf, plain `drives` links otherwise. Counting is dynamic
//! programming over the DAG in topological order (the number of paths from a node
//! is the sum over the nodes it leads to), saturating at `u32::MAX` since a DAG can
//! have exponentially many; listing is an iterative depth-first search, so a long
//! chain cannot exhaust the stack.
//!
//! Invariant: every node in a [`Routes`]'s `parents` leads to the node, so each
//! branch of the search ends in a path, and the search stops after [`MAX_PATHS`].

use std::collections::{HashMap, HashSet};

use super::MAX_PATHS;
use crate::graph::TreeGraph;
use crate::model::{NodeId, Tree};

/// Puts each node's formula parents in tree order, so that paths are listed in
/// the order the user sees the nodes.
pub(super) fn sort_by_tree_order(parents: &mut HashMap<&str, Vec<&str>>, tree: &Tree) {
    let mut position: HashMap<&str, usize> = HashMap::new();
    for (i, node) in tree.nodes.iter().enumerate() {
        position.entry(node.id.as_str()).or_insert(i);
    }
    for up in parents.values_mut() {
        up.sort_by_key(|id| position.get(id).copied().unwrap_or(usize::MAX));
    }
}

/// Every node in the `drives` subtree of `node` (its drivers, theirs, …).
pub(super) fn upstream(graph: &TreeGraph, node: &NodeId) -> HashSet<NodeId> {
    let mut seen = HashSet::new();
    let mut stack = vec![node.clone()];
    while let Some(id) = stack.pop() {
        for driver in graph.drivers(&id) {
            if seen.insert(driver.clone()) {
                stack.push(driver);
            }
        }
    }
    seen.remove(node);
    seen
}

/// For each node of the subtree, the nodes it drives within the subtree (or the
/// node itself).
pub(super) fn drives_parents<'a>(
    graph: &TreeGraph,
    node: &'a NodeId,
    upstream: &'a HashSet<NodeId>,
) -> HashMap<&'a str, Vec<&'a str>> {
    let lookup = |id: &NodeId| -> Option<&'a str> {
        if id == node {
            Some(node.as_str())
        } else {
            upstream.get(id).map(NodeId::as_str)
        }
    };
    upstream
        .iter()
        .map(|id| {
            let up = graph.driven(id).iter().filter_map(lookup).collect();
            (id.as_str(), up)
        })
        .collect()
}

/// The links a leaf's paths follow to the node (for each node, the nodes it
/// leads to) and the number of paths from each node.
pub(super) struct Routes<'a> {
    parents: HashMap<&'a str, Vec<&'a str>>,
    counts: HashMap<&'a str, u32>,
}

impl<'a> Routes<'a> {
    /// Counts the paths from the node down, parents before children
    /// (saturating: a DAG can have exponentially many).
    pub(super) fn new(
        node: &'a NodeId,
        order: &'a [NodeId],
        parents: HashMap<&'a str, Vec<&'a str>>,
    ) -> Self {
        let mut counts: HashMap<&str, u32> = HashMap::new();
        counts.insert(node.as_str(), 1);
        for id in order.iter().rev() {
            let Some(up) = parents.get(id.as_str()) else {
                continue;
            };
            let count = up
                .iter()
                .map(|p| counts.get(p).copied().unwrap_or(0))
                .fold(0u32, u32::saturating_add);
            counts.insert(id.as_str(), count);
        }
        Routes { parents, counts }
    }

    pub(super) fn count(&self, leaf: &NodeId) -> u32 {
        self.counts.get(leaf.as_str()).copied().unwrap_or(0)
    }

    /// Up to [`MAX_PATHS`] paths from `leaf` to `node`, by an iterative
    /// depth-first search. Every node in `parents` leads to `node`, so each
    /// branch ends in a path and the search stops after `MAX_PATHS` of them.
    pub(super) fn paths(&self, leaf: &NodeId, node: &NodeId) -> Vec<Vec<NodeId>> {
        let mut found: Vec<Vec<NodeId>> = Vec::new();
        let mut stack: Vec<(&str, usize)> = vec![(leaf.as_str(), 0)];
        while let Some(&mut (id, ref mut next)) = stack.last_mut() {
            if id == node.as_str() {
                // Every id here came from a NodeId or a parsed formula: valid.
                found.push(
                    stack
                        .iter()
                        .filter_map(|(id, _)| NodeId::new(id).ok())
                        .collect(),
                );
                if found.len() == MAX_PATHS {
                    break;
                }
                stack.pop();
                continue;
            }
            match self.parents.get(id).and_then(|up| up.get(*next)) {
                Some(parent) => {
                    *next += 1;
                    stack.push((parent, 0));
                }
                None => {
                    stack.pop();
                }
            }
        }
        found
    }
}
