//! Properties of what moved (SPEC 9) over random formula trees: sums, differences,
//! products and quotients of leaves and of sub-formulas (nodes of their own), with
//! random positive leaf values in two months, some leaves unchanged.
//!
//! - the contributions and the residual add up to the change, the residual within
//!   the tolerance, and the two ends are the values the formula engine computes;
//! - a leaf that did not change contributes exactly 0;
//! - under a pure sum each driver contributes its own change;
//! - `x * y * rest` is symmetric: swapping x's and y's values swaps their
//!   contributions;
//! - the order of the drivers in the formulas changes no one's contribution.
//!
//! Divisors are built from sums, products and quotients of positive values only,
//! so no divisor passes through 0 on the way.

use std::collections::BTreeSet;

use kpitree_core::analysis::{explain, tolerance, Explanation};
use kpitree_core::formula::compute_values;
use kpitree_core::model::{HistoryPoint, Link, LinkKind, Node, NodeId, NodeKind, Period, Tree};
use proptest::prelude::*;

const LEAVES: usize = 6;

#[derive(Debug, Clone)]
enum E {
    Leaf(usize),
    Add(Box<E>, Box<E>),
    Sub(Box<E>, Box<E>),
    Mul(Box<E>, Box<E>),
    Div(Box<E>, Box<E>),
    /// A sub-formula: a node of its own that drives the formula using it.
    Node(Box<E>),
}

/// An expression whose value stays positive for positive leaves.
fn positive() -> impl Strategy<Value = E> {
    (0..LEAVES)
        .prop_map(E::Leaf)
        .prop_recursive(3, 12, 2, |inner| {
            prop_oneof![
                (inner.clone(), inner.clone()).prop_map(|(a, b)| E::Add(a.into(), b.into())),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| E::Mul(a.into(), b.into())),
                (inner.clone(), inner.clone()).prop_map(|(a, b)| E::Div(a.into(), b.into())),
                inner.prop_map(|a| E::Node(a.into())),
            ]
        })
}

/// Any expression: differences anywhere but in a divisor.
fn expression() -> impl Strategy<Value = E> {
    positive().prop_recursive(2, 16, 2, |inner| {
        prop_oneof![
            (inner.clone(), inner.clone()).prop_map(|(a, b)| E::Add(a.into(), b.into())),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| E::Sub(a.into(), b.into())),
            (inner.clone(), inner.clone()).prop_map(|(a, b)| E::Mul(a.into(), b.into())),
            (inner.clone(), positive()).prop_map(|(a, b)| E::Div(a.into(), b.into())),
            inner.prop_map(|a| E::Node(a.into())),
        ]
    })
}

/// Each leaf's value in January and February; about one in three unchanged.
fn values() -> impl Strategy<Value = Vec<(f64, f64)>> {
    prop::collection::vec((0.5f64..4.0, 0.5f64..4.0, 0..3u8), LEAVES).prop_map(|v| {
        v.into_iter()
            .map(|(a, b, same)| (a, if same == 0 { a } else { b }))
            .collect()
    })
}

/// Swaps the operands of every sum and product.
fn commuted(e: &E) -> E {
    let c = |e: &E| Box::new(commuted(e));
    match e {
        E::Leaf(i) => E::Leaf(*i),
        E::Add(a, b) => E::Add(c(b), c(a)),
        E::Mul(a, b) => E::Mul(c(b), c(a)),
        E::Sub(a, b) => E::Sub(c(a), c(b)),
        E::Div(a, b) => E::Div(c(a), c(b)),
        E::Node(a) => E::Node(c(a)),
    }
}

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn month(m: u8) -> Period {
    Period::parse(&format!("2026-{m:02}")).unwrap()
}

struct Builder {
    tree: Tree,
    links: BTreeSet<(String, String)>,
}

impl Builder {
    /// The formula text of `e` inside node `parent`, adding sub-formula nodes.
    fn text(&mut self, e: &E, parent: &str) -> String {
        let mut two = |a: &E, op: &str, b: &E| {
            let (a, b) = (self.text(a, parent), self.text(b, parent));
            format!("({a} {op} {b})")
        };
        match e {
            E::Leaf(i) => {
                let leaf = format!("x{i}");
                self.drives(&leaf, parent);
                leaf
            }
            E::Add(a, b) => two(a, "+", b),
            E::Sub(a, b) => two(a, "-", b),
            E::Mul(a, b) => two(a, "*", b),
            E::Div(a, b) => two(a, "/", b),
            E::Node(a) => {
                let name = format!("f{}", self.tree.nodes.len());
                self.tree.nodes.push(kpi(&name));
                let formula = self.text(a, &name);
                let node = self.tree.nodes.iter_mut().find(|n| n.id.as_str() == name);
                node.unwrap().formula = Some(formula);
                self.drives(&name, parent);
                name
            }
        }
    }

    fn drives(&mut self, from: &str, to: &str) {
        if self.links.insert((from.to_owned(), to.to_owned())) {
            let link = Link::new(LinkKind::Drives, id(from), id(to));
            self.tree.links.push(link);
        }
    }
}

