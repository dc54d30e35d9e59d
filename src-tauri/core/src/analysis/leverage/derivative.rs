//! The derivative of a node with respect to every node below it, by reverse-mode
//! (adjoint) differentiation of the formulas: the chain rule applied from the node
//! down, one backward pass for every leaf at once (Griewank and Walther,
//! *Evaluating Derivatives*, 2nd ed., SIAM 2008, ch. 3).
//!
//! Invariants:
//! - the pass visits nodes in reverse `drives` order (a node after everything it
//!   drives), so a node's adjoint is complete before it is passed on to the ids
//!   its formula uses; nodes left out of that order (a `drives` cycle and what
//!   it drives) pass nothing on;
//! - every id a formula names gets an adjoint, 0 when its partial is 0, so that
//!   "used by the formulas" is told apart from "not used";
//! - an adjoint is ambiguous when a `min` or `max` tie lies on the way, unless it
//!   is multiplied by an exact zero; an ambiguous derivative is never reported as a
//!   number. Under [`Ties::Share`] (the change explained, SPEC 9) a tie is not
//!   ambiguous: the tied arguments share the seed equally, which is the derivative
//!   along any path on which they stay tied (they then move alike) and symmetric.

use std::collections::HashMap;

use crate::formula::{BinaryOp, EvalError, Expr, Function};
use crate::model::NodeId;

/// A derivative of the node with respect to another, and whether it is ambiguous
/// (a `min` or `max` tie on the way).
#[derive(Debug, Clone, Copy, Default)]
pub(in crate::analysis) struct Adjoint {
    pub(in crate::analysis) derivative: f64,
    pub(in crate::analysis) ambiguous: bool,
}

/// What a `min` or `max` passes back at a tie (several arguments at the extreme).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::analysis) enum Ties {
    /// Each tied argument gets the whole seed, marked ambiguous (leverage: no
    /// derivative there).
    Ambiguous,
    /// The tied arguments share the seed equally (explain).
    Share,
}

impl Adjoint {
    pub(in crate::analysis) fn usable(&self) -> bool {
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
pub(in crate::analysis) struct Flow<'a> {
    /// `∂node/∂x` for every node `x` the formulas use on the way to the node
    /// (the node itself included).
    pub(in crate::analysis) adjoints: HashMap<&'a str, Adjoint>,
    /// For each such node, the nodes whose formula uses it.
    pub(in crate::analysis) parents: HashMap<&'a str, Vec<&'a str>>,
}

/// Reverse-mode differentiation over the formulas: from the node, in reverse
/// `drives` order (a node after everything it drives), each formula passes its
/// adjoint on to the ids it uses, times its local partial derivative.
pub(in crate::analysis) fn backpropagate<'a>(
    node: &'a NodeId,
    order: &'a [NodeId],
    exprs: &'a HashMap<&str, Expr>,
    values: &HashMap<&str, f64>,
    ties: Ties,
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
        for (child, inner) in local_partials(expr, values, ties) {
            adjoints
                .entry(child)
                .or_default()
                .add(Adjoint::chain(outer, inner));
            parents.entry(child).or_default().push(id.as_str());
        }
    }
    Flow { adjoints, parents }
}

/// `∂expr/∂id` for every id of `expr`, at the current values. An evaluation error
/// (not expected: the node was computed) makes every partial ambiguous.
fn local_partials<'e>(
    expr: &'e Expr,
    values: &HashMap<&str, f64>,
    ties: Ties,
) -> HashMap<&'e str, Adjoint> {
    let mut partials: HashMap<&str, Adjoint> = HashMap::new();
    let value_of = |id: &str| values.get(id).copied();
    if backward(expr, 1.0, false, &value_of, ties, &mut partials).is_err() {
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
    ties: Ties,
    partials: &mut HashMap<&'e str, Adjoint>,
) -> Result<(), EvalError> {
    match expr {
        Expr::Number(_) => {}
        Expr::Id(id) => partials.entry(id.as_str()).or_default().add(Adjoint {
            derivative: seed,
            ambiguous,
        }),
        Expr::Neg(inner) => backward(inner, -seed, ambiguous, value_of, ties, partials)?,
        Expr::Binary { op, left, right } => {
            let (left_seed, right_seed) = binary_seeds(*op, left, right, seed, value_of)?;
            backward(left, left_seed, ambiguous, value_of, ties, partials)?;
            backward(right, right_seed, ambiguous, value_of, ties, partials)?;
        }
        Expr::Call { function, args } => {
            for (arg, arg_seed, tie) in call_seeds(*function, args, seed, value_of, ties)? {
                backward(arg, arg_seed, ambiguous || tie, value_of, ties, partials)?;
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
/// Arguments that are not the extreme get no seed at all; under [`Ties::Share`]
/// tied arguments share the seed and are not ambiguous.
fn call_seeds<'e>(
    function: Function,
    args: &'e [Expr],
    seed: f64,
    value_of: &ValueOf,
    ties: Ties,
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
    let (seed, tie) = match ties {
        Ties::Share => (seed / winners.len() as f64, false),
        Ties::Ambiguous => (seed, tie),
    };
    Ok(winners.into_iter().map(|a| (a, seed, tie)).collect())
}
