//! Properties of the numbers engine (`analysis`) over random trees whose every
//! parent is the product, or the sum, of its children: the elasticity of each
//! factor of a product is 1, that of a term of a sum is its share of the total, a
//! 1 % what-if on a leaf moves the top by its elasticity, and a what-if with no
//! overrides changes nothing.

use std::collections::BTreeMap;

use kpitree_core::analysis::{leverage, what_if, Override};
use kpitree_core::model::{Link, LinkKind, Node, NodeId, NodeKind, Tree};
use proptest::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Shape {
    Product,
    Sum,
}

#[derive(Debug, Clone)]
struct Spec {
    /// The parent of each node after the first (an earlier node).
    parents: Vec<usize>,
    /// A value per node; only the leaves' are used.
    values: Vec<f64>,
    /// Whether sums are written `sum(a, b)` rather than `a + b`.
    call: bool,
}

fn id(i: usize) -> NodeId {
    NodeId::new(&format!("n{i}")).unwrap()
}

/// Up to 40 nodes; leaf values non-zero, positive for sums (so that no total is 0).
fn spec(shape: Shape) -> impl Strategy<Value = Spec> {
    (2..40usize).prop_flat_map(move |n| {
        let parents: Vec<_> = (1..n).map(|i| 0..i).collect();
        let magnitude = 0.1f64..10.0;
        let value = match shape {
            Shape::Sum => magnitude.boxed(),
            Shape::Product => (magnitude, any::<bool>())
                .prop_map(|(m, negative)| if negative { -m } else { m })
                .boxed(),
        };
        (parents, prop::collection::vec(value, n), any::<bool>()).prop_map(
            |(parents, values, call)| Spec {
                parents,
                values,
                call,
            },
        )
    })
}

fn children(spec: &Spec) -> Vec<Vec<usize>> {
    let mut children = vec![Vec::new(); spec.values.len()];
    for (i, parent) in spec.parents.iter().enumerate() {
        children[*parent].push(i + 1);
    }
    children
}

fn build(spec: &Spec, shape: Shape) -> Tree {
    let children = children(spec);
    let mut tree = Tree::new("props");
    for (i, kids) in children.iter().enumerate() {
        let mut node = Node::new(id(i), NodeKind::BusinessKpi, format!("Node {i}"));
        let names: Vec<String> = kids.iter().map(|k| format!("n{k}")).collect();
        if names.is_empty() {
            node.value = Some(spec.values[i]);
        } else {
            node.formula = Some(match shape {
                Shape::Product => names.join(" * "),
                Shape::Sum if spec.call => format!("sum({})", names.join(", ")),
                Shape::Sum => names.join(" + "),
            });
        }
        tree.nodes.push(node);
    }
    for (i, parent) in spec.parents.iter().enumerate() {
        tree.links
            .push(Link::new(LinkKind::Drives, id(i + 1), id(*parent)));
    }
    tree
}

fn leaves(spec: &Spec) -> Vec<usize> {
    let children = children(spec);
    (0..spec.values.len())
        .filter(|i| children[*i].is_empty())
        .collect()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

proptest! {
    #[test]
    fn each_factor_of_a_product_has_elasticity_one(spec in spec(Shape::Product)) {
        let tree = build(&spec, Shape::Product);
        let found = leverage(&tree, &id(0)).unwrap();
        prop_assert_eq!(found.len(), leaves(&spec).len());
        for leaf in &found {
            let e = leaf.elasticity.value();
            prop_assert!(e.is_some_and(|e| close(e, 1.0)), "{}: {:?}", leaf.id, e);
            prop_assert_eq!(leaf.path_count, 1);
        }
    }

    #[test]
    fn each_term_of_a_sum_has_its_share(spec in spec(Shape::Sum)) {
        let tree = build(&spec, Shape::Sum);
        let total: f64 = leaves(&spec).iter().map(|i| spec.values[*i]).sum();
        for leaf in leverage(&tree, &id(0)).unwrap() {
            let e = leaf.elasticity.value();
            let share = leaf.value / total;
            prop_assert!(e.is_some_and(|e| close(e, share)), "{}: {:?} ≠ {}", leaf.id, e, share);
        }
    }

    #[test]
    fn a_one_percent_what_if_moves_the_top_by_the_elasticity(
        spec in spec(Shape::Product),
        sum in any::<bool>(),
        pick in any::<prop::sample::Index>(),
    ) {
        let shape = if sum { Shape::Sum } else { Shape::Product };
        let mut spec = spec;
        if sum {
            spec.values.iter_mut().for_each(|v| *v = v.abs());
        }
        let tree = build(&spec, shape);
        let found = leverage(&tree, &id(0)).unwrap();
        let leaf = &found[pick.index(found.len())];
        let overrides = BTreeMap::from([(leaf.id.clone(), Override::Percent { percent: 1.0 })]);
        let values = what_if(&tree, &overrides).unwrap();
        // Elasticity is the ratio of relative changes, signed; `delta_percent` is
        // relative to |before| so that its sign says up or down.
        let top = &values[&id(0)];
        let moved = top.delta.unwrap() / top.before.unwrap() * 100.0;
        let e = leaf.elasticity.value().unwrap();
        prop_assert!((moved - e).abs() <= 1e-6 * e.abs().max(1.0), "{moved} ≠ {e}");
    }

    #[test]
    fn what_if_without_overrides_changes_nothing(spec in spec(Shape::Product), sum in any::<bool>()) {
        let tree = build(&spec, if sum { Shape::Sum } else { Shape::Product });
        let values = what_if(&tree, &BTreeMap::new()).unwrap();
        prop_assert_eq!(values.len(), tree.nodes.len());
        for (node, value) in values {
            prop_assert_eq!(value.before, value.after, "{}", node);
            prop_assert!(!value.overridden);
            prop_assert_eq!(value.delta, value.before.map(|_| 0.0));
            prop_assert_eq!(value.error, None);
        }
    }
}
