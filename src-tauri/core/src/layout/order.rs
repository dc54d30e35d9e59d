//! Crossing reduction for the layered engine: the barycenter heuristic of
//! Sugiyama, Tagawa and Toda (1981), swept down and up the ranks, keeping the best
//! order found; crossings counted with the accumulator tree of Barth, Jünger and
//! Mutzel, "Simple and Efficient Bilayer Cross Counting" (JGAA 2004).
//!
//! The user's sibling order is a constraint, not a suggestion: after every row is
//! sorted, the children of one parent that have no other parent are put back in
//! the parent's link order on the slots they occupy.

use std::collections::HashMap;

/// A proper layered graph: every edge joins two consecutive rows.
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
}

const MAX_SWEEPS: usize = 24;
const MAX_TRANSPOSE: usize = 8;

impl Layers {
    /// Reorders the rows to reduce crossings; returns the crossings left.
    pub fn reduce_crossings(&mut self) -> usize {
        let mut position = vec![0usize; self.up.len()];
        for r in 0..self.rows.len() {
            self.restore_siblings(r);
        }
        self.index_positions(&mut position);
        let mut best = self.rows.clone();
        let mut best_count = self.crossings(&position);
        let mut stale = 0;
        for sweep in 0..MAX_SWEEPS {
            if best_count == 0 || stale >= 3 {
                break;
            }
            let downward = sweep % 2 == 0;
            let order: Vec<usize> = if downward {
                (1..self.rows.len()).collect()
            } else {
                (0..self.rows.len().saturating_sub(1)).rev().collect()
            };
            for r in order {
                self.sort_row(r, downward, &position);
                for (i, &item) in self.rows[r].iter().enumerate() {
                    position[item] = i;
                }
            }
            self.transpose(&mut position);
            let count = self.crossings(&position);
            if count < best_count {
                best_count = count;
                best = self.rows.clone();
                stale = 0;
            } else {
                stale += 1;
            }
        }
        self.rows = best;
        best_count
    }

    /// The "transpose" step of Gansner, Koutsofios, North and Vo ("A Technique for
    /// Drawing Directed Graphs", 1993): swap neighbours on a row while that removes
    /// crossings, never two children of one parent.
    fn transpose(&mut self, position: &mut [usize]) {
        for _ in 0..MAX_TRANSPOSE {
            let mut improved = false;
            for r in 0..self.rows.len() {
                for i in 1..self.rows[r].len() {
                    let (a, b) = (self.rows[r][i - 1], self.rows[r][i]);
                    let family = |x: usize| self.sibling_key[x].map(|(p, _)| p);
                    if family(a).is_some() && family(a) == family(b) {
                        continue;
                    }
                    let now = self.pair_crossings(a, b, position);
                    let swapped = self.pair_crossings(b, a, position);
                    if swapped < now {
                        self.rows[r].swap(i - 1, i);
                        position[a] = i;
                        position[b] = i - 1;
                        improved = true;
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
    /// the weighted mean of their neighbours' places; items with none keep their
    /// slot (as in dot, mixing the two scales would scramble the row).
    fn sort_row(&mut self, r: usize, downward: bool, position: &[usize]) {
        let neighbours = if downward { &self.up } else { &self.down };
        let mut slots = Vec::new();
        let mut keyed: Vec<(f64, usize)> = Vec::new();
        for (slot, &item) in self.rows[r].iter().enumerate() {
            let list = &neighbours[item];
            if list.is_empty() {
                continue;
            }
            let total: usize = list.iter().map(|&n| self.weight[n]).sum();
            let sum: usize = list.iter().map(|&n| position[n] * self.weight[n]).sum();
            slots.push(slot);
            keyed.push((sum as f64 / total.max(1) as f64, item));
        }
        keyed.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (slot, (_, item)) in slots.into_iter().zip(keyed) {
            self.rows[r][slot] = item;
        }
        self.restore_siblings(r);
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
mod tests {
    use super::*;

    #[test]
    fn inversions() {
        let ones = |v: &[usize]| v.iter().map(|&x| (x, 1)).collect::<Vec<_>>();
        assert_eq!(count_inversions(&ones(&[0, 1, 2]), 3), 0);
        assert_eq!(count_inversions(&ones(&[2, 1, 0]), 3), 3);
        assert_eq!(count_inversions(&ones(&[1, 0, 1, 0]), 2), 3);
        assert_eq!(count_inversions(&[], 0), 0);
        assert_eq!(count_inversions(&[(1, 2), (0, 3)], 2), 6);
    }

    /// Two parents a, b over children c, d with a → d, b → c: one crossing that
    /// the sweep removes.
    #[test]
    fn a_crossing_is_removed() {
        let mut layers = Layers {
            rows: vec![vec![0, 1], vec![2, 3]],
            up: vec![vec![], vec![], vec![1], vec![0]],
            down: vec![vec![3], vec![2], vec![], vec![]],
            sibling_key: vec![None, None, Some((1, 0)), Some((0, 0))],
            weight: vec![1; 4],
        };
        assert_eq!(layers.reduce_crossings(), 0);
        assert_eq!(layers.rows[1], vec![3, 2]);
    }

    /// Siblings keep the user's order even when it costs a crossing.
    #[test]
    fn sibling_order_is_kept() {
        // Parent 0 has children 1 then 2; 1 drives 4, 2 drives 3 on the row below.
        let mut layers = Layers {
            rows: vec![vec![0], vec![1, 2], vec![3, 4]],
            up: vec![vec![], vec![0], vec![0], vec![2], vec![1]],
            down: vec![vec![1, 2], vec![4], vec![3], vec![], vec![]],
            sibling_key: vec![None, Some((0, 0)), Some((0, 1)), Some((2, 0)), Some((1, 0))],
            weight: vec![1; 5],
        };
        assert_eq!(layers.reduce_crossings(), 0);
        assert_eq!(layers.rows[1], vec![1, 2]);
        assert_eq!(layers.rows[2], vec![4, 3]);
    }
}
