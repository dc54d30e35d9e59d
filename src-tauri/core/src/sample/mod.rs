//! The sample tree a new store is seeded with: a B2B SaaS ARR tree written for
//! kpitree, with a North Star, business KPIs with formulas, product metrics,
//! strategic intents, initiatives with colour-coded `impacts` links and a health
//! metric guarding acquisition.

use crate::interchange;
use crate::model::{Link, LinkKind, Node, NodeId, NodeKind, Tree};

const SAAS_ARR: &str = include_str!("saas_arr.json");

/// The SaaS ARR sample. It is part of the program, and a unit test proves it valid,
/// so failing to read it is a bug, not a user error.
pub fn saas_arr() -> Tree {
    interchange::read(SAAS_ARR, "sample/saas_arr.json")
        .unwrap_or_else(|error| panic!("the built-in sample tree is invalid: {error}"))
}

/// A generated KPI-like tree of `count` nodes for benchmarks and screenshots: a
/// North Star, then business KPIs, product metrics, intents and initiatives by
/// depth, each node driving one parent, with a fan-out from 1 to 4 (breadth first).
pub fn synthetic(name: &str, count: usize) -> Tree {
    let id = |i: usize| NodeId::new(&format!("n{i}")).unwrap_or_else(|_| unreachable!());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;
    use crate::validate::{self, Severity};

    #[test]
    fn synthetic_trees_are_valid_and_of_the_size_asked() {
        for count in [0, 1, 5, 300] {
            let tree = synthetic("t", count);
            assert_eq!(tree.nodes.len(), count);
            assert!(crate::validate::is_valid(&tree), "{count}");
        }
    }

    #[test]
    fn sample_is_valid_and_has_every_node_kind() {
        let tree = saas_arr();
        let errors: Vec<_> = validate::check(&tree)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        for kind in NodeKind::ALL {
            assert!(tree.nodes.iter().any(|n| n.kind == *kind), "no {kind}");
        }
    }
}
