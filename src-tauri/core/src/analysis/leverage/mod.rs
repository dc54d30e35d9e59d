//! Leverage: which input moves a node (the North Star above all) the most.
//!
//! For a node with a formula, every leaf below it (a node in its `drives`
//! subtree with a value and no formula) gets its elasticity: the % change of the
//! node for a 1 % change of the leaf, `∂node/∂leaf · leaf / node`.
//!
//! The derivative is exact, by reverse-mode differentiation of the formulas
//! (the chain rule applied from the node down), not by central differences:
//! - one backward pass over the formulas gives the derivative for every leaf at
//!   once, where differences evaluate the whole tree twice per leaf;
//! - there is no step size to choose: no cancellation error on large values
//!   (ARR in millions next to a rate of 0.03), no step across a division's pole;
//! - a kink is seen, not averaged away: at a tie of `min` or `max` the derivative
//!   does not exist, and the leaf is reported as not differentiable.
//!
//! Leaves whose elasticity is undefined are reported with the reason, never
//! dropped: a leaf at 0 or a node at 0 (a 1 % change is meaningless), a kink, a
//! result too large to represent, or a leaf the formulas do not use (it drives a
//! node without a formula, so the formulas give it no effect). The ranking puts
//! the defined elasticities first, largest in absolute value first (a strong
//! negative lever is a strong lever), then the others; ties in tree order.
//!
//! Here: the types, the ranking and the elasticity from a derivative;
//! [`derivative`]: the backward pass; [`paths`]: the paths listed and counted for
//! each leaf.

pub(super) mod derivative;
mod paths;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use self::derivative::{backpropagate, Adjoint, Ties};
use self::paths::{drives_parents, sort_by_tree_order, upstream, Routes};
use crate::formula::{self, Expr, Outcome};
use crate::graph::TreeGraph;
use crate::model::{NodeId, Tree};

/// At most this many paths are listed per leaf; `path_count` counts them all.
pub const MAX_PATHS: usize = 8;

/// How much one leaf moves the node.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Leverage {
    /// The leaf.
    pub id: NodeId,
    /// The leaf's value.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub value: f64,
    pub elasticity: Elasticity,
    /// `∂node/∂leaf`: how much the node moves per unit of the leaf. Defined even
    /// when the elasticity is not because the leaf or the node is 0; `None` at a
    /// kink, for an unusable number, or when the formulas do not use the leaf.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub derivative: Option<f64>,
    /// Paths from the leaf (first) to the node (last), at most [`MAX_PATHS`]:
    /// along links whose parent's formula uses the child when the formulas use
    /// the leaf, along plain `drives` links otherwise.
    pub paths: Vec<Vec<NodeId>>,
    /// How many such paths there are (saturating).
    pub path_count: u32,
}

/// The % change of the node for a 1 % change of the leaf, or why there is none.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Elasticity {
    Defined {
        #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
        value: f64,
    },
    Undefined {
        reason: Undefined,
    },
}

impl Elasticity {
    /// The elasticity when it is defined.
    pub fn value(self) -> Option<f64> {
        match self {
            Elasticity::Defined { value } => Some(value),
            Elasticity::Undefined { .. } => None,
        }
    }
}

/// Why a leaf has no elasticity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Undefined {
    #[error("the leaf's value is 0, so a 1% change of it is no change")]
    LeafIsZero,
    #[error("the node's value is 0, so its % change is undefined")]
    NodeIsZero,
    #[error("a min or max of the formulas is at a tie, where the node has no derivative")]
    NotDifferentiable,
    #[error("the result is too large to represent")]
    NotFinite,
    #[error("no formula on the way to the node uses it, so the formulas give it no effect")]
    NotInFormulas,
}

/// Why the leverage of a node cannot be computed at all.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LeverageError {
    #[error("there is no node \"{0}\"")]
    UnknownNode(NodeId),
    #[error("node \"{0}\" has no formula, so the nodes below it do not compute it")]
    NoFormula(NodeId),
    #[error("node \"{id}\" has no value: {reason}")]
    NoValue { id: NodeId, reason: String },
}

