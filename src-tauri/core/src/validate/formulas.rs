//! Formula rules: a formula must parse and use only the node's drivers (errors);
//! a valid formula that cannot be computed (division by zero, a driver without a
//! value) is a warning, since the node shows it instead of a value.

use std::collections::BTreeMap;

use super::{Category, Finding, Place};
use crate::formula::{self, Failure, Outcome};
use crate::graph::TreeGraph;
use crate::model::{Node, NodeId, Tree};

pub(super) fn check(tree: &Tree, found: &mut Vec<Finding>) {
    let graph = TreeGraph::new(tree);
    let mut outcomes: Option<BTreeMap<NodeId, Outcome>> = None;
    for (i, node) in tree.nodes.iter().enumerate() {
        let Some(text) = node.formula.as_deref().filter(|t| !t.trim().is_empty()) else {
            continue;
        };
        let errors = formula_errors(tree, &graph, node, text);
        let has_errors = !errors.is_empty();
        for detail in errors {
            found.push(Finding::error(Category::Formula, Place::Node(i), detail));
        }
        if has_errors {
            continue;
        }
        let outcomes = outcomes.get_or_insert_with(|| formula::compute(tree));
        if let Some(Err(failure @ Failure::Eval(_))) = outcomes.get(&node.id) {
            let detail = failure.message(tree);
            found.push(Finding::warning(Category::Formula, Place::Node(i), detail));
        }
    }
}

fn formula_errors(tree: &Tree, graph: &TreeGraph, node: &Node, text: &str) -> Vec<String> {
    let expr = match formula::parse(text) {
        Ok(expr) => expr,
        Err(error) => return vec![format!("formula: {error}")],
    };
    let drivers = graph.drivers(&node.id);
    expr.ids()
        .into_iter()
        .filter(|id| !drivers.iter().any(|driver| driver.as_str() == id))
        .map(|id| not_a_driver(tree, node, &id))
        .collect()
}

fn not_a_driver(tree: &Tree, node: &Node, id: &str) -> String {
    let exists = tree.nodes.iter().any(|n| n.id.as_str() == id);
    let hint = if exists {
        format!("; add a drives link {id} → {}", node.id)
    } else {
        format!(" (there is no node \"{id}\")")
    };
    format!(
        "formula uses \"{id}\", which is not a driver of \"{}\"{hint}",
        node.id
    )
}
