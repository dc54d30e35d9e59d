//! The values of a tree's nodes: entered, or computed from formulas.
//!
//! Invariants: nodes without a formula show their entered value; a node with a
//! formula gets a value only if the formula parses, uses only the node's drivers,
//! and every driver it uses has a value (entered or computed earlier: formulas are
//! evaluated in `drives` order, so chains compute). Otherwise its value is `None`
//! and `error` says why. Never panics; a `drives` cycle is reported, not followed.
//!
//! Per period (SPEC 8, [`compute_values_at`]): the same evaluation, with each
//! node's entered value being what it holds in that period
//! ([`Node::value_at`]: its history's value then, or its single value when it
//! has no history), so a formula is computed from its drivers' values of that
//! period. A formula node's own recorded history (actuals) is not an input: as
//! with its single `value`, the formula decides.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::{is_blank, parse, EvalError, FormulaError};
use crate::graph::TreeGraph;
use crate::model::{Node, NodeId, Period, Tree};

/// What the canvas shows as a node's value.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NodeValue {
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub value: Option<f64>,
    /// Whether `value` was computed by the node's formula.
    pub computed: bool,
    /// Why a formula has no value, e.g. `cannot compute: "churned" has no value`.
    pub error: Option<String>,
}

/// Why a node has no value.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub(crate) enum Failure {
    #[error("the entered value is not a finite number")]
    NotFinite,
    #[error("formula error: {0}")]
    Syntax(FormulaError),
    #[error("formula uses \"{0}\", which is not a driver of this node")]
    NotDriver(String),
    #[error("cannot compute: drives links form a cycle")]
    Cycle,
    #[error("cannot compute: {0}")]
    Eval(EvalError),
}

impl Failure {
    /// What the user reads: a node named by its name (and its id when they
    /// differ), `cannot compute: "Churned customers" (churned) has no value`.
    pub(crate) fn message(&self, tree: &Tree) -> String {
        self.message_in(tree, None)
    }

    /// [`Failure::message`] for a value of `period`: `cannot compute: "Churned
    /// customers" (churned) has no value in 2026-05`.
    pub(crate) fn message_in(&self, tree: &Tree, period: Option<Period>) -> String {
        let when = period.map(|p| format!(" in {p}")).unwrap_or_default();
        let named = |id: &str| match tree.nodes.iter().find(|n| n.id.as_str() == id) {
            Some(node) if node.name != id => format!("\"{}\" ({id})", node.name),
            _ => format!("\"{id}\""),
        };
        match self {
            Failure::Eval(EvalError::MissingValue(id)) => {
                format!("cannot compute: {} has no value{when}", named(id))
            }
            Failure::NotDriver(id) => {
                format!(
                    "formula uses {}, which is not a driver of this node",
                    named(id)
                )
            }
            other => other.to_string(),
        }
    }
}

/// The value of every node of `tree`, by id (each node's single `value`; its
/// history is not read).
pub fn compute_values(tree: &Tree) -> BTreeMap<NodeId, NodeValue> {
    node_values(tree, compute(tree), None)
}

/// The value of every node of `tree` in `period`, by id: entered values are
/// what each node holds then ([`Node::value_at`]), formulas are computed from
/// them.
pub fn compute_values_at(tree: &Tree, period: Period) -> BTreeMap<NodeId, NodeValue> {
    node_values(tree, compute_at(tree, period), Some(period))
}

fn node_values(
    tree: &Tree,
    outcomes: BTreeMap<NodeId, Outcome>,
    period: Option<Period>,
) -> BTreeMap<NodeId, NodeValue> {
    outcomes
        .into_iter()
        .map(|(id, result)| {
            let computed = result.as_ref().is_ok_and(|r| r.1);
            let (value, error) = match result {
                Ok((value, _)) => (value, None),
                Err(failure) => (None, Some(failure.message_in(tree, period))),
            };
            let node_value = NodeValue {
                value,
                computed,
                error,
            };
            (id, node_value)
        })
        .collect()
}

/// Each node's value and whether it was computed, or why it has none.
pub(crate) type Outcome = Result<(Option<f64>, bool), Failure>;

pub(crate) fn compute(tree: &Tree) -> BTreeMap<NodeId, Outcome> {
    compute_with(tree, |node| node.value)
}

/// [`compute`] with each node's value of `period`.
fn compute_at(tree: &Tree, period: Period) -> BTreeMap<NodeId, Outcome> {
    compute_with(tree, |node| node.value_at(period))
}

/// The outcomes with `entered` giving each node's entered value.
fn compute_with(tree: &Tree, entered: impl Fn(&Node) -> Option<f64>) -> BTreeMap<NodeId, Outcome> {
    let graph = TreeGraph::new(tree);
    let mut nodes: HashMap<&NodeId, &Node> = HashMap::new();
    for node in &tree.nodes {
        nodes.entry(&node.id).or_insert(node);
    }
    let mut outcomes: BTreeMap<NodeId, Outcome> = BTreeMap::new();
    for id in graph.drives_order() {
        if let Some(node) = nodes.get(&id) {
            let outcome = node_outcome(node, entered(node), &graph, &outcomes);
            outcomes.insert(id, outcome);
        }
    }
    for node in nodes.values() {
        if !outcomes.contains_key(&node.id) {
            let outcome = if is_blank(node.formula.as_deref()) {
                checked(entered(node))
            } else {
                Err(Failure::Cycle)
            };
            outcomes.insert(node.id.clone(), outcome);
        }
    }
    outcomes
}

fn checked(value: Option<f64>) -> Outcome {
    match value {
        Some(value) if !value.is_finite() => Err(Failure::NotFinite),
        value => Ok((value, false)),
    }
}

fn node_outcome(
    node: &Node,
    entered: Option<f64>,
    graph: &TreeGraph,
    done: &BTreeMap<NodeId, Outcome>,
) -> Outcome {
    let formula = match node.formula.as_deref() {
        Some(text) if !text.trim().is_empty() => text,
        _ => return checked(entered),
    };
    let expr = parse(formula).map_err(Failure::Syntax)?;
    let drivers: HashSet<NodeId> = graph.drivers(&node.id).into_iter().collect();
    if let Some(stranger) = expr.ids().into_iter().find(|id| !is_driver(&drivers, id)) {
        return Err(Failure::NotDriver(stranger));
    }
    let value_of = |id: &str| {
        let id = NodeId::new(id).ok()?;
        match done.get(&id) {
            Some(Ok((value, _))) => *value,
            _ => None,
        }
    };
    let value = expr.eval(&value_of).map_err(Failure::Eval)?;
    Ok((Some(value), true))
}

fn is_driver(drivers: &HashSet<NodeId>, id: &str) -> bool {
    NodeId::new(id).is_ok_and(|id| drivers.contains(&id))
}

#[cfg(test)]
#[path = "evaluate_tests.rs"]
mod tests;