/// The leaves below `node`, ranked by the absolute value of their elasticity
/// (see the module doc).
pub fn leverage(tree: &Tree, node: &NodeId) -> Result<Vec<Leverage>, LeverageError> {
    has_formula(tree, node)?;
    let outcomes = formula::compute(tree);
    let top = node_value(node, &outcomes)?;
    let values: HashMap<&str, f64> = outcomes
        .iter()
        .filter_map(|(id, outcome)| Some((id.as_str(), outcome.as_ref().ok()?.0?)))
        .collect();
    let graph = TreeGraph::new(tree);
    let exprs = parsed_formulas(tree);
    let order = graph.drives_order();
    let mut flow = backpropagate(node, &order, &exprs, &values, Ties::Ambiguous);
    sort_by_tree_order(&mut flow.parents, tree);
    let upstream = upstream(&graph, node);
    let leaves = leaves(tree, &upstream, &values);
    // Plain `drives` routes are only needed for leaves the formulas do not use.
    let unused = |(_, leaf, _): &(usize, &NodeId, f64)| !flow.adjoints.contains_key(leaf.as_str());
    let by_links = leaves
        .iter()
        .any(unused)
        .then(|| Routes::new(node, &order, drives_parents(&graph, node, &upstream)));
    let by_formulas = Routes::new(node, &order, flow.parents);
    let mut ranked: Vec<(usize, Leverage)> = Vec::new();
    for (index, leaf, value) in leaves {
        let adjoint = flow.adjoints.get(leaf.as_str()).copied();
        let routes = match (adjoint, &by_links) {
            (None, Some(by_links)) => by_links,
            _ => &by_formulas,
        };
        let found = Leverage {
            id: leaf.clone(),
            value,
            elasticity: elasticity(adjoint, value, top),
            derivative: adjoint.filter(Adjoint::usable).map(|a| a.derivative),
            paths: routes.paths(leaf, node),
            path_count: routes.count(leaf),
        };
        ranked.push((index, found));
    }
    ranked.sort_by(|(i, a), (j, b)| rank(a).total_cmp(&rank(b)).then(i.cmp(j)));
    Ok(ranked.into_iter().map(|(_, found)| found).collect())
}

fn has_formula(tree: &Tree, node: &NodeId) -> Result<(), LeverageError> {
    let found = tree
        .node(node)
        .ok_or_else(|| LeverageError::UnknownNode(node.clone()))?;
    if formula::is_blank(found.formula.as_deref()) {
        return Err(LeverageError::NoFormula(node.clone()));
    }
    Ok(())
}

/// The leaves in `upstream`: nodes with a value and no formula, each id once,
/// with their position in the tree and their value.
fn leaves<'t>(
    tree: &'t Tree,
    upstream: &HashSet<NodeId>,
    values: &HashMap<&str, f64>,
) -> Vec<(usize, &'t NodeId, f64)> {
    let mut seen = HashSet::new();
    let mut found = Vec::new();
    for (index, node) in tree.nodes.iter().enumerate() {
        if !upstream.contains(&node.id) || !formula::is_blank(node.formula.as_deref()) {
            continue;
        }
        if let Some(&value) = values.get(node.id.as_str()) {
            if seen.insert(&node.id) {
                found.push((index, &node.id, value));
            }
        }
    }
    found
}

/// Defined elasticities first, the largest in absolute value first.
fn rank(found: &Leverage) -> f64 {
    found.elasticity.value().map_or(f64::INFINITY, |e| -e.abs())
}

fn node_value(node: &NodeId, outcomes: &BTreeMap<NodeId, Outcome>) -> Result<f64, LeverageError> {
    let no_value = |reason: String| LeverageError::NoValue {
        id: node.clone(),
        reason,
    };
    match outcomes.get(node) {
        Some(Ok((Some(value), _))) => Ok(*value),
        Some(Err(failure)) => Err(no_value(failure.to_string())),
        _ => Err(no_value("it is not computed".into())),
    }
}

fn elasticity(adjoint: Option<Adjoint>, leaf: f64, top: f64) -> Elasticity {
    let undefined = |reason| Elasticity::Undefined { reason };
    let Some(adjoint) = adjoint else {
        return undefined(Undefined::NotInFormulas);
    };
    if adjoint.ambiguous {
        return undefined(Undefined::NotDifferentiable);
    }
    if !adjoint.derivative.is_finite() {
        return undefined(Undefined::NotFinite);
    }
    if leaf == 0.0 {
        return undefined(Undefined::LeafIsZero);
    }
    if top == 0.0 {
        return undefined(Undefined::NodeIsZero);
    }
    let value = adjoint.derivative * leaf / top;
    if value.is_finite() {
        Elasticity::Defined { value }
    } else {
        undefined(Undefined::NotFinite)
    }
}

/// Each node's formula that parses, by id (the first node of an id).
fn parsed_formulas(tree: &Tree) -> HashMap<&str, Expr> {
    let mut exprs = HashMap::new();
    for node in &tree.nodes {
        if let Some(Ok(expr)) = node.formula.as_deref().map(formula::parse) {
            exprs.entry(node.id.as_str()).or_insert(expr);
        }
    }
    exprs
}
