//! The tidy-tree engine for forests: Buchheim, Jünger and Leipert, "Improving
//! Walker's Algorithm to Run in Linear Time" (Graph Drawing 2002), itself a
//! correction of Walker (1990) and a descendant of Reingold and Tilford (1981).
//!
//! Every node sits on its rank's row; a parent is centred over its first and last
//! child; subtrees are packed as close as their contours allow, whatever the width
//! of each node (the separation of two neighbours is half of each one's breadth
//! plus a gap). Linear time; both walks are iterative, so deep trees cannot
//! exhaust the stack.
//!
//! The tree walked is the `drives` forest with three additions:
//! - a companion (a health metric that only guards) is a child of its host's
//!   parent (or a root) right after its host, so it lands beside it on its row;
//! - an edge that skips rows (a component moved down, see `structure`) is a chain
//!   of zero-breadth dummies, one per row between, so contours stay row by row;
//!   their places are the waypoints of the route;
//! - sibling order: metrics keep the user's order (under a metric it reads as its
//!   formula, `customers * seats * price`); initiatives and strategic intents, and
//!   the roots after the North Stars, are ordered by the barycentre of the
//!   `impacts` partners of their subtree (the barycentre heuristic of Sugiyama,
//!   Tagawa and Toda, 1981, applied to whole subtrees), on the slots they hold,
//!   siblings with no such link keeping theirs. A new order is kept only if it
//!   makes the sum of the squared lengths of the `impacts` links (across the
//!   rows) smaller, at most [`ROUNDS`] tries; so a tree with no `impacts` link
//!   keeps the user's order exactly.

pub(crate) mod order;

use super::structure::Structure;
use order::Order;

/// Gaps between neighbouring boxes on a row.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Gaps {
    pub siblings: f64,
    pub cousins: f64,
    pub trees: f64,
}

/// Reorderings by barycentre tried at most.
pub(crate) const ROUNDS: usize = 4;

/// Centres across the rows (x in top-down) of every node, and of each edge that
/// skips rows where it crosses them (parent, child, one per row in between).
pub(crate) struct Tidy {
    pub across: Vec<f64>,
    pub waypoints: Vec<(usize, usize, Vec<f64>)>,
}

/// The layout of a forest.
pub(crate) fn tidy(structure: &Structure, breadth: &[f64], gaps: Gaps) -> Tidy {
    let mut order = Order::new(structure);
    let mut placed = place(structure, &order, breadth, gaps);
    if structure.impacts.is_empty() {
        return placed;
    }
    let mut cost = impacts_length(structure, &placed.across);
    for _ in 0..ROUNDS {
        let Some(next) = order.by_barycentres(structure, &placed.across) else {
            break;
        };
        let candidate = place(structure, &next, breadth, gaps);
        let length = impacts_length(structure, &candidate.across);
        if length + 1e-6 >= cost {
            break;
        }
        (order, placed, cost) = (next, candidate, length);
    }
    placed
}

/// The sum of the squared lengths across the rows of the `impacts` links: the
/// quantity a barycentre minimises, so one long link weighs more than two short
/// ones (swapping a far and a near target then counts as a gain).
pub(crate) fn impacts_length(structure: &Structure, across: &[f64]) -> f64 {
    structure
        .impacts
        .iter()
        .map(|&(a, b)| (across[a] - across[b]).powi(2))
        .sum()
}

/// The tidy layout of the forest walked in `order`.
fn place(structure: &Structure, order: &Order, breadth: &[f64], gaps: Gaps) -> Tidy {
    let len = structure.len();
    let rank = |n: usize| -> i64 {
        if n == len {
            -1
        } else {
            structure.ranks[n] as i64
        }
    };
    // The roots are the last list (parent `len`, the virtual root).
    let mut lists: Vec<Vec<usize>> = order.lists.clone();
    let mut chains: Vec<(usize, usize, usize, usize)> = Vec::new(); // parent, child, first dummy, count
    let mut dummy_lists: Vec<Vec<usize>> = Vec::new();
    for (p, list) in lists.iter_mut().enumerate() {
        for slot in list.iter_mut() {
            let c = *slot;
            let skipped = (rank(c) - rank(p) - 1).max(0) as usize;
            if skipped == 0 {
                continue;
            }
            let first = len + dummy_lists.len();
            for k in 0..skipped {
                let below = if k + 1 < skipped { first + k + 1 } else { c };
                dummy_lists.push(vec![below]);
            }
            chains.push((p, c, first, skipped));
            *slot = first;
        }
    }
    let mut all_breadth = breadth.to_vec();
    all_breadth.resize(len + dummy_lists.len(), 0.0);
    let roots = lists.pop().unwrap_or_default();
    lists.extend(dummy_lists);
    lists.push(roots);
    let mut walker = Walker::new(lists, &all_breadth, gaps);
    walker.first_walk();
    let mut across = walker.second_walk();
    let waypoints = chains
        .into_iter()
        .filter(|&(p, ..)| p != len)
        .map(|(p, c, first, count)| (p, c, across[first..first + count].to_vec()))
        .collect();
    across.truncate(len);
    Tidy { across, waypoints }
}

