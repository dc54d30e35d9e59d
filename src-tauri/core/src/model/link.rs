//! A link between two nodes of one tree. A tree holds at most one link of each kind
//! between the same two nodes, so `(kind, from, to)` identifies a link.

use serde::{Deserialize, Serialize};

use super::{Color, LinkKind, NodeId, Strength};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Link {
    pub from: NodeId,
    pub to: NodeId,
    pub kind: LinkKind,
    /// The link's colour; for `impacts` links it defaults to the target's colour.
    pub color: Option<Color>,
    /// Only on `impacts` links.
    pub strength: Option<Strength>,
    pub note: Option<String>,
}

/// What identifies a link inside its tree.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LinkKey {
    pub kind: LinkKind,
    pub from: NodeId,
    pub to: NodeId,
}

impl Link {
    /// A link with only the required fields set.
    pub fn new(kind: LinkKind, from: NodeId, to: NodeId) -> Self {
        Link {
            from,
            to,
            kind,
            color: None,
            strength: None,
            note: None,
        }
    }

    pub fn key(&self) -> LinkKey {
        LinkKey {
            kind: self.kind,
            from: self.from.clone(),
            to: self.to.clone(),
        }
    }
}

impl std::fmt::Display for LinkKey {
    /// The form used in messages and DOM/SVG ids: `KIND-FROM-TO`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}-{}", self.kind, self.from, self.to)
    }
}
