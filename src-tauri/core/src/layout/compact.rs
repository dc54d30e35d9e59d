//! The compact engine for wide trees, as org charts draw them: sibling leaves are
//! stacked in a column (two columns when there are many) under their parent, each
//! card to one side of a vertical spine and joined to it by an elbow, so that the
//! breadth of the drawing is that of the inner nodes, not of the leaves; and deeper
//! subtrees are stacked the same way (an indented list under their parent) as far
//! as it takes for the drawing's shape to come near a target aspect ratio.
//!
//! # How
//!
//! The `drives` DAG is cut to a forest: a node driving several parents is placed
//! under the first (in link order); its other links are routed as the other
//! engines route them. Companions (health metrics that only guard) follow their
//! host among its siblings, as in the tidy engine, whose sibling order this one
//! walks (`tidy::order`, the user's order).
//!
//! Each subtree becomes a rectangular block, its card on top (nothing else in the
//! card's strip of the block), laid out bottom-up in one of two ways:
//! - **row**: the children's blocks side by side below the card, the card centred
//!   over the first and last; a run of two or more leaves among them is one
//!   *stack* (a spine reached by an S-curve from the parent, the leaves beside it);
//! - **stack**: the children's blocks in a column (or two, either side) along a
//!   spine that leaves the parent's bottom side ([`INDENT`] in from its left side,
//!   or under its centre with two columns).
//!
//! Under a limit on the blocks' depth, each node (bottom-up) takes the narrowest
//! of its three ways (a row, one column, two columns) whose block stays within
//! the limit, or the shallowest if none does; a run of leaves in a row takes two
//! columns if one would pass the limit. Limits from the deepest card to the depth
//! of the narrowest drawing are tried in [`LIMITS`] geometric steps (each try is
//! linear), and the drawing that fits a box of the target aspect at the largest
//! scale wins (ties: the lower limit). So leaves are always stacked, and a tree
//! that is still too wide stacks whole branches, each as far as it must.
//!
//! Invariants: no two cards overlap (blocks are disjoint rectangles); every card
//! sits below its parent in the forest (its top below the parent's bottom); spines
//! and elbows run through the empty strips of their blocks, so they cross no card.
//! Pinned nodes keep their place (nothing is moved aside for them), and the links
//! at a pinned node are routed by the general router.

mod joints;

use super::structure::Structure;
use super::tidy::order::Order;
use super::tidy::Gaps;
pub(super) use joints::lay_out;
use joints::Joint;

/// Space between a stack's spine and the blocks beside it.
const STUB: f64 = 16.0;
/// How far in from its card's left side a one-column stack's spine leaves it.
const INDENT: f64 = 20.0;
/// Space between a card and the stack below it, and between two stacked blocks:
/// more than the general router's stub and clearance (18), so that a link it
/// routes from a stacked card's bottom side starts clear of the card below.
const STACK_GAP: f64 = 20.0;
const ROW_GAP: f64 = 20.0;
/// How many height limits are tried.
const LIMITS: usize = 40;

/// Card centres (u, v) of every node, the forest the engine cut, and how each
/// forest edge is drawn (indexed by the child).
pub(crate) struct Compact {
    /// The first root, its card at the origin.
    pub first: Option<usize>,
    pub centres: Vec<(f64, f64)>,
    pub parent: Vec<Option<usize>>,
    pub joints: Vec<Option<Joint>>,
}

struct Forest {
    kids: Vec<Vec<usize>>,
    roots: Vec<usize>,
    parent: Vec<Option<usize>>,
    /// Pre-order from the roots: a parent before its descendants.
    pre: Vec<usize>,
}

/// Blocks for one `(h, k)`: per node its block's size, its card's centre across
/// the block, its block's origin relative to its parent's block (roots: to the
/// drawing), and the joint to its parent relative to the parent's block.
struct Arrangement {
    size: (f64, f64),
    block: Vec<(f64, f64)>,
    anchor: Vec<f64>,
    origin: Vec<(f64, f64)>,
    joint: Vec<Option<Joint>>,
}

/// A stack's members relative to its spine (u = 0) and top (v = 0).
struct Stack {
    placed: Vec<(usize, f64, f64)>,
    u0: f64,
    u1: f64,
    height: f64,
}