struct Walker {
    children: Vec<Vec<usize>>,
    parent: Vec<usize>,
    number: Vec<usize>,
    breadth: Vec<f64>,
    gaps: Gaps,
    prelim: Vec<f64>,
    modifier: Vec<f64>,
    shift: Vec<f64>,
    change: Vec<f64>,
    thread: Vec<Option<usize>>,
    ancestor: Vec<usize>,
    default_ancestor: Vec<usize>,
}

const NONE: usize = usize::MAX;

impl Walker {
    /// The last node is a virtual root whose children are the roots.
    fn new(children: Vec<Vec<usize>>, breadth: &[f64], gaps: Gaps) -> Self {
        let len = children.len() - 1;
        let mut parent = vec![NONE; len + 1];
        let mut number = vec![0; len + 1];
        for (p, list) in children.iter().enumerate() {
            for (i, &c) in list.iter().enumerate() {
                parent[c] = p;
                number[c] = i;
            }
        }
        let mut breadth = breadth.to_vec();
        breadth.resize(len + 1, 0.0);
        Walker {
            children,
            parent,
            number,
            breadth,
            gaps,
            prelim: vec![0.0; len + 1],
            modifier: vec![0.0; len + 1],
            shift: vec![0.0; len + 1],
            change: vec![0.0; len + 1],
            thread: vec![None; len + 1],
            ancestor: (0..=len).collect(),
            default_ancestor: vec![NONE; len + 1],
        }
    }

    fn root(&self) -> usize {
        self.children.len() - 1
    }

    fn separation(&self, left: usize, right: usize) -> f64 {
        let gap = if self.parent[left] != self.parent[right] {
            self.gaps.cousins
        } else if self.parent[left] == self.root() {
            self.gaps.trees
        } else {
            self.gaps.siblings
        };
        (self.breadth[left] + self.breadth[right]) / 2.0 + gap
    }

    fn left_sibling(&self, v: usize) -> Option<usize> {
        let p = self.parent[v];
        (p != NONE && self.number[v] > 0).then(|| self.children[p][self.number[v] - 1])
    }

    fn next_left(&self, v: usize) -> Option<usize> {
        self.children[v].first().copied().or(self.thread[v])
    }

    fn next_right(&self, v: usize) -> Option<usize> {
        self.children[v].last().copied().or(self.thread[v])
    }

