use serde::{Deserialize, Serialize};

use crate::model::{LinkKey, NodeId};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// What kind of rule a problem breaks. The editor refuses an edit that would add a
/// `Structure` or `Field` error, but lets a user save a formula that does not parse
/// yet (`Formula`), showing the error on the node instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Ids, links, kinds of link between kinds of node, `drives` cycles.
    Structure,
    /// A single field's value: name length, colour, date, non-finite number.
    Field,
    /// Formula syntax, unknown formula ids, values that cannot be computed.
    Formula,
}

/// What a problem is about.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Subject {
    Tree,
    Node { id: NodeId },
    Link { key: LinkKey },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Problem {
    pub severity: Severity,
    pub category: Category,
    pub subject: Subject,
    /// A full sentence naming the node or link and what is wrong, e.g.
    /// `node "arr": formula uses "seats", which is not a driver of "arr"`.
    pub message: String,
}

impl std::fmt::Display for Problem {
    /// One line of `kpitree check`: `error: node "arr": ...`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}: {}", self.message)
    }
}