/// The compact layout of `structure` whose drawing (`across` by `along`) comes
/// nearest the aspect `ratio` (breadth across over depth along the ranks).
pub(crate) fn compact(
    structure: &Structure,
    breadth: &[f64],
    depth: &[f64],
    gaps: Gaps,
    rank_gap: f64,
    ratio: f64,
) -> Compact {
    let forest = Forest::new(structure);
    let cards = Cards {
        breadth,
        depth,
        gaps,
        rank_gap,
    };
    // Limits from the deepest card to the tallest drawing (all in one column),
    // in geometric steps.
    let lowest = depth.iter().copied().fold(0.0f64, f64::max).max(1.0);
    let tallest = cards.arrange(&forest, f64::INFINITY).size.1.max(lowest);
    let mut best: Option<(f64, Arrangement)> = None;
    for step in 0..=LIMITS {
        let limit = lowest * (tallest / lowest).powf(step as f64 / LIMITS as f64);
        let arrangement = cards.arrange(&forest, limit);
        let (w, d) = arrangement.size;
        let scale = (ratio / w.max(1.0)).min(1.0 / d.max(1.0));
        if best.as_ref().is_none_or(|(s, _)| scale > *s * (1.0 + 1e-9)) {
            best = Some((scale, arrangement));
        }
    }
    let Some((_, arrangement)) = best else {
        unreachable!("at least one arrangement is tried")
    };
    forest.absolute(&arrangement, depth)
}

impl Forest {
    fn new(structure: &Structure) -> Forest {
        let len = structure.len();
        let order = Order::new(structure);
        let mut parent: Vec<Option<usize>> = vec![None; len];
        let mut kids: Vec<Vec<usize>> = vec![Vec::new(); len];
        let mut taken = vec![false; len];
        let roots = order.lists.get(len).cloned().unwrap_or_default();
        for &r in &roots {
            taken[r] = true;
        }
        for (p, list) in order.lists.iter().enumerate().take(len) {
            for &c in list {
                // Under its first parent; a companion under its host's.
                let first = structure.parents[c].first().copied();
                if !taken[c] && first.is_none_or(|f| f == p) {
                    taken[c] = true;
                    parent[c] = Some(p);
                    kids[p].push(c);
                }
            }
        }
        let mut pre = Vec::with_capacity(len);
        let mut stack: Vec<usize> = roots.iter().rev().copied().collect();
        while let Some(n) = stack.pop() {
            pre.push(n);
            stack.extend(kids[n].iter().rev());
        }
        Forest {
            kids,
            roots,
            parent,
            pre,
        }
    }

    /// Card centres and joints in the drawing, the first root's card at the origin.
    fn absolute(&self, a: &Arrangement, depth: &[f64]) -> Compact {
        let len = self.parent.len();
        let mut at = vec![(0.0, 0.0); len];
        let mut centres = vec![(0.0, 0.0); len];
        let mut joints = vec![None; len];
        for &n in &self.pre {
            let base = self.parent[n].map_or((0.0, 0.0), |p| at[p]);
            at[n] = (base.0 + a.origin[n].0, base.1 + a.origin[n].1);
            centres[n] = (at[n].0 + a.anchor[n], at[n].1 + depth[n] / 2.0);
            joints[n] = a.joint[n].map(|joint| joint.moved(base));
        }
        if let Some(&first) = self.roots.first() {
            let (du, dv) = centres[first];
            for c in &mut centres {
                *c = (c.0 - du, c.1 - dv);
            }
            for joint in joints.iter_mut().flatten() {
                *joint = joint.moved((-du, -dv));
            }
        }
        Compact {
            first: self.roots.first().copied(),
            centres,
            parent: self.parent.clone(),
            joints,
        }
    }
}

/// What the arrangement needs per card, and the gaps.
struct Cards<'a> {
    breadth: &'a [f64],
    depth: &'a [f64],
    gaps: Gaps,
    rank_gap: f64,
}

/// One way to arrange a node's children: its block's size, its card's centre
/// across it, and each child's block origin and joint.
struct Choice {
    size: (f64, f64),
    anchor: f64,
    placed: Vec<(usize, (f64, f64), Option<Joint>)>,
}

