//! Target consistency: when a node's formula is applied to its drivers' targets,
//! does it give the node's own target?
//!
//! A node is checked when it has a formula that parses, a target, and every id
//! of the formula is a driver with a target. Targets are time-bound, so a node is
//! only compared with drivers whose target is for the same date: when both the
//! node and a driver have a target date and the dates differ (a mid-year input
//! target under a year-end outcome), the node is not checked. A missing date is
//! taken as the same period. Only the drivers' own targets are used, not targets
//! implied further down: each formula is checked on its own.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::export::{format_number, format_value};
use crate::formula;
use crate::graph::TreeGraph;
use crate::model::{Node, NodeId, Tree};

/// How far (a share of the node's target) the drivers' targets may miss it before
/// it is a warning: 1 %.
pub const DEFAULT_TARGET_TOLERANCE: f64 = 0.01;

/// A node whose target differs from the value its drivers' targets give.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TargetGap {
    pub node: NodeId,
    /// The node's name and unit, for the message.
    pub name: String,
    pub unit: Option<String>,
    /// The node's formula evaluated on its drivers' targets.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub implied: f64,
    /// The node's own target.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub target: f64,
    /// `(implied - target) / |target|`; `None` when the target is 0.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub gap: Option<f64>,
}

impl std::fmt::Display for TargetGap {
    /// `the drivers' targets give ARR €5.2M, 13% below its target of €6M`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = self.unit.as_deref();
        let implied = format_value(Some(self.implied), unit);
        let target = format_value(Some(self.target), unit);
        let name = &self.name;
        match self.gap {
            Some(gap) => {
                let side = if gap > 0.0 { "above" } else { "below" };
                let percent = format_number(gap.abs() * 100.0);
                write!(
                    f,
                    "the drivers' targets give {name} {implied}, {percent}% {side} its target of {target}"
                )
            }
            None => write!(
                f,
                "the drivers' targets give {name} {implied}; its target is {target}"
            ),
        }
    }
}

/// Every node whose drivers' targets give a value further than `tolerance` (a
/// share of its target) from its own target, in tree order.
pub fn target_gaps(tree: &Tree, tolerance: f64) -> Vec<TargetGap> {
    let graph = TreeGraph::new(tree);
    let mut nodes: HashMap<&str, &Node> = HashMap::new();
    for node in &tree.nodes {
        nodes.entry(node.id.as_str()).or_insert(node);
    }
    tree.nodes
        .iter()
        .filter_map(|node| gap(node, &graph, &nodes, tolerance))
        .collect()
}

fn gap(
    node: &Node,
    graph: &TreeGraph,
    nodes: &HashMap<&str, &Node>,
    tolerance: f64,
) -> Option<TargetGap> {
    let target = node.target.filter(|t| t.is_finite())?;
    let expr = formula::parse(node.formula.as_deref()?).ok()?;
    let drivers = graph.drivers(&node.id);
    let mut targets: HashMap<&str, f64> = HashMap::new();
    for id in expr.ids() {
        let driver = drivers.iter().find(|d| d.as_str() == id)?;
        let driver = nodes.get(driver.as_str())?;
        if !same_period(node, driver) {
            return None;
        }
        targets.insert(driver.id.as_str(), driver.target.filter(|t| t.is_finite())?);
    }
    let implied = expr.eval(&|id| targets.get(id).copied()).ok()?;
    let scale = target.abs();
    let beyond = (implied - target).abs() > tolerance * scale + scale * 1e-12;
    beyond.then(|| TargetGap {
        node: node.id.clone(),
        name: node.name.clone(),
        unit: node.unit.clone(),
        implied,
        target,
        gap: (target != 0.0).then(|| (implied - target) / scale),
    })
}

/// Whether two targets are for the same date (a missing date matches any).
fn same_period(node: &Node, driver: &Node) -> bool {
    match (&node.target_date, &driver.target_date) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}
