//! A conflict of a merge, as data for the window and as a line for the command
//! line: `node arr, field target: 1500000 (squad_a.json), 1600000 (squad_b.json)`.

use serde::Serialize;
use serde_json::Value;

use crate::model::{LinkKey, NodeId};

/// One side's value of a conflicting field (`null`: not set, or removed).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct SourceValue {
    pub source: String,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Unknown))]
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Conflict {
    /// A field set differently: of the tree (no node, no link), a node or a link.
    Field {
        id: String,
        node: Option<NodeId>,
        link: Option<LinkKey>,
        field: String,
        values: Vec<SourceValue>,
    },
    /// A `drives` link of `source` that would close a cycle made by the union
    /// (`path` leads from its target back to its source). Settling it leaves the
    /// link out.
    Cycle {
        id: String,
        link: LinkKey,
        source: String,
        path: Vec<NodeId>,
    },
    /// Three-way: a node or link removed on one side and changed on the other
    /// (or a link added to a node the other side removed). Settling it for the
    /// side that removed removes it; for the other side keeps it.
    Removed {
        id: String,
        node: Option<NodeId>,
        link: Option<LinkKey>,
        removed_by: String,
        changed_by: String,
    },
}

impl Conflict {
    /// What [`super::Choices::settle`] refers to it by.
    pub fn id(&self) -> &str {
        match self {
            Conflict::Field { id, .. }
            | Conflict::Cycle { id, .. }
            | Conflict::Removed { id, .. } => id,
        }
    }
}

/// `tree`, `node arr` or `link drives a → b`.
pub(crate) fn place(node: Option<&NodeId>, link: Option<&LinkKey>) -> String {
    match (node, link) {
        (Some(id), _) => format!("node {id}"),
        (None, Some(key)) => format!("link {} {} → {}", key.kind, key.from, key.to),
        (None, None) => "tree".to_owned(),
    }
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Conflict::Field {
                node,
                link,
                field,
                values,
                ..
            } => {
                let values: Vec<String> = values
                    .iter()
                    .map(|v| {
                        let shown = match &v.value {
                            Value::Null => "(none)".to_owned(),
                            other => other.to_string(),
                        };
                        format!("{shown} ({})", v.source)
                    })
                    .collect();
                let place = place(node.as_ref(), link.as_ref());
                write!(f, "{place}, field {field}: {}", values.join(", "))
            }
            Conflict::Cycle {
                link, source, path, ..
            } => write!(
                f,
                "{}: the link of {source} closes a cycle of drives links: {}",
                place(None, Some(link)),
                crate::graph::format_path(path)
            ),
            Conflict::Removed {
                node,
                link,
                removed_by,
                changed_by,
                ..
            } => write!(
                f,
                "{}: removed in {removed_by}, changed in {changed_by}",
                place(node.as_ref(), link.as_ref())
            ),
        }
    }
}