    /// Post-order: a node is finished once all its children are, and each child is
    /// apportioned against its left siblings as soon as it is finished.
    fn first_walk(&mut self) {
        let mut stack = vec![(self.root(), 0usize)];
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            if let Some(&child) = self.children[v].get(*next) {
                *next += 1;
                stack.push((child, 0));
                continue;
            }
            stack.pop();
            self.finish(v);
            let p = self.parent[v];
            if p != NONE {
                if self.default_ancestor[p] == NONE {
                    self.default_ancestor[p] = v;
                }
                let ancestor = self.default_ancestor[p];
                self.default_ancestor[p] = self.apportion(v, ancestor);
            }
        }
    }

    fn finish(&mut self, v: usize) {
        let left = self.left_sibling(v);
        let (Some(&first), Some(&last)) = (self.children[v].first(), self.children[v].last())
        else {
            self.prelim[v] = left.map_or(0.0, |w| self.prelim[w] + self.separation(w, v));
            return;
        };
        self.execute_shifts(v);
        let midpoint = (self.prelim[first] + self.prelim[last]) / 2.0;
        match left {
            Some(w) => {
                self.prelim[v] = self.prelim[w] + self.separation(w, v);
                self.modifier[v] = self.prelim[v] - midpoint;
            }
            None => self.prelim[v] = midpoint,
        }
    }

    fn apportion(&mut self, v: usize, mut default_ancestor: usize) -> usize {
        let Some(w) = self.left_sibling(v) else {
            return default_ancestor;
        };
        let (mut vip, mut vop, mut vim) = (v, v, w);
        let mut vom = self.children[self.parent[v]][0];
        let (mut sip, mut sop) = (self.modifier[vip], self.modifier[vop]);
        let (mut sim, mut som) = (self.modifier[vim], self.modifier[vom]);
        while let (Some(nim), Some(nip)) = (self.next_right(vim), self.next_left(vip)) {
            vim = nim;
            vip = nip;
            // Both outer contours are at least as deep as the inner ones.
            vom = self.next_left(vom).unwrap_or(vom);
            vop = self.next_right(vop).unwrap_or(vop);
            self.ancestor[vop] = v;
            let shift =
                (self.prelim[vim] + sim) - (self.prelim[vip] + sip) + self.separation(vim, vip);
            if shift > 0.0 {
                let from = self.greatest_distinct_ancestor(vim, v, default_ancestor);
                self.move_subtree(from, v, shift);
                sip += shift;
                sop += shift;
            }
            sim += self.modifier[vim];
            sip += self.modifier[vip];
            som += self.modifier[vom];
            sop += self.modifier[vop];
        }
        if let (Some(next), None) = (self.next_right(vim), self.next_right(vop)) {
            self.thread[vop] = Some(next);
            self.modifier[vop] += sim - sop;
        }
        if let (Some(next), None) = (self.next_left(vip), self.next_left(vom)) {
            self.thread[vom] = Some(next);
            self.modifier[vom] += sip - som;
            default_ancestor = v;
        }
        default_ancestor
    }

    fn greatest_distinct_ancestor(&self, vim: usize, v: usize, default_ancestor: usize) -> usize {
        let candidate = self.ancestor[vim];
        if self.parent[candidate] == self.parent[v] {
            candidate
        } else {
            default_ancestor
        }
    }

    fn move_subtree(&mut self, wm: usize, wp: usize, shift: f64) {
        let subtrees = self.number[wp].saturating_sub(self.number[wm]).max(1) as f64;
        self.change[wp] -= shift / subtrees;
        self.shift[wp] += shift;
        self.change[wm] += shift / subtrees;
        self.prelim[wp] += shift;
        self.modifier[wp] += shift;
    }

    fn execute_shifts(&mut self, v: usize) {
        let (mut shift, mut change) = (0.0, 0.0);
        for &w in self.children[v].iter().rev() {
            self.prelim[w] += shift;
            self.modifier[w] += shift;
            change += self.change[w];
            shift += self.shift[w] + change;
        }
    }

    /// Pre-order: a node's position is its preliminary one plus the modifiers of
    /// all its ancestors.
    fn second_walk(&self) -> Vec<f64> {
        let root = self.root();
        let mut across = vec![0.0; root];
        let mut stack = vec![(root, -self.prelim[root])];
        while let Some((v, sum)) = stack.pop() {
            if v != root {
                across[v] = self.prelim[v] + sum;
            }
            for &child in &self.children[v] {
                stack.push((child, sum + self.modifier[v]));
            }
        }
        across
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forest(children: Vec<Vec<usize>>, roots: Vec<usize>) -> Structure {
        let len = children.len();
        let mut parents = vec![Vec::new(); len];
        for (p, list) in children.iter().enumerate() {
            for &c in list {
                parents[c].push(p);
            }
        }
        Structure {
            parents,
            children,
            roots,
            ranks: vec![0; len],
            companions: vec![None; len],
            impacts: Vec::new(),
            free: vec![false; len],
            star_roots: 0,
        }
    }

    const GAPS: Gaps = Gaps {
        siblings: 10.0,
        cousins: 20.0,
        trees: 30.0,
    };

    #[test]
    fn a_parent_is_centred_over_its_children() {
        let s = forest(vec![vec![1, 2, 3], vec![], vec![], vec![]], vec![0]);
        let x = tidy(&s, &[100.0; 4], GAPS).across;
        assert_eq!(x[0], 0.0);
        assert_eq!((x[1], x[2], x[3]), (-110.0, 0.0, 110.0));
    }

    #[test]
    fn subtrees_are_packed_by_their_contours() {
        // 0 -> 1, 2; 1 -> 3, 4; 2 -> 5, 6: the cousins 4 and 5 are 20 apart.
        let s = forest(
            vec![
                vec![1, 2],
                vec![3, 4],
                vec![5, 6],
                vec![],
                vec![],
                vec![],
                vec![],
            ],
            vec![0],
        );
        let x = tidy(&s, &[100.0; 7], GAPS).across;
        assert_eq!(x[5] - x[4], 120.0);
        assert_eq!(x[4] - x[3], 110.0);
        assert_eq!(x[0], (x[1] + x[2]) / 2.0);
    }

    #[test]
    fn separate_trees_sit_side_by_side_in_order() {
        let s = forest(vec![vec![1], vec![], vec![]], vec![0, 2]);
        let x = tidy(&s, &[100.0, 100.0, 50.0], GAPS).across;
        assert_eq!(x[0], x[1]);
        assert_eq!(x[2] - x[0], 75.0 + 30.0);
    }

    #[test]
    fn a_deep_chain_does_not_recurse() {
        let len = 100_000;
        let children: Vec<Vec<usize>> = (0..len)
            .map(|i| if i + 1 < len { vec![i + 1] } else { vec![] })
            .collect();
        let x = tidy(&forest(children, vec![0]), &vec![10.0; len], GAPS).across;
        assert!(x.iter().all(|&v| v == 0.0));
    }
}
