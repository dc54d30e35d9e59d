//! Collapsed branches: which nodes a set of collapsed nodes hides, how many each
//! hides (for its "+N" badge), the tree that is left to lay out and draw, and the
//! collapsed nodes to expand to show a node again ("reveal").
//!
//! A node is hidden when it lies below a collapsed node on every `drives` path
//! towards a root (a node that drives nothing): it is reached from the roots only
//! through collapsed nodes. A collapsed node itself stays visible unless another
//! hides it. Nodes that no root reaches (a cycle, which validation refuses) are
//! hidden only if a collapsed node reaches them and no root does. Unknown ids in
//! the collapsed set are ignored. Everything here is iterative and deterministic
//! (ties by the tree's order of nodes and links).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use serde::{Deserialize, Serialize};

use crate::model::{LinkKind, NodeId, Tree};

/// What a collapsed set hides of a tree.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Visibility {
    /// The hidden nodes.
    pub hidden: BTreeSet<NodeId>,
    /// For each visible collapsed node that hides something: how many nodes below
    /// it are hidden (reached from it through hidden nodes only).
    pub hidden_below: BTreeMap<NodeId, usize>,
}

/// The `drives` graph by index: children (drivers) and parents, in link order.
struct Drives<'t> {
    ids: Vec<&'t NodeId>,
    children: Vec<Vec<usize>>,
    parents: Vec<Vec<usize>>,
}

impl<'t> Drives<'t> {
    fn new(tree: &'t Tree) -> Drives<'t> {
        let mut index: HashMap<&NodeId, usize> = HashMap::new();
        let mut ids = Vec::new();
        for node in &tree.nodes {
            index.entry(&node.id).or_insert_with(|| {
                ids.push(&node.id);
                ids.len() - 1
            });
        }
        let mut children = vec![Vec::new(); ids.len()];
        let mut parents = vec![Vec::new(); ids.len()];
        for link in tree.links.iter().filter(|l| l.kind == LinkKind::Drives) {
            if let (Some(&c), Some(&p)) = (index.get(&link.from), index.get(&link.to)) {
                if c != p && !parents[c].contains(&p) {
                    parents[c].push(p);
                    children[p].push(c);
                }
            }
        }
        Drives {
            ids,
            children,
            parents,
        }
    }

    fn flags(&self, collapsed: &BTreeSet<NodeId>) -> Vec<bool> {
        self.ids.iter().map(|id| collapsed.contains(*id)).collect()
    }

    /// Nodes reached from `starts` going down, not below a node `stop` marks.
    fn below(&self, starts: impl IntoIterator<Item = usize>, stop: &[bool]) -> Vec<bool> {
        let mut seen = vec![false; self.ids.len()];
        let mut queue: Vec<usize> = starts.into_iter().collect();
        for &n in &queue {
            seen[n] = true;
        }
        while let Some(n) = queue.pop() {
            if stop[n] {
                continue;
            }
            for &c in &self.children[n] {
                if !std::mem::replace(&mut seen[c], true) {
                    queue.push(c);
                }
            }
        }
        seen
    }

    /// Whether each node is hidden, given the collapsed flags.
    fn hidden(&self, collapsed: &[bool]) -> Vec<bool> {
        let count = self.ids.len();
        let roots = (0..count).filter(|&n| self.parents[n].is_empty());
        let shown = self.below(roots, collapsed);
        let none = vec![false; count];
        let starts = (0..count)
            .filter(|&n| collapsed[n])
            .flat_map(|n| self.children[n].iter().copied());
        let covered = self.below(starts, &none);
        (0..count).map(|n| covered[n] && !shown[n]).collect()
    }
}

/// What `collapsed` hides of `tree`.
pub fn visibility(tree: &Tree, collapsed: &BTreeSet<NodeId>) -> Visibility {
    let drives = Drives::new(tree);
    let flags = drives.flags(collapsed);
    let hidden = drives.hidden(&flags);
    let mut hidden_below = BTreeMap::new();
    for n in (0..drives.ids.len()).filter(|&n| flags[n] && !hidden[n]) {
        // Down through hidden nodes only.
        let stop: Vec<bool> = hidden.iter().map(|h| !h).collect();
        let starts = drives.children[n].iter().copied().filter(|&c| hidden[c]);
        let below = drives.below(starts, &stop);
        let count = (0..below.len()).filter(|&m| below[m] && hidden[m]).count();
        if count > 0 {
            hidden_below.insert(drives.ids[n].clone(), count);
        }
    }
    Visibility {
        hidden: (0..drives.ids.len())
            .filter(|&n| hidden[n])
            .map(|n| drives.ids[n].clone())
            .collect(),
        hidden_below,
    }
}

/// `tree` without its hidden nodes and their links: what is laid out and drawn
/// (a collapsed node is then a leaf).
pub fn visible_tree(tree: &Tree, visibility: &Visibility) -> Tree {
    let mut shown = tree.clone();
    let hidden = &visibility.hidden;
    shown.nodes.retain(|n| !hidden.contains(&n.id));
    shown
        .links
        .retain(|l| !hidden.contains(&l.from) && !hidden.contains(&l.to));
    shown
}

/// The collapsed nodes to expand so that `node` is shown: those on a path from
/// `node` up to a shown node (or a root) with as few collapsed nodes as can be,
/// top down. Empty if `node` is shown already or is not in the tree.
pub fn reveal(tree: &Tree, collapsed: &BTreeSet<NodeId>, node: &NodeId) -> Vec<NodeId> {
    let drives = Drives::new(tree);
    let Some(start) = drives.ids.iter().position(|id| *id == node) else {
        return Vec::new();
    };
    let flags = drives.flags(collapsed);
    let hidden = drives.hidden(&flags);
    if !hidden[start] {
        return Vec::new();
    }
    // 0-1 breadth-first search upwards: stepping onto a collapsed node costs 1.
    let count = drives.ids.len();
    let mut cost = vec![usize::MAX; count];
    let mut from = vec![usize::MAX; count];
    let mut queue = VecDeque::from([start]);
    cost[start] = 0;
    let mut best: Option<usize> = None;
    while let Some(n) = queue.pop_front() {
        let done = n != start && !hidden[n] && !flags[n];
        if done || drives.parents[n].is_empty() {
            if best.is_none_or(|b| cost[n] < cost[b]) {
                best = Some(n);
            }
            continue;
        }
        for &p in &drives.parents[n] {
            let step = usize::from(flags[p]);
            if cost[n] + step < cost[p] {
                cost[p] = cost[n] + step;
                from[p] = n;
                if step == 0 {
                    queue.push_front(p);
                } else {
                    queue.push_back(p);
                }
            }
        }
    }
    let mut expand = Vec::new();
    let mut at = best.unwrap_or(start);
    while at != start && at != usize::MAX {
        if flags[at] {
            expand.push(drives.ids[at].clone());
        }
        at = from[at];
    }
    expand
}

#[cfg(test)]
mod tests;
