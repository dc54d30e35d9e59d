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

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::formula::{self, BinaryOp, EvalError, Expr, Function, Outcome};
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
    let mut flow = backpropagate(node, &order, &exprs, &values);
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

/// A derivative of the node with respect to another, and whether it is ambiguous
/// (a `min` or `max` tie on the way).
#[derive(Debug, Clone, Copy, Default)]
struct Adjoint {
    derivative: f64,
    ambiguous: bool,
}

impl Adjoint {
    fn usable(&self) -> bool {
        !self.ambiguous && self.derivative.is_finite()
    }

    /// Whether this is an exact zero: multiplying by it gives an exact zero,
    /// whatever the other factor's ambiguity.
    fn is_exact_zero(&self) -> bool {
        self.derivative == 0.0 && !self.ambiguous
    }

    /// The chain rule: `outer` (node per parent) times `inner` (parent per child).
    fn chain(outer: Adjoint, inner: Adjoint) -> Adjoint {
        Adjoint {
            derivative: outer.derivative * inner.derivative,
            ambiguous: (outer.ambiguous && !inner.is_exact_zero())
                || (inner.ambiguous && !outer.is_exact_zero()),
        }
    }

    fn add(&mut self, other: Adjoint) {
        self.derivative += other.derivative;
        self.ambiguous |= other.ambiguous;
    }
}

/// The result of the backward pass.
struct Flow<'a> {
    /// `∂node/∂x` for every node `x` the formulas use on the way to the node
    /// (the node itself included).
    adjoints: HashMap<&'a str, Adjoint>,
    /// For each such node, the nodes whose formula uses it.
    parents: HashMap<&'a str, Vec<&'a str>>,
}

/// Reverse-mode differentiation over the formulas: from the node, in reverse
/// `drives` order (a node after everything it drives), each formula passes its
/// adjoint on to the ids it uses, times its local partial derivative.
fn backpropagate<'a>(
    node: &'a NodeId,
    order: &'a [NodeId],
    exprs: &'a HashMap<&str, Expr>,
    values: &HashMap<&str, f64>,
) -> Flow<'a> {
    let mut adjoints: HashMap<&str, Adjoint> = HashMap::new();
    let mut parents: HashMap<&str, Vec<&str>> = HashMap::new();
    adjoints.insert(
        node.as_str(),
        Adjoint {
            derivative: 1.0,
            ambiguous: false,
        },
    );
    for id in order.iter().rev() {
        let (Some(&outer), Some(expr)) = (adjoints.get(id.as_str()), exprs.get(id.as_str())) else {
            continue;
        };
        for (child, inner) in local_partials(expr, values) {
            adjoints
                .entry(child)
                .or_default()
                .add(Adjoint::chain(outer, inner));
            parents.entry(child).or_default().push(id.as_str());
        }
    }
    Flow { adjoints, parents }
}

/// Puts each node's formula parents in tree order, so that paths are listed in
/// the order the user sees the nodes.
fn sort_by_tree_order(parents: &mut HashMap<&str, Vec<&str>>, tree: &Tree) {
    let mut position: HashMap<&str, usize> = HashMap::new();
    for (i, node) in tree.nodes.iter().enumerate() {
        position.entry(node.id.as_str()).or_insert(i);
    }
    for up in parents.values_mut() {
        up.sort_by_key(|id| position.get(id).copied().unwrap_or(usize::MAX));
    }
}

/// `∂expr/∂id` for every id of `expr`, at the current values. An evaluation error
/// (not expected: the node was computed) makes every partial ambiguous.
fn local_partials<'e>(expr: &'e Expr, values: &HashMap<&str, f64>) -> HashMap<&'e str, Adjoint> {
    let mut partials: HashMap<&str, Adjoint> = HashMap::new();
    let value_of = |id: &str| values.get(id).copied();
    if backward(expr, 1.0, false, &value_of, &mut partials).is_err() {
        partials.values_mut().for_each(|p| p.ambiguous = true);
    }
    for id in ids(expr) {
        partials.entry(id).or_default();
    }
    partials
}

/// Every id `expr` names (so that an id whose partial is 0 is still "used").
fn ids(expr: &Expr) -> Vec<&str> {
    let mut found = Vec::new();
    let mut stack = vec![expr];
    while let Some(expr) = stack.pop() {
        match expr {
            Expr::Number(_) => {}
            Expr::Id(id) => found.push(id.as_str()),
            Expr::Neg(inner) => stack.push(inner),
            Expr::Binary { left, right, .. } => stack.extend([&**left, &**right]),
            Expr::Call { args, .. } => stack.extend(args),
        }
    }
    found
}

type ValueOf<'v> = dyn Fn(&str) -> Option<f64> + 'v;

/// Adds `seed · ∂expr/∂id` to each id's partial. Recursion is bounded by the
/// parser's nesting limit. Sub-expressions are evaluated where a rule needs
/// them (products, quotients, min and max); formulas are small.
fn backward<'e>(
    expr: &'e Expr,
    seed: f64,
    ambiguous: bool,
    value_of: &ValueOf,
    partials: &mut HashMap<&'e str, Adjoint>,
) -> Result<(), EvalError> {
    match expr {
        Expr::Number(_) => {}
        Expr::Id(id) => partials.entry(id.as_str()).or_default().add(Adjoint {
            derivative: seed,
            ambiguous,
        }),
        Expr::Neg(inner) => backward(inner, -seed, ambiguous, value_of, partials)?,
        Expr::Binary { op, left, right } => {
            let (left_seed, right_seed) = binary_seeds(*op, left, right, seed, value_of)?;
            backward(left, left_seed, ambiguous, value_of, partials)?;
            backward(right, right_seed, ambiguous, value_of, partials)?;
        }
        Expr::Call { function, args } => {
            for (arg, arg_seed, tie) in call_seeds(*function, args, seed, value_of)? {
                backward(arg, arg_seed, ambiguous || tie, value_of, partials)?;
            }
        }
    }
    Ok(())
}