impl Cards<'_> {
    /// Each node arranged the narrowest way that keeps its block within `limit`
    /// along the ranks (the shortest way if none does).
    fn arrange(&self, forest: &Forest, limit: f64) -> Arrangement {
        let len = forest.parent.len();
        let mut a = Arrangement {
            size: (0.0, 0.0),
            block: vec![(0.0, 0.0); len],
            anchor: vec![0.0; len],
            origin: vec![(0.0, 0.0); len],
            joint: vec![None; len],
        };
        for &n in forest.pre.iter().rev() {
            let kids = &forest.kids[n];
            if kids.is_empty() {
                a.block[n] = (self.breadth[n], self.depth[n]);
                a.anchor[n] = self.breadth[n] / 2.0;
                continue;
            }
            let mut choices = vec![
                self.stack_under(&a, n, kids, false),
                self.row(&a, forest, kids, limit, Some(n)),
            ];
            if kids.len() > 1 {
                choices.push(self.stack_under(&a, n, kids, true));
            }
            let narrowest = choices
                .iter()
                .filter(|c| c.size.1 <= limit)
                .min_by(|x, y| x.size.0.total_cmp(&y.size.0));
            let shortest = || choices.iter().min_by(|x, y| x.size.1.total_cmp(&y.size.1));
            if let Some(best) = narrowest.or_else(shortest) {
                a.commit(n, best);
            }
        }
        let roots = self.row(&a, forest, &forest.roots, limit, None);
        for &(m, origin, _) in &roots.placed {
            a.origin[m] = origin;
        }
        a.size = roots.size;
        a
    }

    /// Node `n`'s card with its children down a spine from its bottom side, in one
    /// column or two.
    fn stack_under(&self, a: &Arrangement, n: usize, kids: &[usize], two: bool) -> Choice {
        let (bw, bd) = (self.breadth[n], self.depth[n]);
        let s = stack(kids, two, &a.block);
        let spine = if two { bw / 2.0 } else { INDENT.min(bw / 2.0) };
        let top = bd + STACK_GAP;
        let shift = -(spine + s.u0).min(0.0);
        let joint = Joint::Elbow {
            spine: shift + spine,
            top: bd,
            direct: true,
        };
        Choice {
            size: (bw.max(spine + s.u1) + shift, top + s.height),
            anchor: shift + bw / 2.0,
            placed: s
                .placed
                .iter()
                .map(|&(m, u, v)| (m, (shift + spine + u, top + v), Some(joint)))
                .collect(),
        }
    }

    /// The blocks of `kids` side by side (runs of leaves as stacks, in two columns
    /// if one would pass `limit`), below node `card`'s card centred over them, or
    /// with no card (the roots).
    fn row(
        &self,
        a: &Arrangement,
        forest: &Forest,
        kids: &[usize],
        limit: f64,
        card: Option<usize>,
    ) -> Choice {
        let gap = if card.is_some() {
            self.gaps.siblings
        } else {
            self.gaps.trees
        };
        let row_v = card.map_or(0.0, |n| self.depth[n] + self.rank_gap);
        let mut placed = Vec::with_capacity(kids.len());
        let mut x = 0.0;
        let mut height = 0.0f64;
        let mut anchors: Vec<f64> = Vec::new();
        let mut i = 0;
        while i < kids.len() {
            let leaf = |c: usize| forest.kids[c].is_empty();
            let run = kids[i..].iter().take_while(|&&c| leaf(c)).count();
            if run >= 2 {
                let members = &kids[i..i + run];
                let mut s = stack(members, false, &a.block);
                if row_v + s.height > limit {
                    s = stack(members, true, &a.block);
                }
                let spine = x - s.u0;
                let joint = card.map(|_| Joint::Elbow {
                    spine,
                    top: row_v,
                    direct: false,
                });
                placed.extend(
                    s.placed
                        .iter()
                        .map(|&(m, u, v)| (m, (spine + u, row_v + v), joint)),
                );
                anchors.push(spine);
                x += s.u1 - s.u0 + gap;
                height = height.max(s.height);
                i += run;
                continue;
            }
            let c = kids[i];
            placed.push((c, (x, row_v), card.map(|_| Joint::Curve)));
            anchors.push(x + a.anchor[c]);
            x += a.block[c].0 + gap;
            height = height.max(a.block[c].1);
            i += 1;
        }
        let width = (x - gap).max(0.0);
        let Some(n) = card else {
            return Choice {
                size: (width, height),
                anchor: 0.0,
                placed,
            };
        };
        let bw = self.breadth[n];
        let centre = match (anchors.first(), anchors.last()) {
            (Some(first), Some(last)) => (first + last) / 2.0,
            _ => bw / 2.0,
        };
        let shift = -(centre - bw / 2.0).min(0.0);
        for (_, origin, joint) in &mut placed {
            origin.0 += shift;
            *joint = joint.map(|joint| joint.moved((shift, 0.0)));
        }
        Choice {
            size: (width.max(centre + bw / 2.0) + shift, row_v + height),
            anchor: centre + shift,
            placed,
        }
    }
}

impl Arrangement {
    fn commit(&mut self, n: usize, choice: &Choice) {
        self.block[n] = choice.size;
        self.anchor[n] = choice.anchor;
        for &(m, origin, joint) in &choice.placed {
            self.origin[m] = origin;
            self.joint[m] = joint;
        }
    }
}

/// `members` (blocks of `block` sizes) down a spine: one column right of it, or
/// two, in reading order (left, right, left…).
fn stack(members: &[usize], two: bool, block: &[(f64, f64)]) -> Stack {
    let mut placed = Vec::with_capacity(members.len());
    let (mut u0, mut u1, mut v) = (0.0f64, 0.0f64, 0.0);
    let columns = if two { 2 } else { 1 };
    for line in members.chunks(columns) {
        let mut tallest = 0.0f64;
        for (side, &m) in line.iter().enumerate() {
            let (w, h) = block[m];
            let u = if two && side == 0 { -STUB - w } else { STUB };
            placed.push((m, u, v));
            u0 = u0.min(u);
            u1 = u1.max(u + w);
            tallest = tallest.max(h);
        }
        v += tallest + ROW_GAP;
    }
    Stack {
        placed,
        u0,
        u1,
        height: (v - ROW_GAP).max(0.0),
    }
}

#[cfg(test)]
mod tests;
