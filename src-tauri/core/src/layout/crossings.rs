//! Crossing reduction for the layered engine, after dot (Gansner, Koutsofios,
//! North and Vo, "A Technique for Drawing Directed Graphs", 1993): sweeps down and
//! up the ranks sorting each row by the weighted median of its neighbours' places
//! on the row before, each sweep followed by transposition (swapping neighbours
//! while that removes crossings), up to 24 sweeps, stopping after 8 without a gain;
//! the best order found is kept. Crossings are counted with the accumulator tree of
//! Barth, Jünger and Mutzel, "Simple and Efficient Bilayer Cross Counting" (JGAA
//! 2004). Rows start in depth-first order from the roots, children in the user's
//! order, and the sorts are stable, so the user's order breaks every tie.
//!
//! The user's sibling order (the children of one parent that have no other
//! parent, in the parent's link order):
//! - in a forest it is a constraint: after every row is sorted, such siblings are
//!   put back in order on the slots they occupy, and transposition never swaps
//!   two of them (a forest then has no crossing);
//! - in a DAG it is kept if that costs at most 10% more crossings than the best
//!   order found without it; otherwise that order is used, where siblings follow
//!   the user's order only where it costs nothing. On KPI-like DAGs keeping it
//!   costs 40 to 70% more crossings (BENCHMARKS.md), so they usually move.

use std::collections::HashMap;

/// A proper layered graph: every edge joins two consecutive rows.
#[derive(Default)]
pub(crate) struct Layers {
    /// Items by row, in order.
    pub rows: Vec<Vec<usize>>,
    /// For each item, its neighbours in the row above and below.
    pub up: Vec<Vec<usize>>,
    pub down: Vec<Vec<usize>>,
    /// For an item with a single neighbour above: that neighbour and the item's
    /// place in that neighbour's user order.
    pub sibling_key: Vec<Option<(usize, usize)>>,
    /// How many drawn links each edge to or from the item stands for (a group of
    /// k leaves: k).
    pub weight: Vec<usize>,
    /// For a companion (a health metric that only guards): the item it follows on
    /// its row. Companions have no edges; they are put back after their host
    /// whenever a row is reordered.
    pub companion: Vec<Option<usize>>,
    /// For each item, the other ends of its `impacts` links (items on any row):
    /// between two orders with as many crossings, transposition takes the one
    /// where these links are shorter.
    pub impacts: Vec<Vec<usize>>,
}

/// Sweeps of one search at most (dot's `MaxIter`).
const MAX_SWEEPS: usize = 24;
/// A search stops after this many sweeps without a gain of at least 0.5%
/// (dot's `MinQuit` and `Convergence`).
const MIN_QUIT: usize = 8;
const MAX_TRANSPOSE: usize = 8;
/// In a DAG, the user's sibling order is kept if that costs at most this share
/// more crossings than the order found without it.
const SIBLING_ORDER_SLACK: f64 = 0.1;

impl Layers {
    /// Reorders the rows to reduce crossings; returns the crossings left.
    ///
    /// With `keep_siblings`, the single-parent children of a parent stay in the
    /// user's order. Without it, the rows are also searched with no such
    /// constraint (the user's order is then only the initial order and breaks
    /// ties), and the constrained order is kept unless it costs more than
    /// [`SIBLING_ORDER_SLACK`] more crossings.
    pub fn reduce_crossings(&mut self, keep_siblings: bool) -> usize {
        self.companion.resize(self.up.len(), None);
        self.impacts.resize(self.up.len(), Vec::new());
        for r in 0..self.rows.len() {
            self.glue_companions(r);
        }
        let initial = self.rows.clone();
        let mut position = vec![0usize; self.up.len()];
        for r in 0..self.rows.len() {
            self.restore_siblings(r);
        }
        let kept = self.search(true, &mut position);
        if keep_siblings || kept == 0 {
            return kept;
        }
        let kept_rows = std::mem::replace(&mut self.rows, initial);
        let free = self.search(false, &mut position);
        if kept as f64 <= free as f64 * (1.0 + SIBLING_ORDER_SLACK) {
            self.rows = kept_rows;
            kept
        } else {
            free
        }
    }

