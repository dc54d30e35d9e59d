//! Why an edit was refused. Each variant names the node or link and the rule, so
//! the message can be shown to the user as is; [`EditError::kind`] is a stable
//! code the UI can branch on without reading the message.

use crate::model::{Granularity, LinkKey, NodeId, Period, ThresholdError, MAX_NAME_CHARS};

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum EditError {
    #[error("there is no node \"{id}\"")]
    UnknownNode { id: NodeId },
    #[error("there is no {}", describe(key))]
    UnknownLink { key: LinkKey },
    #[error("a node with id \"{id}\" already exists")]
    DuplicateNode { id: NodeId },
    #[error("the {} already exists", describe(key))]
    DuplicateLink { key: LinkKey },
    #[error("node \"{id}\" cannot link to itself")]
    SelfLink { id: NodeId },
    #[error("this link would close a cycle: {}", join_path(path))]
    Cycle { path: Vec<NodeId> },
    #[error("the {}: {reason}", describe(key))]
    KindNotAllowed { key: LinkKey, reason: &'static str },
    #[error("{what}: the name is empty; a name has 1 to {MAX_NAME_CHARS} characters")]
    EmptyName { what: String },
    #[error("{what}: the name has {chars} characters; a name has at most {MAX_NAME_CHARS}")]
    NameTooLong { what: String, chars: usize },
    #[error("the {}: only an impacts link has a strength", describe(key))]
    StrengthNotAllowed { key: LinkKey },
    #[error("node \"{id}\": {field} must be a finite number")]
    NotFinite { id: NodeId, field: &'static str },
    #[error("node \"{id}\", {period}: the value must be a finite number")]
    NotFiniteIn { id: NodeId, period: Period },
    #[error(
        "node \"{id}\", {period}: this tree counts time in {}s, not {}s",
        tree.as_str(), period.granularity().as_str()
    )]
    WrongGranularity {
        id: NodeId,
        period: Period,
        tree: Granularity,
    },
    #[error(
        "node \"{id}\": the history has {period} {problem}; periods must be ascending, each once"
    )]
    HistoryOrder {
        id: NodeId,
        period: Period,
        problem: &'static str,
    },
    #[error(
        "the tree's period cannot change while node \"{id}\" (and maybe others) has \
         values over time; clear them first"
    )]
    HasHistory { id: NodeId },
    #[error("position {index} is past the end of the {len} nodes")]
    IndexOutOfRange { index: u32, len: usize },
    #[error(transparent)]
    Thresholds(#[from] ThresholdError),
    #[error(transparent)]
    Diff(#[from] DiffError),
}

/// A diff that does not fit the tree it is applied to (for example an undo applied
/// to a tree that was changed behind the history's back). Nothing was changed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error("change {position} of the diff does not fit the tree: {reason}")]
pub struct DiffError {
    /// The index of the change in the diff.
    pub position: usize,
    pub reason: String,
}

impl EditError {
    /// A stable snake_case code for the UI and the command line.
    pub fn kind(&self) -> &'static str {
        match self {
            EditError::UnknownNode { .. } => "unknown_node",
            EditError::UnknownLink { .. } => "unknown_link",
            EditError::DuplicateNode { .. } => "duplicate_node",
            EditError::DuplicateLink { .. } => "duplicate_link",
            EditError::SelfLink { .. } => "self_link",
            EditError::Cycle { .. } => "cycle",
            EditError::KindNotAllowed { .. } => "kind_not_allowed",
            EditError::EmptyName { .. } => "empty_name",
            EditError::NameTooLong { .. } => "name_too_long",
            EditError::StrengthNotAllowed { .. } => "strength_not_allowed",
            EditError::NotFinite { .. } => "not_finite",
            EditError::NotFiniteIn { .. } => "not_finite",
            EditError::WrongGranularity { .. } => "wrong_granularity",
            EditError::HistoryOrder { .. } => "history_order",
            EditError::HasHistory { .. } => "has_history",
            EditError::IndexOutOfRange { .. } => "index_out_of_range",
            EditError::Thresholds(_) => "bad_thresholds",
            EditError::Diff(_) => "diff_mismatch",
        }
    }
}

/// `drives link from "a" to "b"`: how messages name a link.
pub(crate) fn describe(key: &LinkKey) -> String {
    format!("{} link from \"{}\" to \"{}\"", key.kind, key.from, key.to)
}

fn join_path(path: &[NodeId]) -> String {
    let names: Vec<&str> = path.iter().map(NodeId::as_str).collect();
    names.join(" → ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LinkKind;
    use crate::test_trees::id;

    #[test]
    fn messages_name_the_subject() {
        let cycle = EditError::Cycle {
            path: vec![id("a"), id("b"), id("c"), id("a")],
        };
        assert_eq!(
            cycle.to_string(),
            "this link would close a cycle: a → b → c → a"
        );
        let key = LinkKey {
            kind: LinkKind::Impacts,
            from: id("ux"),
            to: id("churn"),
        };
        assert_eq!(
            EditError::DuplicateLink { key }.to_string(),
            "the impacts link from \"ux\" to \"churn\" already exists"
        );
    }
}
