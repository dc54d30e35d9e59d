//! The `drives` structure the layout engines work on: nodes by index in tree order,
//! parent → child adjacency in link order, a DAG (edges that would close a cycle are
//! left out), roots in display order and longest-path ranks.

use std::collections::HashMap;

use crate::model::{LinkKind, NodeKind, Tree};

/// The laid-out graph: node `i` is the `i`-th distinct id of `tree.nodes`.
pub(crate) struct Structure {
    /// For each node, the nodes it drives (its parents), in link order, each once.
    pub parents: Vec<Vec<usize>>,
    /// For each node, its drivers (children), in link order, each once.
    pub children: Vec<Vec<usize>>,
    /// Nodes that drive nothing: North Stars first, then trees with drivers, then
    /// unconnected nodes, each group in tree order.
    pub roots: Vec<usize>,
    /// Longest `drives` distance from a root.
    pub ranks: Vec<usize>,
}

impl Structure {
    /// `ids[i]` names node `i`; `index` maps an id to it.
    pub fn new(tree: &Tree, index: &HashMap<&str, usize>) -> Structure {
        let count = index.len();
        let mut parents: Vec<Vec<usize>> = vec![Vec::new(); count];
        let mut children: Vec<Vec<usize>> = vec![Vec::new(); count];
        for link in tree.links.iter().filter(|l| l.kind == LinkKind::Drives) {
            let (Some(&child), Some(&parent)) =
                (index.get(link.from.as_str()), index.get(link.to.as_str()))
            else {
                continue;
            };
            if child != parent && !parents[child].contains(&parent) {
                parents[child].push(parent);
                children[parent].push(child);
            }
        }
        let kinds = node_kinds(tree, count);
        let mut structure = Structure {
            parents,
            children,
            roots: Vec::new(),
            ranks: vec![0; count],
        };
        structure.break_cycles(&kinds);
        structure.roots = ordered_roots(&structure.parents, &structure.children, &kinds);
        structure.ranks = structure.longest_path_ranks();
        structure
    }

    pub fn len(&self) -> usize {
        self.parents.len()
    }

    /// Whether every node has at most one parent (the layout is a forest).
    pub fn is_forest(&self) -> bool {
        self.parents.iter().all(|p| p.len() <= 1)
    }

    /// Depth-first from the would-be roots, then from every node not reached yet,
    /// in tree order; a link to a node on the current path closes a cycle and is
    /// dropped. What is left is a DAG holding every node.
    fn break_cycles(&mut self, kinds: &[NodeKind]) {
        let starts = ordered_roots(&self.parents, &self.children, kinds);
        let count = self.len();
        let mut state = vec![0u8; count]; // 0 new, 1 on path, 2 done
        let mut dropped: Vec<(usize, usize)> = Vec::new();
        for start in starts.into_iter().chain(0..count) {
            if state[start] != 0 {
                continue;
            }
            state[start] = 1;
            let mut stack = vec![(start, 0usize)];
            while let Some((node, next)) = stack.last_mut() {
                let node = *node;
                let Some(&child) = self.children[node].get(*next) else {
                    state[node] = 2;
                    stack.pop();
                    continue;
                };
                *next += 1;
                match state[child] {
                    0 => {
                        state[child] = 1;
                        stack.push((child, 0));
                    }
                    1 => dropped.push((node, child)),
                    _ => {}
                }
            }
        }
        for (parent, child) in dropped {
            self.children[parent].retain(|&c| c != child);
            self.parents[child].retain(|&p| p != parent);
        }
    }

    /// Kahn's algorithm from the roots: a node's rank is one more than the largest
    /// rank of its parents.
    fn longest_path_ranks(&self) -> Vec<usize> {
        let mut ranks = vec![0usize; self.len()];
        let mut waiting: Vec<usize> = self.parents.iter().map(Vec::len).collect();
        let mut ready: Vec<usize> = (0..self.len()).filter(|&n| waiting[n] == 0).collect();
        while let Some(node) = ready.pop() {
            for &child in &self.children[node] {
                ranks[child] = ranks[child].max(ranks[node] + 1);
                waiting[child] -= 1;
                if waiting[child] == 0 {
                    ready.push(child);
                }
            }
        }
        ranks
    }
}

fn node_kinds(tree: &Tree, count: usize) -> Vec<NodeKind> {
    let mut seen = std::collections::HashSet::new();
    let mut kinds: Vec<NodeKind> = tree
        .nodes
        .iter()
        .filter(|node| seen.insert(&node.id))
        .map(|node| node.kind)
        .collect();
    kinds.resize(count, NodeKind::Initiative);
    kinds
}

/// Nodes with no parent: North Stars, then roots with drivers, then the others.
fn ordered_roots(
    parents: &[Vec<usize>],
    children: &[Vec<usize>],
    kinds: &[NodeKind],
) -> Vec<usize> {
    let mut roots: Vec<usize> = (0..parents.len())
        .filter(|&n| parents[n].is_empty())
        .collect();
    roots.sort_by_key(|&n| (kinds[n] != NodeKind::NorthStar, children[n].is_empty(), n));
    roots
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_trees::TreeBuilder;

    fn structure(tree: &Tree) -> Structure {
        let index: HashMap<&str, usize> = tree
            .nodes
            .iter()
            .enumerate()
            .map(|(i, n)| (n.id.as_str(), i))
            .collect();
        Structure::new(tree, &index)
    }

    #[test]
    fn roots_ranks_and_sibling_order() {
        use NodeKind::*;
        let t = TreeBuilder::new("t")
            .nodes(&[
                ("h", HealthMetric),
                ("a", BusinessKpi),
                ("s", NorthStar),
                ("b", Initiative),
            ])
            .drives(&["b>s", "a>s", "b>a"])
            .build();
        let s = structure(&t);
        assert_eq!(s.roots, vec![2, 0]);
        assert_eq!(s.children[2], vec![3, 1]);
        assert_eq!(s.ranks, vec![0, 1, 0, 2]);
        assert!(!s.is_forest());
    }

    #[test]
    fn cycles_are_broken_and_every_node_ranked() {
        use NodeKind::*;
        let t = TreeBuilder::new("t")
            .nodes(&[("a", BusinessKpi), ("b", BusinessKpi), ("c", BusinessKpi)])
            .drives(&["a>b", "b>c", "c>a"])
            .build();
        let s = structure(&t);
        assert_eq!(s.roots.len(), 1);
        let edges: usize = s.children.iter().map(Vec::len).sum();
        assert_eq!(edges, 2);
        let mut ranks = s.ranks.clone();
        ranks.sort();
        assert_eq!(ranks, vec![0, 1, 2]);
    }
}
