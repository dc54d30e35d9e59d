//! Generated trees, deterministic and of any size, for benchmarks, screenshots and
//! the end-to-end tests: [`synthetic`], and the pieces the benchmarks build their
//! own trees from ([`node_id`], [`Lcg`], the complete 4-ary shape).
//!
//! Invariant: the same arguments give the same tree, byte for byte, on every
//! machine and in every version, since the figures in BENCHMARKS.md and the e2e
//! tests are measured on these trees. Unit tests pin their output; change a
//! generator only together with the figures measured on it.

use crate::model::{Link, LinkKind, Node, NodeId, NodeKind, Tree};

/// A generated KPI-like tree of `count` nodes for benchmarks and screenshots: a
/// North Star, then business KPIs, product metrics, intents and initiatives by
/// depth, each node driving one parent, with a fan-out from 1 to 4 (breadth first).
pub fn synthetic(name: &str, count: usize) -> Tree {
    let id = node_id;
    let mut tree = Tree::new(name);
    if count == 0 {
        return tree;
    }
    tree.nodes
        .push(Node::new(id(0), NodeKind::NorthStar, "North Star"));
    let mut depth = vec![0usize];
    let mut parent = 0;
    while tree.nodes.len() < count {
        let fan_out = 1 + (parent * 7 + 3) % 4;
        for _ in 0..fan_out.min(count - tree.nodes.len()) {
            let i = tree.nodes.len();
            depth.push(depth[parent] + 1);
            let kind = match depth[i] {
                1 | 2 => NodeKind::BusinessKpi,
                3 | 4 => NodeKind::ProductMetric,
                5 => NodeKind::StrategicIntent,
                _ => NodeKind::Initiative,
            };
            tree.nodes
                .push(Node::new(id(i), kind, format!("Metric {i}")));
            tree.links
                .push(Link::new(LinkKind::Drives, id(i), id(parent)));
        }
        parent += 1;
    }
    tree
}

/// The id of generated node `i`: `n0`, `n1`…
pub fn node_id(i: usize) -> NodeId {
    NodeId::new(&format!("n{i}")).unwrap_or_else(|_| unreachable!("n and digits is an id"))
}

/// A deterministic pseudo-random sequence: a 64-bit linear congruential generator
/// with Knuth's MMIX multiplier and increment, the high bits kept (the low bits of
/// an LCG have short periods). The seed is the state.
#[derive(Debug, Clone)]
pub struct Lcg(pub u64);

impl Lcg {
    /// The next number in `0..bound` (0 when `bound` is 0).
    pub fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }
}

/// The parent of node `i` in a complete 4-ary tree numbered breadth first:
/// `(i - 1) / 4`, and node 0 (the root) for node 0.
pub fn four_ary_parent(i: usize) -> usize {
    i.saturating_sub(1) / 4
}

/// The depth of each of `size` nodes of a complete 4-ary tree (the root at 0).
pub fn four_ary_depths(size: usize) -> Vec<usize> {
    let mut depth = vec![0usize; size];
    for i in 1..size {
        depth[i] = depth[four_ary_parent(i)] + 1;
    }
    depth
}

/// The kind of a node at `depth` of a generated KPI tree: the North Star, business
/// KPIs, two levels of product metrics, then initiatives.
pub fn kind_at_depth(depth: usize) -> NodeKind {
    match depth {
        0 => NodeKind::NorthStar,
        1 => NodeKind::BusinessKpi,
        2 | 3 => NodeKind::ProductMetric,
        _ => NodeKind::Initiative,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Lcg(7)`'s first six draws below 1,000, computed apart from this code.
    const PINNED_DRAWS: [usize; 6] = [278, 231, 753, 673, 545, 219];

    /// The `drives` links of `synthetic("t", 12)`: fan-outs 4, 3, 2, 1, 4…
    const PINNED_SYNTHETIC_LINKS: [(&str, &str); 11] = [
        ("n1", "n0"),
        ("n2", "n0"),
        ("n3", "n0"),
        ("n4", "n0"),
        ("n5", "n1"),
        ("n6", "n1"),
        ("n7", "n1"),
        ("n8", "n2"),
        ("n9", "n2"),
        ("n10", "n3"),
        ("n11", "n4"),
    ];

    #[test]
    fn the_random_sequence_is_pinned() {
        let mut random = Lcg(7);
        let drawn: Vec<usize> = (0..6).map(|_| random.next(1_000)).collect();
        assert_eq!(drawn, PINNED_DRAWS);
        assert_eq!(Lcg(1).next(0), 0);
    }

    #[test]
    fn the_four_ary_shape() {
        let parents: Vec<usize> = (0..10).map(four_ary_parent).collect();
        assert_eq!(parents, [0, 0, 0, 0, 0, 1, 1, 1, 1, 2]);
        assert_eq!(
            four_ary_depths(22),
            [0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3]
        );
        let kinds: Vec<NodeKind> = (0..5).map(kind_at_depth).collect();
        use NodeKind::*;
        assert_eq!(
            kinds,
            [
                NorthStar,
                BusinessKpi,
                ProductMetric,
                ProductMetric,
                Initiative
            ]
        );
        assert_eq!(node_id(42).as_str(), "n42");
    }

    /// The first nodes of `synthetic`: its shape is pinned with the rest.
    #[test]
    fn synthetic_is_pinned() {
        let tree = synthetic("t", 12);
        let names: Vec<(&str, NodeKind)> =
            tree.nodes.iter().map(|n| (n.id.as_str(), n.kind)).collect();
        let links: Vec<(&str, &str)> = tree
            .links
            .iter()
            .map(|l| (l.from.as_str(), l.to.as_str()))
            .collect();
        assert_eq!(names.len(), 12);
        assert_eq!(names[0], ("n0", NodeKind::NorthStar));
        assert_eq!(tree.nodes[5].name, "Metric 5");
        assert_eq!(links, PINNED_SYNTHETIC_LINKS);
    }
}