fn kpi(name: &str) -> Node {
    Node::new(id(name), NodeKind::BusinessKpi, name)
}

/// A tree whose node `top` has the formula `e`; leaf `xi` holds `values[i]`.
fn build(e: &E, values: &[(f64, f64)]) -> Tree {
    let mut builder = Builder {
        tree: Tree::new("props"),
        links: BTreeSet::new(),
    };
    builder.tree.nodes.push(kpi("top"));
    for (i, (a, b)) in values.iter().enumerate() {
        let mut leaf = kpi(&format!("x{i}"));
        leaf.history = vec![
            HistoryPoint {
                period: month(1),
                value: *a,
            },
            HistoryPoint {
                period: month(2),
                value: *b,
            },
        ];
        builder.tree.nodes.push(leaf);
    }
    let formula = builder.text(e, "top");
    builder.tree.nodes[0].formula = Some(formula);
    builder.tree
}

fn run(tree: &Tree) -> Explanation {
    explain(tree, &id("top"), month(1), month(2)).unwrap()
}

/// The contribution of leaf `xi` (0 when the formula does not use it).
fn contribution(found: &Explanation, i: usize) -> f64 {
    let leaf = format!("x{i}");
    found
        .contributions
        .iter()
        .find(|c| c.node.as_str() == leaf)
        .map_or(0.0, |c| c.contribution)
}

/// The top's value as the formula engine computes it with each leaf's value of
/// `period`.
fn computed(tree: &Tree, period: Period) -> f64 {
    let mut tree = tree.clone();
    for node in &mut tree.nodes {
        node.value = node.value_at(period);
        node.history.clear();
    }
    compute_values(&tree)[&id("top")].value.unwrap()
}

fn close(a: f64, b: f64, scale: f64) -> bool {
    (a - b).abs() <= 4.0 * tolerance(scale)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn contributions_and_residual_add_up_to_the_change(e in expression(), v in values()) {
        let tree = build(&e, &v);
        let found = run(&tree);
        let total: f64 = found.contributions.iter().map(|c| c.contribution).sum();
        prop_assert!((total + found.residual - found.change).abs() <= 1e-12 * found.change.abs().max(1.0));
        prop_assert!(found.residual.abs() <= tolerance(found.change), "{found:?}");
        prop_assert_eq!(found.before, computed(&tree, month(1)));
        prop_assert_eq!(found.after, computed(&tree, month(2)));
        for c in &found.contributions {
            if c.before == c.after {
                prop_assert_eq!(c.contribution, 0.0);
            }
        }
    }

    #[test]
    fn the_order_of_drivers_changes_no_contribution(e in expression(), v in values()) {
        let (one, other) = (run(&build(&e, &v)), run(&build(&commuted(&e), &v)));
        let scale = one.contributions.iter().map(|c| c.contribution.abs()).fold(one.change, f64::max);
        for i in 0..LEAVES {
            prop_assert!(close(contribution(&one, i), contribution(&other, i), scale), "x{i}");
        }
    }

    #[test]
    fn under_a_sum_each_driver_contributes_its_own_change(v in values(), n in 1..LEAVES) {
        let e = (1..n).fold(E::Leaf(0), |sum, i| E::Add(sum.into(), E::Leaf(i).into()));
        let found = run(&build(&e, &v));
        for (i, (a, b)) in v.iter().enumerate().take(n) {
            prop_assert!(close(contribution(&found, i), b - a, found.change));
        }
    }

    #[test]
    fn a_product_is_symmetric_in_its_factors(rest in positive(), v in values()) {
        // x0 * x1 * rest, where rest may use x0 and x1 too only symmetrically: it
        // uses the other leaves (x2…), so swapping x0 and x1 is a symmetry.
        let rest = shifted(&rest);
        let e = E::Mul(E::Mul(E::Leaf(0).into(), E::Leaf(1).into()).into(), rest.into());
        let mut swapped = v.clone();
        swapped.swap(0, 1);
        let (one, other) = (run(&build(&e, &v)), run(&build(&e, &swapped)));
        let scale = one.change.abs().max(one.contributions[0].contribution.abs());
        prop_assert!(close(contribution(&one, 0), contribution(&other, 1), scale));
        prop_assert!(close(contribution(&one, 1), contribution(&other, 0), scale));
    }
}

/// `e` over the leaves x2… only (leaf i becomes 2 + i mod (LEAVES − 2)).
fn shifted(e: &E) -> E {
    let s = |e: &E| Box::new(shifted(e));
    match e {
        E::Leaf(i) => E::Leaf(2 + i % (LEAVES - 2)),
        E::Add(a, b) => E::Add(s(a), s(b)),
        E::Sub(a, b) => E::Sub(s(a), s(b)),
        E::Mul(a, b) => E::Mul(s(a), s(b)),
        E::Div(a, b) => E::Div(s(a), s(b)),
        E::Node(a) => E::Node(s(a)),
    }
}
