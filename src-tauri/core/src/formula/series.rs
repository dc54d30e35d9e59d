//! Every node's value in many periods at once ([`compute_series`]), for the
//! sparklines and comparisons of the tree view (SPEC 8), which need each node in
//! every period after every edit.
//!
//! Invariant: `compute_series(tree, periods)[id][i]` is exactly the `value` of
//! `compute_values_at(tree, periods[i])[id]` (the same order, the same rules:
//! first node of an id wins, only drivers may be used, a node in a `drives` cycle
//! has no value). Only the work that does not depend on the period (the graph, its
//! order, each formula parsed and checked) is done once instead of per period, and
//! no error text is made: 36 periods of a 1,000-node tree cost about what a few
//! calls of `compute_values_at` do.

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{is_blank, parse, Expr};
use crate::graph::TreeGraph;
use crate::model::{Node, NodeId, Period, Tree};

/// How a node gets its value in any period.
enum Plan {
    /// What it holds then ([`Node::value_at`]), when finite.
    Entered,
    /// Its formula, parsed, using only its drivers.
    Formula(Expr),
    /// Never a value: its formula does not parse, uses a stranger or is in a cycle.
    Nothing,
}

/// Each node's value in each of `periods` (in that order), by id.
pub fn compute_series(tree: &Tree, periods: &[Period]) -> BTreeMap<NodeId, Vec<Option<f64>>> {
    let steps = plan(tree);
    let mut series: Vec<Vec<Option<f64>>> = vec![Vec::with_capacity(periods.len()); steps.len()];
    let mut known: HashMap<&str, f64> = HashMap::with_capacity(steps.len());
    for &period in periods {
        known.clear();
        for (index, (node, plan)) in steps.iter().enumerate() {
            let value = match plan {
                Plan::Entered => node.value_at(period).filter(|v| v.is_finite()),
                Plan::Formula(expr) => expr.eval(&|id| known.get(id).copied()).ok(),
                Plan::Nothing => None,
            };
            if let Some(value) = value {
                known.insert(node.id.as_str(), value);
            }
            series[index].push(value);
        }
    }
    steps
        .iter()
        .zip(series)
        .map(|((node, _), values)| (node.id.clone(), values))
        .collect()
}

/// The nodes (the first of each id) in evaluation order, each with its plan:
/// `drives` order first, then the nodes of cycles (as `compute_values` does).
fn plan(tree: &Tree) -> Vec<(&Node, Plan)> {
    let graph = TreeGraph::new(tree);
    let mut nodes: HashMap<&NodeId, &Node> = HashMap::with_capacity(tree.nodes.len());
    for node in &tree.nodes {
        nodes.entry(&node.id).or_insert(node);
    }
    let mut steps = Vec::with_capacity(nodes.len());
    let mut placed: HashSet<&NodeId> = HashSet::with_capacity(nodes.len());
    for id in graph.drives_order() {
        if let Some(&node) = nodes.get(&id) {
            if placed.insert(&node.id) {
                steps.push((node, formula_plan(node, &graph)));
            }
        }
    }
    for node in &tree.nodes {
        if placed.insert(&node.id) {
            let plan = if is_blank(node.formula.as_deref()) {
                Plan::Entered
            } else {
                Plan::Nothing
            };
            steps.push((node, plan));
        }
    }
    steps
}

fn formula_plan(node: &Node, graph: &TreeGraph) -> Plan {
    let Some(formula) = node.formula.as_deref().filter(|f| !is_blank(Some(f))) else {
        return Plan::Entered;
    };
    let Ok(expr) = parse(formula) else {
        return Plan::Nothing;
    };
    let drivers: HashSet<String> = graph
        .drivers(&node.id)
        .into_iter()
        .map(|id| id.as_str().to_owned())
        .collect();
    if expr.ids().iter().all(|id| drivers.contains(id)) {
        Plan::Formula(expr)
    } else {
        Plan::Nothing
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formula::compute_values_at;
    use crate::model::{Granularity, HistoryPoint};
    use crate::sample::{synthetic, with_history};
    use crate::test_trees::kpi_tree;

    fn agrees(tree: &Tree) {
        let periods = tree.periods();
        let series = compute_series(tree, &periods);
        for (i, &period) in periods.iter().enumerate() {
            let values = compute_values_at(tree, period);
            assert_eq!(values.len(), series.len());
            for (id, value) in values {
                assert_eq!(series[&id][i], value.value, "{id} in {period}");
            }
        }
    }

    fn month(number: u8) -> Period {
        Period::new(Granularity::Month, 2026, number).unwrap()
    }

    #[test]
    fn the_series_agrees_with_each_period_computed_alone() {
        agrees(&with_history(synthetic("Series", 200)));
        let mut bad = kpi_tree(
            &[
                "root:a * b",
                "a=2",
                "b:c + 1",
                "c:b + 1",
                "d:a +",
                "e:a",
                "a=7",
            ],
            &["a>root", "b>root", "b>c", "c>b"],
        );
        bad.nodes[1].history = (1..=3)
            .map(|m| HistoryPoint {
                period: month(m),
                value: f64::from(m),
            })
            .collect();
        bad.nodes[1].history[1].value = f64::INFINITY;
        agrees(&bad);
    }
}
