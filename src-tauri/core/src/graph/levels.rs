//! Levels (distance to a root) and the evaluation order of `drives` links
//! (drivers before the nodes they drive).

use std::cmp::Reverse;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, BinaryHeap, HashMap, VecDeque};

use petgraph::stable_graph::NodeIndex;

use super::TreeGraph;
use crate::model::NodeId;

impl TreeGraph {
    /// Breadth-first from every root (a node that drives nothing) down to the
    /// drivers: the first visit of a node is its shortest distance to a root.
    pub fn levels(&self) -> BTreeMap<NodeId, u32> {
        let mut level: HashMap<NodeIndex, u32> = HashMap::new();
        let mut queue = VecDeque::new();
        for node in self.node_indices() {
            if self.drives_out(node).is_empty() {
                level.insert(node, 0);
                queue.push_back(node);
            }
        }
        while let Some(node) = queue.pop_front() {
            let next_level = level.get(&node).copied().unwrap_or(0).saturating_add(1);
            for child in self.drives_in(node) {
                if let Entry::Vacant(slot) = level.entry(child) {
                    slot.insert(next_level);
                    queue.push_back(child);
                }
            }
        }
        level
            .into_iter()
            .map(|(node, l)| (self.id(node).clone(), l))
            .collect()
    }

    /// Kahn's algorithm: a node is ready when all its drivers are placed; among
    /// ready nodes the first in tree order goes next. Nodes on or after a cycle are
    /// never ready, so they are left out.
    pub fn drives_order(&self) -> Vec<NodeId> {
        let mut waiting: HashMap<NodeIndex, usize> = HashMap::new();
        let mut ready = BinaryHeap::new();
        for node in self.node_indices() {
            let drivers = self.drives_in(node).len();
            if drivers == 0 {
                ready.push(Reverse(node));
            } else {
                waiting.insert(node, drivers);
            }
        }
        let mut order = Vec::with_capacity(self.graph.node_count());
        while let Some(Reverse(node)) = ready.pop() {
            order.push(self.id(node).clone());
            for parent in self.drives_out(node) {
                if let Some(count) = waiting.get_mut(&parent) {
                    *count -= 1;
                    if *count == 0 {
                        waiting.remove(&parent);
                        ready.push(Reverse(parent));
                    }
                }
            }
        }
        order
    }
}
