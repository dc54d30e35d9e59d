//! Changing a stored tree: an edit, an undo or a redo of its document, each saved to
//! the store in one transaction before the document keeps it (see
//! `edit::Document::perform_with`), so that a failed save changes nothing, in
//! memory or on disk.

use super::WorkspaceError;
use crate::edit::{Diff, Document, Edit};
use crate::model::TreeId;
use crate::store::Store;

/// Performs `edit` on `document` (tree `id` of `store`); returns what changed.
pub fn perform(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
    edit: &Edit,
) -> Result<Diff, WorkspaceError> {
    document.perform_with(edit, |diff| Ok(store.apply_diff(id, diff)?))
}

/// Undoes the last edit of `document` (nothing when there is none).
pub fn undo(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
) -> Result<Option<Diff>, WorkspaceError> {
    document.undo_with(|diff| Ok(store.apply_diff(id, diff)?))
}

/// Redoes the last undone edit of `document` (nothing when there is none).
pub fn redo(
    store: &mut Store,
    id: TreeId,
    document: &mut Document,
) -> Result<Option<Diff>, WorkspaceError> {
    document.redo_with(|diff| Ok(store.apply_diff(id, diff)?))
}
