//! The graph rules of a tree, on petgraph's `StableGraph`.

use crate::model::{NodeId, Tree};

/// A path of `drives` links leading from `from` to `to` (both included), if one exists.
/// Adding a `drives` link `a → b` closes a cycle exactly when `drives_path(b, a)` exists.
pub fn drives_path(tree: &Tree, from: &NodeId, to: &NodeId) -> Option<Vec<NodeId>> {
    let _ = (tree, from, to);
    unimplemented!("filled in by the graph work")
}