/// The seeds passed to the two sides of a binary operation.
fn binary_seeds(
    op: BinaryOp,
    left: &Expr,
    right: &Expr,
    seed: f64,
    value_of: &ValueOf,
) -> Result<(f64, f64), EvalError> {
    Ok(match op {
        BinaryOp::Add => (seed, seed),
        BinaryOp::Sub => (seed, -seed),
        BinaryOp::Mul => (seed * right.eval(value_of)?, seed * left.eval(value_of)?),
        BinaryOp::Div => {
            let (l, r) = (left.eval(value_of)?, right.eval(value_of)?);
            if r == 0.0 {
                return Err(EvalError::DivisionByZero);
            }
            (seed / r, -seed * l / (r * r))
        }
    })
}

/// The seed passed to each argument of a call, and whether it sits at a tie
/// (`min`/`max` with several arguments at the extreme: no derivative there).
/// Arguments that are not the extreme get no seed at all.
fn call_seeds<'e>(
    function: Function,
    args: &'e [Expr],
    seed: f64,
    value_of: &ValueOf,
) -> Result<Vec<(&'e Expr, f64, bool)>, EvalError> {
    let extreme = match function {
        Function::Sum => return Ok(args.iter().map(|a| (a, seed, false)).collect()),
        Function::Avg => {
            let share = seed / args.len() as f64;
            return Ok(args.iter().map(|a| (a, share, false)).collect());
        }
        Function::Min => f64::min,
        Function::Max => f64::max,
    };
    let values = args
        .iter()
        .map(|a| a.eval(value_of))
        .collect::<Result<Vec<f64>, _>>()?;
    let Some(best) = values.iter().copied().reduce(extreme) else {
        return Ok(Vec::new());
    };
    let winners: Vec<&Expr> = args
        .iter()
        .zip(&values)
        .filter(|(_, v)| **v == best)
        .map(|(a, _)| a)
        .collect();
    let tie = winners.len() > 1;
    Ok(winners.into_iter().map(|a| (a, seed, tie)).collect())
}

/// Every node in the `drives` subtree of `node` (its drivers, theirs, …).
fn upstream(graph: &TreeGraph, node: &NodeId) -> HashSet<NodeId> {
    let mut seen = HashSet::new();
    let mut stack = vec![node.clone()];
    while let Some(id) = stack.pop() {
        for driver in graph.drivers(&id) {
            if seen.insert(driver.clone()) {
                stack.push(driver);
            }
        }
    }
    seen.remove(node);
    seen
}

/// For each node of the subtree, the nodes it drives within the subtree (or the
/// node itself).
fn drives_parents<'a>(
    graph: &TreeGraph,
    node: &'a NodeId,
    upstream: &'a HashSet<NodeId>,
) -> HashMap<&'a str, Vec<&'a str>> {
    let lookup = |id: &NodeId| -> Option<&'a str> {
        if id == node {
            Some(node.as_str())
        } else {
            upstream.get(id).map(NodeId::as_str)
        }
    };
    upstream
        .iter()
        .map(|id| {
            let up = graph.driven(id).iter().filter_map(lookup).collect();
            (id.as_str(), up)
        })
        .collect()
}

/// The links a leaf's paths follow to the node (for each node, the nodes it
/// leads to) and the number of paths from each node.
struct Routes<'a> {
    parents: HashMap<&'a str, Vec<&'a str>>,
    counts: HashMap<&'a str, u32>,
}

impl<'a> Routes<'a> {
    /// Counts the paths from the node down, parents before children
    /// (saturating: a DAG can have exponentially many).
    fn new(node: &'a NodeId, order: &'a [NodeId], parents: HashMap<&'a str, Vec<&'a str>>) -> Self {
        let mut counts: HashMap<&str, u32> = HashMap::new();
        counts.insert(node.as_str(), 1);
        for id in order.iter().rev() {
            let Some(up) = parents.get(id.as_str()) else {
                continue;
            };
            let count = up
                .iter()
                .map(|p| counts.get(p).copied().unwrap_or(0))
                .fold(0u32, u32::saturating_add);
            counts.insert(id.as_str(), count);
        }
        Routes { parents, counts }
    }

    fn count(&self, leaf: &NodeId) -> u32 {
        self.counts.get(leaf.as_str()).copied().unwrap_or(0)
    }

    /// Up to [`MAX_PATHS`] paths from `leaf` to `node`, by an iterative
    /// depth-first search. Every node in `parents` leads to `node`, so each
    /// branch ends in a path and the search stops after `MAX_PATHS` of them.
    fn paths(&self, leaf: &NodeId, node: &NodeId) -> Vec<Vec<NodeId>> {
        let mut found: Vec<Vec<NodeId>> = Vec::new();
        let mut stack: Vec<(&str, usize)> = vec![(leaf.as_str(), 0)];
        while let Some(&mut (id, ref mut next)) = stack.last_mut() {
            if id == node.as_str() {
                // Every id here came from a NodeId or a parsed formula: valid.
                found.push(
                    stack
                        .iter()
                        .filter_map(|(id, _)| NodeId::new(id).ok())
                        .collect(),
                );
                if found.len() == MAX_PATHS {
                    break;
                }
                stack.pop();
                continue;
            }
            match self.parents.get(id).and_then(|up| up.get(*next)) {
                Some(parent) => {
                    *next += 1;
                    stack.push((parent, 0));
                }
                None => {
                    stack.pop();
                }
            }
        }
        found
    }
}
