//! Building the [`TreeGraph`] and reading its edges in link order.

use std::collections::{HashMap, HashSet};

use petgraph::stable_graph::{NodeIndex, StableGraph};
use petgraph::visit::EdgeRef;
use petgraph::Direction;

use crate::model::{LinkKind, NodeId, Tree};

/// The nodes and links of one tree as a petgraph `StableGraph` (see the module doc
/// for what is and is not an edge). Graph indices follow the tree's order.
pub struct TreeGraph {
    pub(super) graph: StableGraph<NodeId, LinkKind>,
    index: HashMap<NodeId, NodeIndex>,
}

impl TreeGraph {
    pub fn new(tree: &Tree) -> TreeGraph {
        let mut graph = StableGraph::with_capacity(tree.nodes.len(), tree.links.len());
        let mut index = HashMap::with_capacity(tree.nodes.len());
        for node in &tree.nodes {
            if !index.contains_key(&node.id) {
                index.insert(node.id.clone(), graph.add_node(node.id.clone()));
            }
        }
        for link in tree.links.iter().filter(|link| link.from != link.to) {
            if let (Some(&from), Some(&to)) = (index.get(&link.from), index.get(&link.to)) {
                graph.add_edge(from, to, link.kind);
            }
        }
        TreeGraph { graph, index }
    }

    pub(super) fn index_of(&self, id: &NodeId) -> Option<NodeIndex> {
        self.index.get(id).copied()
    }

    pub(super) fn id(&self, index: NodeIndex) -> &NodeId {
        &self.graph[index]
    }

    /// The graph's nodes in the tree's order.
    pub(super) fn node_indices(&self) -> Vec<NodeIndex> {
        let mut nodes: Vec<NodeIndex> = self.graph.node_indices().collect();
        nodes.sort();
        nodes
    }

    /// The other ends of the `kind` links leaving (`Outgoing`) or entering
    /// (`Incoming`) `node`, in link order, repeated for duplicate links.
    pub(super) fn neighbors(
        &self,
        node: NodeIndex,
        kind: LinkKind,
        direction: Direction,
    ) -> Vec<NodeIndex> {
        let mut edges: Vec<_> = self
            .graph
            .edges_directed(node, direction)
            .filter(|edge| *edge.weight() == kind)
            .map(|edge| {
                let other = match direction {
                    Direction::Outgoing => edge.target(),
                    Direction::Incoming => edge.source(),
                };
                (edge.id(), other)
            })
            .collect();
        edges.sort();
        edges.into_iter().map(|(_, other)| other).collect()
    }

    /// The drivers of `id`, in link order, each once.
    pub fn drivers(&self, id: &NodeId) -> Vec<NodeId> {
        self.unique_neighbors(id, Direction::Incoming)
    }

    /// The nodes `id` drives, in link order, each once.
    pub fn driven(&self, id: &NodeId) -> Vec<NodeId> {
        self.unique_neighbors(id, Direction::Outgoing)
    }

    fn unique_neighbors(&self, id: &NodeId, direction: Direction) -> Vec<NodeId> {
        let Some(node) = self.index_of(id) else {
            return Vec::new();
        };
        let mut seen = HashSet::new();
        self.neighbors(node, LinkKind::Drives, direction)
            .into_iter()
            .filter(|other| seen.insert(*other))
            .map(|other| self.id(other).clone())
            .collect()
    }
}
