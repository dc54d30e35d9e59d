//! A node of a KPI tree: a metric, an intent or an initiative, with every field of
//! SPEC 2. Optional fields are `None` when the user has not set them.

use serde::{Deserialize, Serialize};

use super::{Color, Direction, HistoryPoint, Indicator, NodeId, NodeKind, TargetDate};

/// The centre of the node's box, in canvas units (CSS pixels at zoom 1).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// specta would type an f64 as `number | null` (serde writes NaN as null); kpitree
// never holds a non-finite number, so it is a plain `number` in TypeScript.
pub struct Position {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub x: f64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub y: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Node {
    pub id: NodeId,
    pub kind: NodeKind,
    pub name: String,
    pub description: Option<String>,
    pub unit: Option<String>,
    /// The current value as entered by the user (a formula's result is computed,
    /// never stored here).
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub value: Option<f64>,
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub target: Option<f64>,
    pub target_date: Option<TargetDate>,
    pub direction: Option<Direction>,
    pub indicator: Option<Indicator>,
    pub owner: Option<String>,
    pub formula: Option<String>,
    pub color: Option<Color>,
    pub position: Option<Position>,
    pub pinned: bool,
    /// The node's values over time (SPEC 8), one per period, periods ascending and
    /// of the tree's granularity. Part of the node, so that removing, restoring or
    /// renaming a node takes its history along in the same undo step.
    #[serde(default)]
    pub history: Vec<HistoryPoint>,
}

impl Node {
    /// A node with only the required fields set.
    pub fn new(id: NodeId, kind: NodeKind, name: impl Into<String>) -> Self {
        Node {
            id,
            kind,
            name: name.into(),
            description: None,
            unit: None,
            value: None,
            target: None,
            target_date: None,
            direction: None,
            indicator: None,
            owner: None,
            formula: None,
            color: None,
            position: None,
            pinned: false,
            history: Vec::new(),
        }
    }
}
