//! What-if: the values of every node if some nodes had other values, without
//! touching the tree (nothing is saved).
//!
//! An override sets a node's value, or moves its current value (entered or
//! computed) by a percentage. An overridden node with a formula takes the
//! override instead of its formula's result, so its drivers no longer count for
//! it. Everything else is recomputed by the one evaluator, [`compute_values`], on
//! a copy of the tree with the overrides entered.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::formula::{compute_values, NodeValue};
use crate::model::{NodeId, Tree};

/// A temporary change of one node's value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Override {
    /// The node's value is `value`.
    Value {
        #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
        value: f64,
    },
    /// The node's current value moves by `percent` % (`-5`: 5 % less).
    Percent {
        #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
        percent: f64,
    },
}

/// A node's value now and in the scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct WhatIfValue {
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub before: Option<f64>,
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub after: Option<f64>,
    /// `after - before`, when both exist.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub delta: Option<f64>,
    /// The delta as a % of `|before|`, when `before` is not 0.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub delta_percent: Option<f64>,
    /// Whether the node's value was overridden.
    pub overridden: bool,
    /// Why the node has no value in the scenario, e.g. a division by zero.
    pub error: Option<String>,
}

/// Why a scenario was refused.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum WhatIfError {
    #[error("there is no node \"{0}\"")]
    UnknownNode(NodeId),
    #[error("node \"{0}\" has no value to change by a percentage")]
    NoValue(NodeId),
    #[error("the value given for node \"{0}\" is not a finite number")]
    NotFinite(NodeId),
}

/// Every node's value before and after `overrides`, by id.
pub fn what_if(
    tree: &Tree,
    overrides: &BTreeMap<NodeId, Override>,
) -> Result<BTreeMap<NodeId, WhatIfValue>, WhatIfError> {
    let before = compute_values(tree);
    let mut scenario = tree.clone();
    for (id, change) in overrides {
        let index = tree
            .node_index(id)
            .ok_or_else(|| WhatIfError::UnknownNode(id.clone()))?;
        let current = before.get(id).and_then(|v| v.value);
        let value = overridden_value(id, *change, current)?;
        let node = &mut scenario.nodes[index];
        node.formula = None;
        node.value = Some(value);
    }
    let after = compute_values(&scenario);
    Ok(before
        .into_iter()
        .map(|(id, was)| {
            let now = after.get(&id);
            let value = compare(&was, now, overrides.contains_key(&id));
            (id, value)
        })
        .collect())
}

fn overridden_value(
    id: &NodeId,
    change: Override,
    current: Option<f64>,
) -> Result<f64, WhatIfError> {
    let value = match change {
        Override::Value { value } => value,
        Override::Percent { percent } => {
            let current = current.ok_or_else(|| WhatIfError::NoValue(id.clone()))?;
            current * (1.0 + percent / 100.0)
        }
    };
    if value.is_finite() {
        Ok(value)
    } else {
        Err(WhatIfError::NotFinite(id.clone()))
    }
}

fn compare(before: &NodeValue, after: Option<&NodeValue>, overridden: bool) -> WhatIfValue {
    let now = after.and_then(|v| v.value);
    let delta = before
        .value
        .zip(now)
        .map(|(b, a)| a - b)
        .filter(|d| d.is_finite());
    let delta_percent = before
        .value
        .filter(|b| *b != 0.0)
        .zip(delta)
        .map(|(b, d)| d / b.abs() * 100.0)
        .filter(|p| p.is_finite());
    WhatIfValue {
        before: before.value,
        after: now,
        delta,
        delta_percent,
        overridden,
        error: after.and_then(|v| v.error.clone()),
    }
}