    /// Median sweeps down and up from the current rows, each followed by
    /// transposition, as in dot: keeps the best order found and returns its
    /// crossings.
    fn search(&mut self, constrained: bool, position: &mut [usize]) -> usize {
        self.index_positions(position);
        let mut best = self.rows.clone();
        let mut best_count = self.crossings(position);
        let mut stale = 0;
        for sweep in 0..MAX_SWEEPS {
            if best_count == 0 || stale >= MIN_QUIT {
                break;
            }
            let downward = sweep % 2 == 0;
            // Every other pair of sweeps, equal medians and equal crossings swap
            // too, to leave plateaus (dot's `reverse`).
            let shake = sweep % 4 < 2;
            let order: Vec<usize> = if downward {
                (1..self.rows.len()).collect()
            } else {
                (0..self.rows.len().saturating_sub(1)).rev().collect()
            };
            for r in order {
                self.sort_row(r, downward, shake, position);
                if constrained {
                    self.restore_siblings(r);
                }
                self.glue_companions(r);
                for (i, &item) in self.rows[r].iter().enumerate() {
                    position[item] = i;
                }
            }
            self.transpose(constrained, !shake, position);
            for r in 0..self.rows.len() {
                self.glue_companions(r);
            }
            self.index_positions(position);
            let count = self.crossings(position);
            if count <= best_count {
                if (count as f64) < 0.995 * best_count as f64 {
                    stale = 0;
                } else {
                    stale += 1;
                }
                best_count = count;
                best.clone_from(&self.rows);
            } else {
                stale += 1;
            }
        }
        self.rows = best;
        self.index_positions(position);
        best_count
    }

    /// The "transpose" step of Gansner, Koutsofios, North and Vo ("A Technique for
    /// Drawing Directed Graphs", 1993): swap neighbours on a row while that removes
    /// crossings (with `ties`, also when it keeps them equal); when `constrained`,
    /// never two children of one parent.
    fn transpose(&mut self, constrained: bool, ties: bool, position: &mut [usize]) {
        // Each item's place on its row as a share of the row, so that `impacts`
        // links between rows of different lengths compare.
        let mut fraction = vec![0.0; self.up.len()];
        for row in &self.rows {
            for (i, &item) in row.iter().enumerate() {
                fraction[item] = (i as f64 + 0.5) / row.len() as f64;
            }
        }
        for _ in 0..MAX_TRANSPOSE {
            let mut improved = false;
            for r in 0..self.rows.len() {
                for i in 1..self.rows[r].len() {
                    let (a, b) = (self.rows[r][i - 1], self.rows[r][i]);
                    let family = |x: usize| self.sibling_key[x].map(|(p, _)| p);
                    if constrained && family(a).is_some() && family(a) == family(b) {
                        continue;
                    }
                    let now = self.pair_crossings(a, b, position);
                    let swapped = self.pair_crossings(b, a, position);
                    let shorter = if swapped != now {
                        None
                    } else {
                        let len = self.rows[r].len() as f64;
                        let f = |k: usize| (k as f64 + 0.5) / len;
                        let length = |x: usize, at: f64| -> f64 {
                            self.impacts[x]
                                .iter()
                                .map(|&y| (at - fraction[y]).abs())
                                .sum()
                        };
                        let kept = length(a, f(i - 1)) + length(b, f(i));
                        let turned = length(a, f(i)) + length(b, f(i - 1));
                        if turned + 1e-9 < kept {
                            Some(true)
                        } else if kept + 1e-9 < turned {
                            Some(false)
                        } else {
                            None
                        }
                    };
                    let swap = match shorter {
                        Some(turned) => turned,
                        _ => swapped < now || (ties && now > 0 && swapped == now),
                    };
                    if swap {
                        fraction.swap(a, b);
                        self.rows[r].swap(i - 1, i);
                        position[a] = i;
                        position[b] = i - 1;
                        improved |= swapped < now;
                    }
                }
            }
            if !improved {
                break;
            }
        }
    }

    /// Crossings between the edges of `left` and those of `right`, with `left`
    /// placed before `right` on their row.
    fn pair_crossings(&self, left: usize, right: usize, position: &[usize]) -> usize {
        let mut count = 0;
        for neighbours in [&self.up, &self.down] {
            for &x in &neighbours[left] {
                let below: usize = neighbours[right]
                    .iter()
                    .filter(|&&y| position[y] < position[x])
                    .map(|&y| self.weight[y])
                    .sum();
                count += below * self.weight[x];
            }
        }
        count * self.weight[left] * self.weight[right]
    }

    fn index_positions(&self, position: &mut [usize]) {
        for row in &self.rows {
            for (i, &item) in row.iter().enumerate() {
                position[item] = i;
            }
        }
    }

