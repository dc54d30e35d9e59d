//! A KPI tree: its name and description, and its nodes and links in the user's
//! order (the order matters: it is the sibling order of the layout and the order of
//! the JSON export).

use serde::{Deserialize, Serialize};

use super::{Granularity, Link, LinkKey, Node, NodeId, Period, StatusThresholds};

/// The store's id of a tree (a SQLite rowid).
pub type TreeId = i64;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Tree {
    pub name: String,
    pub description: Option<String>,
    pub nodes: Vec<Node>,
    pub links: Vec<Link>,
    /// How the tree counts time: its nodes' histories are of this granularity.
    #[serde(default)]
    pub period: Granularity,
    /// When a value counts as on track or at risk in this tree. It belongs to the
    /// tree (an edit changes it, undo takes it back) but not to its interchange
    /// file: the store keeps it in its settings, and the window receives it as
    /// `TreeView::thresholds`, so it is left out of the tree's serde form.
    #[serde(skip)]
    #[cfg_attr(feature = "specta", specta(skip))]
    pub thresholds: StatusThresholds,
}

/// One line of a store's list of trees.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TreeSummary {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub id: TreeId,
    pub name: String,
    pub node_count: u32,
    pub link_count: u32,
}

impl Tree {
    pub fn new(name: impl Into<String>) -> Self {
        Tree {
            name: name.into(),
            description: None,
            nodes: Vec::new(),
            links: Vec::new(),
            period: Granularity::default(),
            thresholds: StatusThresholds::default(),
        }
    }

    pub fn node(&self, id: &NodeId) -> Option<&Node> {
        self.nodes.iter().find(|node| &node.id == id)
    }

    pub fn node_index(&self, id: &NodeId) -> Option<usize> {
        self.nodes.iter().position(|node| &node.id == id)
    }

    pub fn link(&self, key: &LinkKey) -> Option<&Link> {
        self.links.iter().find(|link| &link.key() == key)
    }

    pub fn link_index(&self, key: &LinkKey) -> Option<usize> {
        self.links.iter().position(|link| &link.key() == key)
    }

    /// Every period in which some node has a value, ascending.
    pub fn periods(&self) -> Vec<Period> {
        let mut periods: Vec<Period> = self
            .nodes
            .iter()
            .flat_map(|node| node.history.iter().map(|point| point.period))
            .collect();
        periods.sort_unstable();
        periods.dedup();
        periods
    }

    /// The tree as it stood in `period`: each node's single value is what it holds
    /// then ([`Node::value_at`]) and no node has a history, so the analyses that
    /// read single values (leverage, what-if) answer for that period exactly as
    /// `formula::compute_values_at` computes it.
    pub fn as_of(&self, period: Period) -> Tree {
        let mut tree = self.clone();
        for node in &mut tree.nodes {
            node.value = node.value_at(period);
            node.history.clear();
        }
        tree
    }

    /// The period a tree with history shows by default: the latest with any value.
    pub fn latest_period(&self) -> Option<Period> {
        self.nodes
            .iter()
            .flat_map(|node| node.history.iter().map(|point| point.period))
            .max()
    }
}

impl Node {
    /// What the node holds in `period` (SPEC 8): a node with a history, its value
    /// of that period (none when it has none then); a node without one, its single
    /// value, the same in every period (a price typed once).
    pub fn value_at(&self, period: Period) -> Option<f64> {
        if self.history.is_empty() {
            self.value
        } else {
            self.value_in(period)
        }
    }

    /// The node's value in `period`, if its history has one.
    pub fn value_in(&self, period: Period) -> Option<f64> {
        self.history
            .binary_search_by(|point| point.period.cmp(&period))
            .ok()
            .map(|index| self.history[index].value)
    }
}
