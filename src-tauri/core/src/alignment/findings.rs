//! The four alignment findings: work that moves no metric, KPIs with no lever,
//! pushed metrics with no tripwire, and tripwires that watch nothing.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::reach::Reach;
use crate::model::{LinkKind, Node, NodeId, NodeKind, Tree};

/// What an alignment finding says; the order is the report order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    /// An initiative or strategic intent with no `drives`/`impacts` path to a metric.
    UnlinkedWork,
    /// A business KPI that no initiative or product metric moves, even indirectly.
    NoLever,
    /// A metric that `impacts` links push but no health metric guards.
    NoTripwire,
    /// A health metric with no `guards` link.
    GuardsNothing,
}

/// One alignment finding. A warning, never an error: a tree in the making is
/// allowed to be badly aligned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Finding {
    pub kind: FindingKind,
    /// The node the finding is about.
    pub node: NodeId,
    /// Other nodes concerned: for [`FindingKind::NoTripwire`], the nodes whose
    /// `impacts` links push the metric. Empty for the other kinds.
    pub related: Vec<NodeId>,
    /// A sentence naming the node first, like the messages of `validate`:
    /// `node "sso": initiative linked to no metric (...)`.
    pub message: String,
}

impl Finding {
    /// Every node concerned, the subject first: what the UI selects and reveals.
    pub fn nodes(&self) -> Vec<NodeId> {
        let mut nodes = vec![self.node.clone()];
        nodes.extend(self.related.iter().cloned());
        nodes
    }
}

impl std::fmt::Display for Finding {
    /// One line of `kpitree check`: `warning: alignment: node "sso": ...`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "warning: alignment: {}", self.message)
    }
}

/// Every finding of `tree`, by kind, then in the tree's order of nodes.
pub(super) fn findings(tree: &Tree) -> Vec<Finding> {
    let reach = Reach::new(tree);
    let nodes = unique_nodes(tree);
    let mut found = Vec::new();
    unlinked_work(&reach, &nodes, &mut found);
    no_lever(&reach, &nodes, &mut found);
    no_tripwire(tree, &reach, &nodes, &mut found);
    guards_nothing(tree, &reach, &nodes, &mut found);
    found
}

/// The nodes in tree order, each id once (the first node with it).
fn unique_nodes(tree: &Tree) -> Vec<&Node> {
    let mut seen = HashSet::new();
    tree.nodes
        .iter()
        .filter(|node| seen.insert(&node.id))
        .collect()
}

fn finding(kind: FindingKind, node: &Node, related: Vec<NodeId>, detail: &str) -> Finding {
    Finding {
        kind,
        node: node.id.clone(),
        related,
        message: format!("node \"{}\": {detail}", node.id),
    }
}

fn unlinked_work(reach: &Reach, nodes: &[&Node], found: &mut Vec<Finding>) {
    let metrics: Vec<NodeKind> = NodeKind::ALL
        .iter()
        .copied()
        .filter(|kind| kind.is_metric())
        .collect();
    let linked = reach.moving(&metrics);
    for node in nodes {
        let noun = match node.kind {
            NodeKind::Initiative => "initiative",
            NodeKind::StrategicIntent => "strategic intent",
            _ => continue,
        };
        if !linked.contains(&node.id) {
            let detail = format!(
                "{noun} linked to no metric (no drives or impacts path leads from it to a metric)"
            );
            found.push(finding(
                FindingKind::UnlinkedWork,
                node,
                Vec::new(),
                &detail,
            ));
        }
    }
}

fn no_lever(reach: &Reach, nodes: &[&Node], found: &mut Vec<Finding>) {
    let levered = reach.moved_by(&[NodeKind::Initiative, NodeKind::ProductMetric]);
    for node in nodes {
        if node.kind == NodeKind::BusinessKpi && !levered.contains(&node.id) {
            let detail = "business KPI with no lever (no initiative or product metric drives or impacts it, directly or through other nodes)";
            found.push(finding(FindingKind::NoLever, node, Vec::new(), detail));
        }
    }
}

fn no_tripwire(tree: &Tree, reach: &Reach, nodes: &[&Node], found: &mut Vec<Finding>) {
    let guarded: HashSet<&NodeId> = reach
        .links(tree, LinkKind::Guards)
        .map(|link| &link.to)
        .collect();
    let mut pushers = pushers(tree, reach);
    for node in nodes {
        let Some(pushers) = pushers.remove(&node.id) else {
            continue;
        };
        if guarded.contains(&node.id) {
            continue;
        }
        let names: Vec<String> = pushers.iter().map(|id| format!("\"{id}\"")).collect();
        let detail = format!(
            "pushed by {} with no health metric guarding it (no tripwire)",
            names.join(", ")
        );
        found.push(finding(FindingKind::NoTripwire, node, pushers, &detail));
    }
}

/// Each target of `impacts` links with the links' sources, in link order, each once.
fn pushers(tree: &Tree, reach: &Reach) -> HashMap<NodeId, Vec<NodeId>> {
    let mut pushers: HashMap<NodeId, Vec<NodeId>> = HashMap::new();
    for link in reach.links(tree, LinkKind::Impacts) {
        let sources = pushers.entry(link.to.clone()).or_default();
        if !sources.contains(&link.from) {
            sources.push(link.from.clone());
        }
    }
    pushers
}

fn guards_nothing(tree: &Tree, reach: &Reach, nodes: &[&Node], found: &mut Vec<Finding>) {
    let guarding: HashSet<&NodeId> = reach
        .links(tree, LinkKind::Guards)
        .map(|link| &link.from)
        .collect();
    for node in nodes {
        if node.kind == NodeKind::HealthMetric && !guarding.contains(&node.id) {
            let detail = "health metric guarding nothing (it has no guards link)";
            found.push(finding(
                FindingKind::GuardsNothing,
                node,
                Vec::new(),
                detail,
            ));
        }
    }
}
