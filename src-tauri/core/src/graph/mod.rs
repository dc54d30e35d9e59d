//! The graph rules of a tree, on petgraph's `StableGraph`.
//!
//! [`TreeGraph`] holds one graph node per node id and one edge per link, weighted
//! by the link's kind, added in the tree's order. The functions here answer
//! questions about the `drives` links only.
//!
//! Invariants and conventions:
//!
//! - A `drives` link goes child → parent (`from` drives `to`); a node's drivers are
//!   its children.
//! - Links whose `from` or `to` is not a node (dangling) and self links are not
//!   edges; `validate` reports them. With duplicate ids, the first node wins.
//! - All `drives` links of a valid tree form a DAG. Adding `a → b` closes a cycle
//!   exactly when [`drives_path`]`(b, a)` exists (`a → a` included: the path from a
//!   node to itself is that node).
//! - Every function terminates on any tree, cycles included, and none recurses,
//!   so deep trees cannot exhaust the stack. Results are deterministic: ties are
//!   broken by the tree's order of nodes and links.

mod build;
pub mod collapse;
mod levels;
mod paths;
mod steps;

use std::collections::BTreeMap;

use crate::model::{NodeId, Tree};

pub use build::TreeGraph;
pub use collapse::{reveal, visibility, visible_tree, Visibility};
pub use steps::PresentSteps;

/// A path of `drives` links leading from `from` to `to` (both included), if one exists.
/// Adding a `drives` link `a → b` closes a cycle exactly when `drives_path(b, a)` exists.
pub fn drives_path(tree: &Tree, from: &NodeId, to: &NodeId) -> Option<Vec<NodeId>> {
    TreeGraph::new(tree).drives_path(from, to)
}

/// One cycle of `drives` links as a path that ends where it starts (`a, b, c, a`:
/// a drives b drives c drives a), or `None` when the links form a DAG.
pub fn drives_cycle(tree: &Tree) -> Option<Vec<NodeId>> {
    TreeGraph::new(tree).drives_cycle()
}

/// Each node's level (SPEC 2): its shortest `drives` distance to a root, a root
/// being a node that drives nothing. Nodes with no path to a root (only possible
/// through a cycle) have no level.
pub fn levels(tree: &Tree) -> BTreeMap<NodeId, u32> {
    TreeGraph::new(tree).levels()
}

/// The drivers of `id` (the `from` of the `drives` links to it), in link order,
/// each once.
pub fn drivers(tree: &Tree, id: &NodeId) -> Vec<NodeId> {
    TreeGraph::new(tree).drivers(id)
}

/// The nodes `id` drives (its parents), in link order, each once.
pub fn driven(tree: &Tree, id: &NodeId) -> Vec<NodeId> {
    TreeGraph::new(tree).driven(id)
}

/// The nodes in an order where every node comes after all its drivers (ties in
/// tree order). Nodes on a `drives` cycle, and the nodes they drive directly or
/// not, are left out.
pub fn drives_order(tree: &Tree) -> Vec<NodeId> {
    TreeGraph::new(tree).drives_order()
}

/// A path for messages: `a → b → c`.
pub fn format_path(path: &[NodeId]) -> String {
    let names: Vec<&str> = path.iter().map(NodeId::as_str).collect();
    names.join(" → ")
}

#[cfg(test)]
mod tests;
