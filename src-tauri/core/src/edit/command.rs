//! The edit commands: what the user asked for, before any rule is checked.
//! One user gesture is one edit (a drag of several nodes is one `MoveNodes`), so
//! that one undo reverts one gesture.

use serde::{Deserialize, Serialize};

use crate::model::{Granularity, Link, LinkKey, Node, NodeId, Period, Position, StatusThresholds};

/// A typed change request. [`crate::edit::apply`] turns it into a [`crate::edit::Diff`]
/// or refuses it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Edit {
    /// Adds a node at `index` in the node order (the end when `None`).
    AddNode {
        node: Node,
        index: Option<u32>,
    },
    /// Replaces every field of the node with the same id, except its history
    /// (the inspector sends whole nodes that may lack it; `SetValues` changes it).
    UpdateNode {
        node: Node,
    },
    /// Moves nodes on the canvas; one drag of several nodes is one edit.
    MoveNodes {
        moves: Vec<NodeMove>,
    },
    /// Removes nodes and every link that touches them.
    RemoveNodes {
        ids: Vec<NodeId>,
    },
    /// Adds a link at the end of the link order.
    AddLink {
        link: Link,
    },
    /// Replaces colour, strength and note of the link with the same kind, from and to.
    UpdateLink {
        link: Link,
    },
    RemoveLinks {
        keys: Vec<LinkKey>,
    },
    /// Turns the link round (`from` and `to` swapped), keeping its other fields and
    /// its place in the link order.
    ReverseLink {
        key: LinkKey,
    },
    /// Gives node `id` the id `new_id`; its links and every formula that names it
    /// follow.
    ChangeId {
        id: NodeId,
        new_id: NodeId,
    },
    RenameTree {
        name: String,
    },
    SetDescription {
        description: Option<String>,
    },
    /// When the tree's values are on track or at risk (checked by
    /// [`StatusThresholds::new`]).
    SetStatusThresholds {
        thresholds: StatusThresholds,
    },
    /// Sets or clears values of nodes' histories (SPEC 8): one undo step for a
    /// whole pasted block. All or nothing.
    SetValues {
        values: Vec<ValueCell>,
    },
    /// How the tree counts time; refused while any node has a history.
    SetPeriod {
        period: Granularity,
    },
    /// Several edits as one undo step (paste, duplicate); all or nothing.
    Batch {
        edits: Vec<Edit>,
    },
}

/// One cell of a values grid: node `node`'s value in `period`; `None` clears it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ValueCell {
    pub node: NodeId,
    #[cfg_attr(feature = "specta", specta(type = String))]
    pub period: Period,
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub value: Option<f64>,
}

/// One node's new place on the canvas.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NodeMove {
    pub id: NodeId,
    pub position: Position,
}
