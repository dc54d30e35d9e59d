//! The `drives` structure the layout engines work on: nodes by index in tree order,
//! parent → child adjacency in link order, a DAG (edges that would close a cycle are
//! left out), roots in display order and ranks: longest-path ranks, then the two
//! adjustments for cross-links (see the module doc of `layout`):
//! - a component of the `drives` graph that holds no North Star and that no
//!   `impacts` link from elsewhere points into moves down as a whole until every
//!   `impacts` link leaving it points up (its nodes are not held by `drives`);
//! - a companion (a health metric linked only by `guards`) takes the rank of the
//!   metric it guards, and leaves the roots.

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
    /// Longest `drives` distance from a root, adjusted for cross-links.
    pub ranks: Vec<usize>,
    /// For a health metric with no `drives` link and a `guards` link: the metric it
    /// guards (the first, in link order), beside which it is placed.
    pub companions: Vec<Option<usize>>,
    /// `impacts` links (from, to), in link order, between distinct nodes.
    pub impacts: Vec<(usize, usize)>,
    /// Nodes whose place among their siblings is free (initiatives and strategic
    /// intents): the engines order them so that `impacts` links are short.
    pub free: Vec<bool>,
    /// How many roots at the start of `roots` are North Stars (their order is kept).
    pub star_roots: usize,
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
        let mut impacts = Vec::new();
        let mut guards = Vec::new();
        for link in &tree.links {
            let (Some(&from), Some(&to)) =
                (index.get(link.from.as_str()), index.get(link.to.as_str()))
            else {
                continue;
            };
            match link.kind {
                LinkKind::Impacts if from != to => impacts.push((from, to)),
                LinkKind::Guards if from != to => guards.push((from, to)),
                _ => {}
            }
        }
        let mut structure = Structure {
            parents,
            children,
            roots: Vec::new(),
            ranks: vec![0; count],
            companions: vec![None; count],
            impacts,
            free: kinds
                .iter()
                .map(|k| matches!(k, NodeKind::Initiative | NodeKind::StrategicIntent))
                .collect(),
            star_roots: 0,
        };
        structure.break_cycles(&kinds);
        structure.companions = structure.find_companions(&kinds, &guards);
        for &(from, to) in &structure.impacts {
            structure.companions[from] = None;
            structure.companions[to] = None;
        }
        structure.roots = ordered_roots(&structure.parents, &structure.children, &kinds)
            .into_iter()
            .filter(|&n| structure.companions[n].is_none())
            .collect();
        structure.star_roots = structure
            .roots
            .iter()
            .take_while(|&&n| kinds[n] == NodeKind::NorthStar)
            .count();
        structure.ranks = structure.longest_path_ranks();
        structure.lower_free_components(&kinds);
        for n in 0..count {
            if let Some(host) = structure.companions[n] {
                structure.ranks[n] = structure.ranks[host];
            }
        }
        structure
    }

    /// Health metrics with no `drives` link in or out, no `impacts` link (the
    /// caller drops those) and at least one `guards` link: each one's first
    /// guarded node, unless that node is such a health
    /// metric itself (then it stays a root, so companions never chain).
    fn find_companions(&self, kinds: &[NodeKind], guards: &[(usize, usize)]) -> Vec<Option<usize>> {
        let floating = |n: usize| {
            kinds[n] == NodeKind::HealthMetric
                && self.parents[n].is_empty()
                && self.children[n].is_empty()
        };
        let mut companions = vec![None; self.len()];
        for &(from, to) in guards {
            if floating(from) && companions[from].is_none() && !floating(to) {
                companions[from] = Some(to);
            }
        }
        companions
    }

    /// Moves down, as a whole, each weakly connected component of the `drives`
    /// graph that holds no North Star and no target of an `impacts` link from
    /// outside it, so that its `impacts` links to other components point up (the
    /// target on a rank above the source). Such a component is held by nothing
    /// above it (an initiative linked only by `impacts` would otherwise sit on the
    /// top row, its arrows pointing down). The targets of these links are in
    /// components that never move, so one pass settles every rank.
    fn lower_free_components(&mut self, kinds: &[NodeKind]) {
        if self.impacts.is_empty() {
            return;
        }
        let count = self.len();
        let mut component = vec![usize::MAX; count];
        let mut members: Vec<Vec<usize>> = Vec::new();
        for start in 0..count {
            if component[start] != usize::MAX || self.companions[start].is_some() {
                continue;
            }
            let c = members.len();
            let mut list = vec![start];
            component[start] = c;
            let mut k = 0;
            while k < list.len() {
                let n = list[k];
                k += 1;
                for &m in self.parents[n].iter().chain(&self.children[n]) {
                    if component[m] == usize::MAX {
                        component[m] = c;
                        list.push(m);
                    }
                }
            }
            members.push(list);
        }
        let mut fixed: Vec<bool> = members
            .iter()
            .map(|list| list.iter().any(|&n| kinds[n] == NodeKind::NorthStar))
            .collect();
        let outside = |n: usize| component[n] == usize::MAX;
        for &(from, to) in &self.impacts {
            if outside(from) || outside(to) || component[from] == component[to] {
                continue;
            }
            fixed[component[to]] = true;
        }
        let mut shift = vec![0usize; members.len()];
        for &(from, to) in &self.impacts {
            if outside(from) || outside(to) || component[from] == component[to] {
                continue;
            }
            let c = component[from];
            if !fixed[c] {
                let wanted = (self.ranks[to] + 1).saturating_sub(self.ranks[from]);
                shift[c] = shift[c].max(wanted);
            }
        }
        for (c, list) in members.iter().enumerate() {
            for &n in list {
                self.ranks[n] += shift[c];
            }
        }
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
