//! The straight path from one set of leaf values to another: which formulas and
//! leaves a node depends on, the node's value at any point of the path, and the
//! rate at which each leaf's move changes it there.
//!
//! Invariants:
//! - the formulas are those the node's formula reaches through ids that name a
//!   node with a formula, each parsed once and using only its node's drivers (as
//!   [`crate::formula::compute_values`] requires), evaluated in `drives` order;
//! - the leaves are the nodes those formulas name that have no formula, each once,
//!   in tree order; each has a finite value at both ends;
//! - at `t` a leaf holds `before + t · (after − before)`, exactly `after` at 1;
//! - derivatives are the leverage engine's reverse-mode adjoints, with `min` and
//!   `max` ties shared ([`Ties::Share`]), so no point of the path gives NaN.

use std::collections::{HashMap, HashSet};

use super::{ExplainError, Values};
use crate::analysis::leverage::derivative::{backpropagate, Ties};
use crate::formula::{self, EvalError, Expr};
use crate::graph::TreeGraph;
use crate::model::{Node, NodeId, Tree};

/// A leaf below the node and its value at both ends.
pub(super) struct Leaf<'t> {
    pub(super) id: &'t NodeId,
    pub(super) before: f64,
    pub(super) after: f64,
}

impl Leaf<'_> {
    fn at(&self, t: f64) -> f64 {
        if t == 1.0 {
            self.after
        } else {
            self.before + t * (self.after - self.before)
        }
    }
}

pub(super) struct Path<'t> {
    node: &'t NodeId,
    /// The formula nodes the node depends on (itself last), in `drives` order.
    order: Vec<NodeId>,
    exprs: HashMap<&'t str, Expr>,
    /// The leaves, in tree order.
    pub(super) leaves: Vec<Leaf<'t>>,
    /// The positions in `leaves` of the leaves that change.
    moving: Vec<usize>,
    /// The values at the last point evaluated, leaves and formulas.
    values: HashMap<&'t str, f64>,
}

impl<'t> Path<'t> {
    /// The formulas and leaves below `node`, with the leaves' values at both ends.
    pub(super) fn new(
        tree: &'t Tree,
        node: &'t NodeId,
        before: &Values,
        after: &Values,
    ) -> Result<Path<'t>, ExplainError> {
        let mut nodes: HashMap<&str, (usize, &Node)> = HashMap::new();
        for (index, n) in tree.nodes.iter().enumerate() {
            nodes.entry(n.id.as_str()).or_insert((index, n));
        }
        let (_, top) = nodes
            .get(node.as_str())
            .ok_or_else(|| ExplainError::UnknownNode(node.clone()))?;
        if formula::is_blank(top.formula.as_deref()) {
            return Err(ExplainError::NoFormula(node.clone()));
        }
        let graph = TreeGraph::new(tree);
        let mut exprs: HashMap<&str, Expr> = HashMap::new();
        let mut leaves: Vec<(usize, &Node)> = Vec::new();
        let mut seen_leaves: HashSet<&str> = HashSet::new();
        let mut queued: HashSet<&str> = HashSet::from([node.as_str()]);
        let mut stack: Vec<&Node> = vec![top];
        while let Some(parent) = stack.pop() {
            let expr = parse(parent)?;
            let drivers: HashSet<NodeId> = graph.drivers(&parent.id).into_iter().collect();
            for id in expr.ids() {
                let child = match nodes.get(id.as_str()) {
                    Some((index, child)) if drivers.contains(&child.id) => (*index, *child),
                    _ => {
                        return Err(ExplainError::Formula {
                            node: parent.id.clone(),
                            reason: format!("it uses \"{id}\", which is not a driver of it"),
                        })
                    }
                };
                if !formula::is_blank(child.1.formula.as_deref()) {
                    if queued.insert(child.1.id.as_str()) {
                        stack.push(child.1);
                    }
                } else if seen_leaves.insert(child.1.id.as_str()) {
                    leaves.push(child);
                }
            }
            exprs.insert(parent.id.as_str(), expr);
        }
        let order: Vec<NodeId> = graph
            .drives_order()
            .into_iter()
            .filter(|id| exprs.contains_key(id.as_str()))
            .collect();
        if order.len() != exprs.len() {
            return Err(ExplainError::Cycle(node.clone()));
        }
        leaves.sort_by_key(|(index, _)| *index);
        let leaves = leaves
            .into_iter()
            .map(|(_, n)| {
                Ok(Leaf {
                    id: &n.id,
                    before: leaf_value(n, before)?,
                    after: leaf_value(n, after)?,
                })
            })
            .collect::<Result<Vec<Leaf>, ExplainError>>()?;
        let moving = (0..leaves.len())
            .filter(|&i| leaves[i].before != leaves[i].after)
            .collect();
        Ok(Path {
            node,
            order,
            exprs,
            leaves,
            moving,
            values: HashMap::new(),
        })
    }

    /// The positions in `leaves` of the leaves that change.
    pub(super) fn moving(&self) -> &[usize] {
        &self.moving
    }

    /// The node's value at `t` (0: before, 1: after); `at` names the point in an
    /// error.
    pub(super) fn value(&mut self, t: f64, at: &dyn Fn() -> String) -> Result<f64, ExplainError> {
        for leaf in &self.leaves {
            self.values.insert(leaf.id.as_str(), leaf.at(t));
        }
        for id in &self.order {
            let Some((&key, expr)) = self.exprs.get_key_value(id.as_str()) else {
                continue;
            };
            let values = &self.values;
            let value = expr
                .eval(&|id: &str| values.get(id).copied())
                .map_err(|reason| compute_error(id, at(), reason))?;
            self.values.insert(key, value);
        }
        self.values
            .get(self.node.as_str())
            .copied()
            .ok_or_else(|| compute_error(self.node, at(), EvalError::NonFinite))
    }

    /// For each moving leaf, `∂node/∂leaf · (after − before)` at `t`: the rate at
    /// which the leaf's move changes the node there.
    pub(super) fn rates(
        &mut self,
        t: f64,
        at: &dyn Fn() -> String,
        out: &mut [f64],
    ) -> Result<(), ExplainError> {
        self.value(t, at)?;
        let flow = backpropagate(
            self.node,
            &self.order,
            &self.exprs,
            &self.values,
            Ties::Share,
        );
        for (slot, &i) in out.iter_mut().zip(&self.moving) {
            let leaf = &self.leaves[i];
            let adjoint = flow.adjoints.get(leaf.id.as_str()).copied();
            match adjoint.filter(|a| a.usable()) {
                Some(a) => *slot = a.derivative * (leaf.after - leaf.before),
                None => return Err(compute_error(self.node, at(), EvalError::NonFinite)),
            }
        }
        Ok(())
    }
}

fn parse(node: &Node) -> Result<Expr, ExplainError> {
    let text = node.formula.as_deref().unwrap_or_default();
    formula::parse(text).map_err(|e| ExplainError::Formula {
        node: node.id.clone(),
        reason: e.to_string(),
    })
}

fn leaf_value(node: &Node, values: &Values) -> Result<f64, ExplainError> {
    match (values.value_of)(node) {
        Some(value) if value.is_finite() => Ok(value),
        Some(_) => Err(ExplainError::NotFinite {
            node: node.id.clone(),
            at: values.label.to_owned(),
        }),
        None => Err(ExplainError::MissingValue {
            node: node.id.clone(),
            at: values.label.to_owned(),
        }),
    }
}

fn compute_error(node: &NodeId, at: String, reason: EvalError) -> ExplainError {
    ExplainError::Compute {
        node: node.clone(),
        at,
        reason,
    }
}