    /// Sorts the items of row `r` that have neighbours on the reference row by
    /// the weighted median of their neighbours' places (Gansner et al. 1993);
    /// items with none keep their slot (as in dot, mixing the two scales would
    /// scramble the row). The sort is stable, so equal medians keep the current
    /// order, or swap it with `shake`.
    fn sort_row(&mut self, r: usize, downward: bool, shake: bool, position: &[usize]) {
        let neighbours = if downward { &self.up } else { &self.down };
        let mut slots = Vec::new();
        let mut keyed: Vec<(f64, usize)> = Vec::new();
        let mut places: Vec<(usize, usize)> = Vec::new();
        for (slot, &item) in self.rows[r].iter().enumerate() {
            let list = &neighbours[item];
            if list.is_empty() {
                continue;
            }
            places.clear();
            places.extend(list.iter().map(|&n| (position[n], self.weight[n])));
            places.sort_unstable();
            slots.push(slot);
            keyed.push((weighted_median(&places), item));
        }
        if shake {
            keyed.reverse();
        }
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (slot, (_, item)) in slots.into_iter().zip(keyed) {
            self.rows[r][slot] = item;
        }
    }

    /// Puts the single-parent children of each parent back in user order on the
    /// slots they hold.
    fn restore_siblings(&mut self, r: usize) {
        let mut families: HashMap<usize, Vec<usize>> = HashMap::new();
        for (slot, &item) in self.rows[r].iter().enumerate() {
            if let Some((parent, _)) = self.sibling_key[item] {
                families.entry(parent).or_default().push(slot);
            }
        }
        for slots in families.values() {
            let mut members: Vec<usize> = slots.iter().map(|&s| self.rows[r][s]).collect();
            members.sort_by_key(|&m| self.sibling_key[m].map(|(_, i)| i));
            for (&slot, member) in slots.iter().zip(members) {
                self.rows[r][slot] = member;
            }
        }
    }

    /// Puts each companion on row `r` right after its host (after the companions
    /// already there), the others keeping their order.
    fn glue_companions(&mut self, r: usize) {
        let row = &self.rows[r];
        if !row.iter().any(|&i| self.companion[i].is_some()) {
            return;
        }
        let mut glued: Vec<usize> = row
            .iter()
            .copied()
            .filter(|&i| self.companion[i].is_none())
            .collect();
        for &c in row.iter().filter(|&&i| self.companion[i].is_some()) {
            let host = self.companion[c];
            match glued.iter().position(|&i| Some(i) == host) {
                Some(mut at) => {
                    while glued
                        .get(at + 1)
                        .is_some_and(|&i| self.companion[i] == host)
                    {
                        at += 1;
                    }
                    glued.insert(at + 1, c);
                }
                None => glued.push(c),
            }
        }
        self.rows[r] = glued;
    }

    /// Crossings between all pairs of consecutive rows.
    pub fn crossings(&self, position: &[usize]) -> usize {
        (0..self.rows.len().saturating_sub(1))
            .map(|r| self.bilayer_crossings(r, position))
            .sum()
    }

    fn bilayer_crossings(&self, r: usize, position: &[usize]) -> usize {
        let lower_len = self.rows[r + 1].len();
        let mut ends: Vec<(usize, usize)> = Vec::new();
        for &item in &self.rows[r] {
            let start = ends.len();
            ends.extend(
                self.down[item]
                    .iter()
                    .map(|&n| (position[n], self.weight[item] * self.weight[n])),
            );
            ends[start..].sort_unstable();
        }
        count_inversions(&ends, lower_len)
    }
}

/// The median of sorted places, each repeated by its weight; for an even count,
/// the two middle places weighted towards the side where places are packed
/// closer (dot's weighted median).
fn weighted_median(places: &[(usize, usize)]) -> f64 {
    let total: usize = places.iter().map(|p| p.1).sum();
    let at = |k: usize| -> f64 {
        let mut seen = 0;
        for &(place, weight) in places {
            seen += weight;
            if seen > k {
                return place as f64;
            }
        }
        places.last().map_or(0.0, |p| p.0 as f64)
    };
    if total % 2 == 1 {
        return at(total / 2);
    }
    let (lower, upper) = (at(total / 2 - 1), at(total / 2));
    if total == 2 {
        return (lower + upper) / 2.0;
    }
    let left = lower - at(0);
    let right = at(total - 1) - upper;
    if left + right > 0.0 {
        (lower * right + upper * left) / (left + right)
    } else {
        (lower + upper) / 2.0
    }
}

/// Pairs `i < j` with `values[i] > values[j]`, each counted as the product of the
/// two weights; values below `bound`; with an accumulator tree.
fn count_inversions(values: &[(usize, usize)], bound: usize) -> usize {
    let mut first = 1;
    while first < bound.max(1) {
        first *= 2;
    }
    let mut tree = vec![0usize; 2 * first];
    let first = first - 1;
    let mut count = 0;
    for &(value, weight) in values {
        let mut index = value + first;
        tree[index] += weight;
        while index > 0 {
            if index % 2 == 1 {
                count += weight * tree[index + 1];
            }
            index = (index - 1) / 2;
            tree[index] += weight;
        }
    }
    count
}

#[cfg(test)]
mod tests;
