//! Editing a tree: typed edit commands that produce diffs, and undo/redo as
//! reverse diffs (the tldraw/excalidraw model: the unit of change is a diff).
//!
//! Invariants:
//! - [`apply`] either performs the whole edit and returns its [`Diff`], or refuses
//!   it with an [`EditError`] and leaves the tree exactly as it was. An edit is
//!   refused when the tree after it would break a structural or field rule
//!   (unknown or duplicate ids, duplicate or self links, a `drives` cycle, a link
//!   kind not allowed between the node kinds, bad names or numbers). A formula that
//!   does not parse is *not* refused: it is reported on the node instead.
//! - `apply_diff(tree, &d)` followed by `apply_diff(tree, &d.reversed())` gives back
//!   the exact tree, positions of nodes and links included; this is what undo is.
//! - [`Document`] owns a tree and its [`History`]; only its methods change the tree,
//!   so the history fits the tree, except after [`Document::reload`] (the store
//!   was changed elsewhere): a step that no longer fits is then refused when used,
//!   and the tree and history stay as they were.
//! - A diff's positions are followed, not checked: an item to remove that is not at
//!   its recorded index is looked for by id (key), an index past the end adds at
//!   the end; what is checked is the items' contents.

mod apply;
mod command;
mod diff;
mod document;
mod error;
mod fragment;
mod history;
mod identity;
mod links;
mod nodes;
mod patch;
mod rules;
mod tree_fields;
mod values;

#[cfg(test)]
mod identity_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod values_tests;

pub use apply::apply;
pub use command::{Edit, NodeMove, ValueCell};
pub use diff::{Change, Diff};
pub use document::Document;
pub use error::{DiffError, EditError};
pub use fragment::{extract, free_id, paste_edit, Placement};
pub use history::History;
pub use patch::apply_diff;
pub use rules::check_name;
