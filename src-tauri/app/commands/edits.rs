//! Changing a tree: one edit, undo and redo. Each is saved to the store in one
//! transaction before the document keeps it (see `edit::Document::perform_with`),
//! so a failed save changes nothing, in memory or on disk.

use kpitree_core::edit::Edit;
use tauri::State;

use super::view::{tree_view, TreeView};
use crate::error::AppError;
use crate::state::AppState;

/// Performs `edit` on tree `tree_id`; returns the tree as it is now.
#[tauri::command]
#[specta::specta]
pub fn perform_edit(
    state: State<'_, AppState>,
    tree_id: u32,
    edit: Edit,
) -> Result<TreeView, AppError> {
    let id = i64::from(tree_id);
    state.with_document(id, |store, document| {
        document.perform_with(&edit, |diff| {
            store.apply_diff(id, diff).map_err(AppError::from)
        })?;
        Ok(tree_view(id, document))
    })
}

/// Undoes the last edit of tree `tree_id` (nothing when there is none).
#[tauri::command]
#[specta::specta]
pub fn undo(state: State<'_, AppState>, tree_id: u32) -> Result<TreeView, AppError> {
    let id = i64::from(tree_id);
    state.with_document(id, |store, document| {
        document.undo_with(|diff| store.apply_diff(id, diff).map_err(AppError::from))?;
        Ok(tree_view(id, document))
    })
}

/// Redoes the last undone edit of tree `tree_id` (nothing when there is none).
#[tauri::command]
#[specta::specta]
pub fn redo(state: State<'_, AppState>, tree_id: u32) -> Result<TreeView, AppError> {
    let id = i64::from(tree_id);
    state.with_document(id, |store, document| {
        document.redo_with(|diff| store.apply_diff(id, diff).map_err(AppError::from))?;
        Ok(tree_view(id, document))
    })
}
