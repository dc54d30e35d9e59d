//! The order the tidy engine walks siblings in: the user's order with companions
//! right after their hosts, and the reordering of free siblings (and of the roots
//! after the North Stars) by the barycentre of their subtrees' `impacts` partners
//! (see the `tidy` module doc for when a new order is kept).

use crate::layout::structure::Structure;

/// The children walked under each node, and (last) the roots.
#[derive(Clone, PartialEq)]
pub(crate) struct Order {
    pub(crate) lists: Vec<Vec<usize>>,
}

impl Order {
    /// The user's order, companions right after their hosts.
    pub(crate) fn new(structure: &Structure) -> Order {
        let len = structure.len();
        let mut lists: Vec<Vec<usize>> = structure.children.clone();
        lists.push(structure.roots.clone());
        for (h, host) in structure.companions.iter().enumerate() {
            let Some(host) = *host else { continue };
            let list = &mut lists[structure.parents[host].first().copied().unwrap_or(len)];
            let Some(mut at) = list.iter().position(|&c| c == host) else {
                continue;
            };
            while list
                .get(at + 1)
                .is_some_and(|&c| structure.companions[c] == Some(host))
            {
                at += 1;
            }
            list.insert(at + 1, h);
        }
        Order { lists }
    }

    /// The order with free siblings (and roots after the North Stars) sorted by
    /// the barycentre of the `impacts` partners of their subtrees, on the slots
    /// they hold; `None` if nothing moves.
    pub(super) fn by_barycentres(&self, structure: &Structure, across: &[f64]) -> Option<Order> {
        let len = structure.len();
        let root = len;
        let mut parent = vec![root; len + 1];
        for (p, list) in self.lists.iter().enumerate() {
            for &c in list {
                parent[c] = p;
            }
        }
        // Pre-order intervals, to tell an ancestor in O(1).
        let (mut enter, mut exit) = (vec![0usize; len + 1], vec![0usize; len + 1]);
        let mut clock = 0;
        let mut stack = vec![(root, 0usize)];
        enter[root] = clock;
        while let Some(&mut (v, ref mut next)) = stack.last_mut() {
            if let Some(&c) = self.lists[v].get(*next) {
                *next += 1;
                clock += 1;
                enter[c] = clock;
                stack.push((c, 0));
            } else {
                exit[v] = clock;
                stack.pop();
            }
        }
        let contains = |x: usize, y: usize| enter[x] <= enter[y] && enter[y] <= exit[x];
        let (mut sum, mut count) = (vec![0.0; len + 1], vec![0usize; len + 1]);
        for &(a, b) in &structure.impacts {
            for (from, to) in [(a, b), (b, a)] {
                let mut x = from;
                while x != root && !contains(x, to) {
                    sum[x] += across[to];
                    count[x] += 1;
                    x = parent[x];
                }
            }
        }
        let mut next = self.clone();
        for (p, list) in next.lists.iter_mut().enumerate() {
            // Units: a node and the companions that follow it.
            let mut units: Vec<Vec<usize>> = Vec::new();
            for &c in list.iter() {
                match units.last_mut() {
                    Some(unit) if structure.companions[c].is_some() => unit.push(c),
                    _ => units.push(vec![c]),
                }
            }
            let movable = |i: usize, unit: &[usize]| {
                let head = unit[0];
                let free = if p == root {
                    i >= structure.star_roots
                } else {
                    structure.free[head]
                };
                free && count[head] > 0
            };
            let slots: Vec<usize> = (0..units.len())
                .filter(|&i| movable(i, &units[i]))
                .collect();
            if slots.len() < 2 {
                continue;
            }
            let mut keyed: Vec<(f64, Vec<usize>)> = slots
                .iter()
                .map(|&i| {
                    let head = units[i][0];
                    (sum[head] / count[head] as f64, units[i].clone())
                })
                .collect();
            keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
            for (&slot, (_, unit)) in slots.iter().zip(keyed) {
                units[slot] = unit;
            }
            *list = units.concat();
        }
        (next != *self).then_some(next)
    }
}
