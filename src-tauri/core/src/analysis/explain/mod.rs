//! What moved (SPEC 9): the change of a formula node between two periods, split
//! into the contributions of the leaves below it.
//!
//! The method is Aumann–Shapley attribution (Aumann and Shapley, *Values of
//! Non-Atomic Games*, 1974), known in machine learning as integrated gradients
//! (Sundararajan, Taly and Yan, 2017): along the straight path `x(t) = a + t(b − a)`
//! from the leaf values `a` of the first period to `b` of the second, leaf `i`
//! contributes `(bᵢ − aᵢ) ∫₀¹ ∂N/∂xᵢ(x(t)) dt`. By the fundamental theorem of
//! calculus the contributions add up to `N(b) − N(a)`. The derivatives are the
//! exact reverse-mode ones of the leverage ranking; the integral is adaptive
//! Gauss–Kronrod quadrature ([`quadrature`]), refined until the contributions add
//! up to the change within [`tolerance`].
//!
//! What follows from the method, and the tests check:
//! - a leaf that does not change contributes exactly 0 (it is not integrated);
//! - under a sum each driver contributes its own change (the derivative is 1);
//! - the split is symmetric and does not depend on the order of the drivers:
//!   `x · y` gives `Δx · (y_a + y_b) / 2` to x, the Shapley value of the two;
//! - a `min` or `max` whose extreme changes side on the way is a kink: the
//!   quadrature isolates it by bisection; on a stretch where arguments stay tied
//!   they share the derivative;
//! - a division whose divisor passes through 0 on the way has no finite
//!   integral: the change cannot be split, and [`ExplainError::NotSplittable`]
//!   says so rather than returning a meaningless number.
//!
//! `share` is `contribution / change`, and `None` (JSON `null`) when the change is
//! 0: contributions may then still be non-zero and cancel out, and no share of
//! nothing is meaningful.

mod path;
mod quadrature;

use serde::{Deserialize, Serialize};

use self::path::Path;
use crate::formula::EvalError;
use crate::model::{Granularity, Node, NodeId, Period, Tree};

/// A change explained: the node, the two periods, its value in each, and the
/// contribution of each leaf below it (SPEC 9's JSON form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Explanation {
    pub node: NodeId,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub from: Period,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub to: Period,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub before: f64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub after: f64,
    /// `after − before`.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub change: f64,
    /// `change` minus the sum of the contributions; at most [`tolerance`].
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub residual: f64,
    /// Largest in absolute value first; ties in tree order.
    pub contributions: Vec<Contribution>,
}

/// A change explained between two sets of values ([`attribute`]): an
/// [`Explanation`] without the periods.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub node: NodeId,
    pub before: f64,
    pub after: f64,
    pub change: f64,
    pub residual: f64,
    pub contributions: Vec<Contribution>,
}

/// One leaf's part in the change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Contribution {
    /// The leaf.
    pub node: NodeId,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub before: f64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub after: f64,
    /// How much of the node's change comes from this leaf's change.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub contribution: f64,
    /// `contribution / change`; `None` when the change is 0.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub share: Option<f64>,
}

/// One end of the change: how to read a leaf's value there, and what to call it
/// in an error (a period, "now", "what if"…).
pub struct Values<'a> {
    pub label: &'a str,
    pub value_of: &'a dyn Fn(&Node) -> Option<f64>,
}

/// Why a change cannot be explained.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ExplainError {
    #[error("there is no node \"{0}\"")]
    UnknownNode(NodeId),
    #[error("node \"{0}\" has no formula, so there is no change to split among its drivers")]
    NoFormula(NodeId),
    #[error("the formula of \"{node}\" cannot be used: {reason}")]
    Formula { node: NodeId, reason: String },
    #[error("the drives links below \"{0}\" form a cycle")]
    Cycle(NodeId),
    #[error("\"{period}\" is a {}, but the tree counts time in {granularity}s", period.granularity())]
    WrongGranularity {
        period: Period,
        granularity: Granularity,
    },
    #[error("node \"{node}\" has no value in {at}")]
    MissingValue { node: NodeId, at: String },
    #[error("node \"{node}\" has a value in {at} that is not a finite number")]
    NotFinite { node: NodeId, at: String },
    #[error("cannot compute \"{node}\" {at}: {reason}")]
    Compute {
        node: NodeId,
        at: String,
        reason: EvalError,
    },
    #[error(
        "the change of \"{node}\" cannot be split among its leaves: on the straight way from \
         the values of {from} to those of {to}, {reason}"
    )]
    NotSplittable {
        node: NodeId,
        from: String,
        to: String,
        reason: String,
    },
}

