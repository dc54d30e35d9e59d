//! Changing a stored tree: an edit, an undo or a redo of its document, each saved to
//! the store in one transaction before the document keeps it (see
//! `edit::Document::perform_with`), so that a failed save changes nothing, in
//! memory or on disk.
//!
//! An edit that renames a node whose id is still a draft also changes the id to
//! follow the name, in the same undo step ([`super::drawing::with_id_following_name`]);
//! after every edit, ids that a formula now names stop being drafts.
//!
//! A change that does not fit the store as it is (another window or the command
//! line changed those rows) is refused with [`StoreError::Conflict`], and the
//! document is reloaded from the store (history kept), so the window shows the
//! store as it is. An undo or redo step that no longer fits a reloaded document is
//! refused the same way.

use std::collections::BTreeMap;

use super::drafts::{add_drafts, settle_drafts};
use super::drawing::with_id_following_name;
use super::outside::{reload, step_conflict};
use super::period_edits::to_shown_period;
use super::WorkspaceError;
use crate::edit::{Diff, Document, Edit, EditError};
use crate::model::{Tree, TreeId};
use crate::store::{Store, StoreError};

/// What an edit did.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Performed {
    pub diff: Diff,
    /// Ids changed to follow a new name, old → new.
    pub renamed: BTreeMap<String, String>,
}

/// Performs `edit` on `document` (tree `id` of `store`); returns what changed.
pub fn perform(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
    edit: &Edit,
) -> Result<Performed, WorkspaceError> {
    // An id changed by hand is reported too (the window's selection follows it),
    // but it is the user's choice: it does not follow the name afterwards.
    let (edit, renamed, follows_name) = match edit {
        Edit::ChangeId { id: old, new_id } => {
            (edit.clone(), Some((old.clone(), new_id.clone())), false)
        }
        _ => {
            // A value typed for a node with a history is the shown period's value.
            let edit = to_shown_period(store, id, document.tree(), edit.clone())?;
            let (edit, renamed) = with_id_following_name(store, id, document.tree(), edit)?;
            (edit, renamed, true)
        }
    };
    let performed = document.perform_with(&edit, |diff| {
        store.apply_diff(id, diff).map_err(WorkspaceError::from)
    });
    // A refused edit leaves the tree as it was, so its names are still the ones
    // the error speaks of.
    let diff = performed
        .map_err(|error| named(error, document.tree()))
        .map_err(|error| after_conflict(error, store, id, document))?;
    if let (Some((_, new_id)), true) = (&renamed, follows_name) {
        add_drafts(store, id, [new_id.as_str()])?;
    }
    settle_drafts(store, id, document.tree())?;
    Ok(Performed {
        diff,
        renamed: renamed
            .map(|(old, new)| (old.to_string(), new.to_string()))
            .into_iter()
            .collect(),
    })
}

/// `error` as the user reads it: a refused cycle names the nodes by their names
/// (the ids are in `kpitree check` and the error's kind), not by their ids.
fn named(error: WorkspaceError, tree: &Tree) -> WorkspaceError {
    match error {
        WorkspaceError::Edit(EditError::Cycle { path }) => {
            let steps: Vec<&str> = path
                .iter()
                .map(|id| tree.node(id).map_or(id.as_str(), |node| node.name.as_str()))
                .collect();
            WorkspaceError::Invalid(format!(
                "this link would close a cycle: {}",
                steps.join(" → ")
            ))
        }
        other => other,
    }
}

/// Undoes the last edit of `document` (nothing when there is none).
pub fn undo(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
) -> Result<Option<Diff>, WorkspaceError> {
    let step = document.history().next_undo();
    let done = document.undo_with(|diff| Ok(store.apply_diff(id, diff)?));
    done.map_err(|error| refused_step(error, store, id, document, step.as_ref()))
}

/// Redoes the last undone edit of `document` (nothing when there is none).
pub fn redo(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
) -> Result<Option<Diff>, WorkspaceError> {
    let step = document.history().next_redo();
    let done = document.redo_with(|diff| Ok(store.apply_diff(id, diff)?));
    done.map_err(|error| refused_step(error, store, id, document, step.as_ref()))
}

/// An undo or redo step refused in memory (it does not fit a document reloaded
/// after changes made elsewhere) becomes the conflict it is; a conflict reloads.
fn refused_step(
    error: WorkspaceError,
    store: &Store,
    id: TreeId,
    document: &mut Document,
    step: Option<&Diff>,
) -> WorkspaceError {
    let conflict = match (&error, step) {
        (WorkspaceError::Edit(EditError::Diff(refused)), Some(step)) => {
            step_conflict(store, id, document.tree(), step, refused.position)
        }
        _ => None,
    };
    let error = conflict.map_or(error, WorkspaceError::from);
    after_conflict(error, store, id, document)
}

/// After a conflict, the document takes the store's state (keeping its history),
/// so the window shows the store as it is. The conflict is what the user reads,
/// even if that reload fails.
fn after_conflict(
    error: WorkspaceError,
    store: &Store,
    id: TreeId,
    document: &mut Document,
) -> WorkspaceError {
    if let WorkspaceError::Store(StoreError::Conflict { .. }) = error {
        let _ = reload(store, id, document);
    }
    error
}
