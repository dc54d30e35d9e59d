//! A diff: the changes one edit made, in the order they were made.
//!
//! Each change carries everything needed to undo it (the item removed, the value
//! before an update), so [`Diff::reversed`] is the exact inverse: its changes are the
//! inverse changes in reverse order. Indices refer to the tree as it is at that
//! change, after the changes before it; removals of several items are listed from
//! the highest index down, so their indices are also the original ones.
//! Links are removed before their nodes and added after them, so every prefix of a
//! diff leaves links pointing at existing nodes (the store's foreign keys rely on it).

use serde::{Deserialize, Serialize};

use crate::model::{Granularity, Link, Node, StatusThresholds};

/// One change to a tree.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
#[allow(
    clippy::large_enum_variant,
    reason = "updates hold two nodes; boxing them would only save memory on tiny vectors"
)]
pub enum Change {
    NodeAdded {
        index: u32,
        node: Node,
    },
    /// `before` and `after` have the same id.
    NodeUpdated {
        before: Node,
        after: Node,
    },
    NodeRemoved {
        index: u32,
        node: Node,
    },
    LinkAdded {
        index: u32,
        link: Link,
    },
    /// `before` and `after` have the same kind, from and to.
    LinkUpdated {
        before: Link,
        after: Link,
    },
    LinkRemoved {
        index: u32,
        link: Link,
    },
    TreeRenamed {
        before: String,
        after: String,
    },
    DescriptionSet {
        before: Option<String>,
        after: Option<String>,
    },
    StatusThresholdsSet {
        before: StatusThresholds,
        after: StatusThresholds,
    },
    /// The tree's granularity changed (only while no node has a history).
    PeriodSet {
        before: Granularity,
        after: Granularity,
    },
}

/// The changes of one edit (or one undo or redo), in order.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Diff {
    pub changes: Vec<Change>,
}

impl Change {
    /// The change that undoes this one.
    pub fn reversed(&self) -> Change {
        match self.clone() {
            Change::NodeAdded { index, node } => Change::NodeRemoved { index, node },
            Change::NodeRemoved { index, node } => Change::NodeAdded { index, node },
            Change::NodeUpdated { before, after } => Change::NodeUpdated {
                before: after,
                after: before,
            },
            Change::LinkAdded { index, link } => Change::LinkRemoved { index, link },
            Change::LinkRemoved { index, link } => Change::LinkAdded { index, link },
            Change::LinkUpdated { before, after } => Change::LinkUpdated {
                before: after,
                after: before,
            },
            Change::TreeRenamed { before, after } => Change::TreeRenamed {
                before: after,
                after: before,
            },
            Change::DescriptionSet { before, after } => Change::DescriptionSet {
                before: after,
                after: before,
            },
            Change::StatusThresholdsSet { before, after } => Change::StatusThresholdsSet {
                before: after,
                after: before,
            },
            Change::PeriodSet { before, after } => Change::PeriodSet {
                before: after,
                after: before,
            },
        }
    }
}

impl Diff {
    pub fn new(changes: Vec<Change>) -> Self {
        Diff { changes }
    }

    /// A diff with no change: the edit changed nothing (and is not recorded).
    pub fn is_empty(&self) -> bool {
        self.changes.is_empty()
    }

    /// The exact inverse: applying `self` then `self.reversed()` changes nothing.
    pub fn reversed(&self) -> Diff {
        Diff {
            changes: self.changes.iter().rev().map(Change::reversed).collect(),
        }
    }

    /// Appends the changes of `next`, which was made after `self`.
    pub fn extend(&mut self, next: Diff) {
        self.changes.extend(next.changes);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_trees::kpi;

    #[test]
    fn reversed_twice_is_the_same_diff() {
        let diff = Diff::new(vec![
            Change::NodeAdded {
                index: 0,
                node: kpi("a"),
            },
            Change::NodeUpdated {
                before: kpi("b"),
                after: kpi("c"),
            },
            Change::TreeRenamed {
                before: "x".into(),
                after: "y".into(),
            },
        ]);
        assert_eq!(diff.reversed().reversed(), diff);
        assert!(matches!(
            diff.reversed().changes[2],
            Change::NodeRemoved { .. }
        ));
    }

    #[test]
    fn serializes_with_a_type_tag() {
        let change = Change::TreeRenamed {
            before: "x".into(),
            after: "y".into(),
        };
        let json = serde_json::to_string(&change).unwrap();
        assert_eq!(json, r#"{"type":"tree_renamed","before":"x","after":"y"}"#);
    }
}