/// The largest residual allowed for a change: `1e-6 × max(1, |change|)`.
pub fn tolerance(change: f64) -> f64 {
    1e-6 * change.abs().max(1.0)
}

/// The change of `node` from period `from` to period `to`, split among the leaves
/// below it; leaves' values are read with [`Node::value_at`].
pub fn explain(
    tree: &Tree,
    node: &NodeId,
    from: Period,
    to: Period,
) -> Result<Explanation, ExplainError> {
    for period in [from, to] {
        if period.granularity() != tree.period {
            return Err(ExplainError::WrongGranularity {
                period,
                granularity: tree.period,
            });
        }
    }
    let (from_label, to_label) = (from.to_string(), to.to_string());
    let before = |n: &Node| n.value_at(from);
    let after = |n: &Node| n.value_at(to);
    let found = attribute(
        tree,
        node,
        Values {
            label: &from_label,
            value_of: &before,
        },
        Values {
            label: &to_label,
            value_of: &after,
        },
    )?;
    Ok(Explanation {
        node: found.node,
        from,
        to,
        before: found.before,
        after: found.after,
        change: found.change,
        residual: found.residual,
        contributions: found.contributions,
    })
}

/// The change of `node` from the leaf values `before` to `after`, split among
/// the leaves below it (for tests and what-if).
pub fn attribute(
    tree: &Tree,
    node: &NodeId,
    before: Values,
    after: Values,
) -> Result<Attribution, ExplainError> {
    let mut path = Path::new(tree, node, &before, &after)?;
    let start = path.value(0.0, &|| format!("in {}", before.label))?;
    let end = path.value(1.0, &|| format!("in {}", after.label))?;
    let change = end - start;
    let moving = path.moving().to_vec();
    let mut contributions = vec![0.0; path.leaves.len()];
    if !moving.is_empty() {
        let between = || format!("between {} and {}", before.label, after.label);
        let not_splittable = |reason: String| ExplainError::NotSplittable {
            node: node.clone(),
            from: before.label.to_owned(),
            to: after.label.to_owned(),
            reason,
        };
        let integral =
            quadrature::integrate(moving.len(), change, tolerance(change), &mut |t, out| {
                path.rates(t, &between, out)
            })
            .map_err(|error| match error {
                ExplainError::Compute { node, reason, .. } => {
                    not_splittable(format!("the formula of \"{node}\" gives {reason}"))
                }
                other => other,
            })?;
        if !integral.converged {
            let residual = change - integral.values.iter().sum::<f64>();
            return Err(not_splittable(format!(
                "a divisor of its formulas comes near 0 (the contributions would not add up \
                 to the change: {residual:e} left over)"
            )));
        }
        for (&i, value) in moving.iter().zip(integral.values) {
            contributions[i] = value;
        }
    }
    let residual = change - contributions.iter().sum::<f64>();
    let share = |c: f64| (change != 0.0).then(|| c / change);
    let mut found: Vec<Contribution> = path
        .leaves
        .iter()
        .zip(contributions)
        .map(|(leaf, contribution)| Contribution {
            node: leaf.id.clone(),
            before: leaf.before,
            after: leaf.after,
            contribution,
            share: share(contribution),
        })
        .collect();
    // Stable: ties stay in tree order.
    found.sort_by(|a, b| b.contribution.abs().total_cmp(&a.contribution.abs()));
    Ok(Attribution {
        node: node.clone(),
        before: start,
        after: end,
        change,
        residual,
        contributions: found,
    })
}
