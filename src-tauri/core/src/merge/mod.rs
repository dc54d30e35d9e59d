//! Merging trees (SPEC 10): the union of several squads' trees ([`union`]) and the
//! three-way merge of two edits of one tree ([`three_way`]), for version control.
//!
//! Invariants:
//! - Conflicts are data ([`Conflict`]): each names its place (the tree, a node or
//!   a link), the field and each value with the name of its source, and has an
//!   `id` that [`Choices::settle`] refers to. A merge always returns a tree; while
//!   `conflicts` is not empty it holds a provisional value (the first source's)
//!   and must not be written.
//! - [`Choices::prefer`] settles every conflict for that source: its value where
//!   it has one, else the first source's; its `drives` links are added first, so
//!   a link left out to break a cycle is never its own.
//! - The union keeps the sources' positions only when every source holds every
//!   node at the same place (one drawing); otherwise no node has a position and
//!   the caller lays the result out (`workspace::merge_trees` does).
//! - The result passes [`crate::validate`] without error, or the merge is a
//!   [`MergeError`] listing the problems.
//! - Merging a tree with itself gives it back; the union of trees with no id in
//!   common holds all their nodes and links; a three-way merge where one side did
//!   not change gives the other side (property tests).

mod conflict;
mod links;
mod resolve;
mod suggest;
mod three_way;
mod union;

#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use conflict::{Conflict, SourceValue};
pub use suggest::{suggestions, Suggestion};
pub use three_way::three_way;
pub use union::union;

use crate::model::{NodeId, Tree};
use crate::validate::Problem;

/// A tree to merge and the name it goes by in conflicts (a file name, a tree's
/// name, `ours`).
#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    pub name: String,
    pub tree: Tree,
}

/// How conflicts are settled and names matched, as the user chose.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Choices {
    /// The source that wins every conflict not settled one by one.
    pub prefer: Option<String>,
    /// Conflict id → the name of the source whose value is taken.
    pub settle: BTreeMap<String, String>,
    /// Nodes of different ids to merge as one (accepted suggestions).
    pub matches: Vec<Match>,
}

/// Node `id` of source `source` is the node `into` (it takes that id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Match {
    pub source: String,
    pub id: NodeId,
    pub into: NodeId,
}

/// What a merge made: the tree, and what is left to settle.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Merged {
    pub tree: Tree,
    /// Unsettled conflicts; the tree may be written only when there is none.
    pub conflicts: Vec<Conflict>,
    /// Nodes of different ids with similar names, offered as matches.
    pub suggestions: Vec<Suggestion>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum MergeError {
    #[error("--prefer {0:?} is none of the sources ({1})")]
    UnknownSource(String, String),
    #[error("the match of {id} in {source_name} into {into} cannot be made: {reason}")]
    BadMatch {
        source_name: String,
        id: String,
        into: String,
        reason: String,
    },
    #[error("the merged tree is not valid: {}", .0.iter().map(|p| p.message.as_str()).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
}

/// The problems that make `tree` invalid, as an error.
fn validated(tree: Tree) -> Result<Tree, MergeError> {
    let errors: Vec<Problem> = crate::validate::check(&tree)
        .into_iter()
        .filter(|p| p.severity == crate::validate::Severity::Error)
        .collect();
    match errors.is_empty() {
        true => Ok(tree),
        false => Err(MergeError::Invalid(errors)),
    }
}
