//! The numbers behind a KPI tree (issue #8): pure functions over a [`Tree`] for
//! the canvas, present mode, the export and the command line.
//!
//! - [`status`]: on track / at risk / off track against the target, with
//!   [`StatusThresholds`] the user sets per tree (the canonical definition).
//! - [`leverage`]: the leaves below a node ranked by elasticity, the % change of
//!   the node for a 1 % change of the leaf, by exact differentiation of the
//!   formulas.
//! - [`explain`]: what moved (SPEC 9): a formula node's change between two
//!   periods split among the leaves below it (Aumann–Shapley attribution).
//! - [`what_if`]: every node's value under temporary overrides, and the delta.
//! - [`target_gaps`]: nodes whose drivers' targets, put through the formula, do
//!   not give the node's own target.
//! - [`unit_mismatches`]: formulas that add or compare quantities in different
//!   units.
//!
//! Design: nothing here evaluates a formula its own way. Values come from
//! [`crate::formula::compute_values`] (evaluation in `drives` order); what-if
//! runs it on a copy of the tree; leverage differentiates the same parsed
//! [`crate::formula::Expr`] trees and evaluates sub-expressions with
//! [`crate::formula::Expr::eval`]; explain evaluates the same parsed formulas with
//! `Expr::eval` in `drives` order at each point of its path (leaf values between
//! two periods, which no tree holds), and its property tests check that both ends
//! equal what `compute_values` gives. No function changes the tree, panics, or
//! follows a `drives` cycle. `validate` warns about unit mismatches through
//! [`unit_mismatches`].
//!
//! [`Tree`]: crate::model::Tree

mod consistency;
mod explain;
mod leverage;
mod status;
mod units;
mod what_if;

pub use consistency::{target_gaps, TargetGap, DEFAULT_TARGET_TOLERANCE};
pub use explain::{
    attribute, explain, tolerance, Attribution, Contribution, ExplainError, Explanation, Values,
};
pub use leverage::{leverage, Elasticity, Leverage, LeverageError, Undefined, MAX_PATHS};
pub use status::{
    status, statuses, statuses_at, statuses_of, Status, StatusThresholds, ThresholdError,
};
pub use units::{unit_mismatches, Combination, UnitMismatch, UnitOperand};
pub use what_if::{what_if, Override, WhatIfError, WhatIfValue};

#[cfg(test)]
mod tests;
