//! Paths and cycles of `drives` links, found without recursion.

use std::collections::{HashMap, VecDeque};

use petgraph::stable_graph::NodeIndex;
use petgraph::Direction;

use super::TreeGraph;
use crate::model::{LinkKind, NodeId};

impl TreeGraph {
    /// The shortest path of `drives` links from `from` to `to`, both included.
    pub fn drives_path(&self, from: &NodeId, to: &NodeId) -> Option<Vec<NodeId>> {
        let start = self.index_of(from)?;
        let goal = self.index_of(to)?;
        let mut came_from: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        let mut queue = VecDeque::from([start]);
        while let Some(node) = queue.pop_front() {
            if node == goal {
                return Some(self.walk_back(&came_from, start, goal));
            }
            for next in self.drives_out(node) {
                if next != start && !came_from.contains_key(&next) {
                    came_from.insert(next, node);
                    queue.push_back(next);
                }
            }
        }
        None
    }

    fn walk_back(
        &self,
        came_from: &HashMap<NodeIndex, NodeIndex>,
        start: NodeIndex,
        goal: NodeIndex,
    ) -> Vec<NodeId> {
        let mut path = vec![goal];
        let mut node = goal;
        while node != start {
            match came_from.get(&node) {
                Some(&previous) => node = previous,
                None => break,
            }
            path.push(node);
        }
        path.reverse();
        path.into_iter().map(|n| self.id(n).clone()).collect()
    }

    /// One `drives` cycle as `a, b, …, a`, the first found by a depth-first search
    /// in tree order.
    pub fn drives_cycle(&self) -> Option<Vec<NodeId>> {
        let mut state: HashMap<NodeIndex, Visit> = HashMap::new();
        for root in self.node_indices() {
            if !state.contains_key(&root) {
                if let Some(cycle) = self.cycle_from(root, &mut state) {
                    return Some(cycle.into_iter().map(|n| self.id(n).clone()).collect());
                }
            }
        }
        None
    }

    /// Iterative depth-first search from `root`; a link back to a node still on the
    /// stack closes a cycle.
    fn cycle_from(
        &self,
        root: NodeIndex,
        state: &mut HashMap<NodeIndex, Visit>,
    ) -> Option<Vec<NodeIndex>> {
        let mut stack = vec![(root, self.drives_out(root), 0usize)];
        state.insert(root, Visit::OnStack);
        while let Some((node, next_nodes, position)) = stack.last_mut() {
            let Some(&next) = next_nodes.get(*position) else {
                state.insert(*node, Visit::Done);
                stack.pop();
                continue;
            };
            *position += 1;
            match state.get(&next) {
                Some(Visit::Done) => {}
                Some(Visit::OnStack) => {
                    let start = stack.iter().position(|(n, _, _)| *n == next)?;
                    let mut cycle: Vec<NodeIndex> = stack[start..].iter().map(|f| f.0).collect();
                    cycle.push(next);
                    return Some(cycle);
                }
                None => {
                    state.insert(next, Visit::OnStack);
                    stack.push((next, self.drives_out(next), 0));
                }
            }
        }
        None
    }

    pub(super) fn drives_out(&self, node: NodeIndex) -> Vec<NodeIndex> {
        self.neighbors(node, LinkKind::Drives, Direction::Outgoing)
    }

    pub(super) fn drives_in(&self, node: NodeIndex) -> Vec<NodeIndex> {
        self.neighbors(node, LinkKind::Drives, Direction::Incoming)
    }
}

#[derive(Clone, Copy)]
enum Visit {
    OnStack,
    Done,
}
