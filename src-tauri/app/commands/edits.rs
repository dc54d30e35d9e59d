//! Changing a tree: one edit, undo and redo. Each is saved to the store in one
//! transaction before the document keeps it (`kpitree_core::workspace::editing`),
//! so a failed save changes nothing, in memory or on disk.

use kpitree_core::edit::Edit;
use kpitree_core::layout::{Aspect, LayoutDirection, LayoutEngine, LayoutOptions};
use kpitree_core::workspace::settings::{collapsed, set_layout_direction};
use kpitree_core::workspace::{editing, layout_shown_edit, tree_view, TreeView};
use tauri::State;

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
        let performed = editing::perform(store, id, document, &edit)?;
        let mut view = tree_view(store, id, document)?;
        view.renamed = performed.renamed;
        Ok(view)
    })
}

/// Undoes the last edit of tree `tree_id` (nothing when there is none).
#[tauri::command]
#[specta::specta]
pub fn undo(state: State<'_, AppState>, tree_id: u32) -> Result<TreeView, AppError> {
    let id = i64::from(tree_id);
    state.with_document(id, |store, document| {
        editing::undo(store, id, document)?;
        Ok(tree_view(store, id, document)?)
    })
}

/// Redoes the last undone edit of tree `tree_id` (nothing when there is none).
#[tauri::command]
#[specta::specta]
pub fn redo(state: State<'_, AppState>, tree_id: u32) -> Result<TreeView, AppError> {
    let id = i64::from(tree_id);
    state.with_document(id, |store, document| {
        editing::redo(store, id, document)?;
        Ok(tree_view(store, id, document)?)
    })
}

/// Lays out tree `tree_id` in `direction` with `engine` (pinned nodes stay) as one
/// edit, so one undo puts every node back. `aspect` is the canvas's shape: with it
/// the `auto` engine picks the compact layout for a tree far wider than the canvas,
/// and the compact layout aims at it (a 1280 × 800 screen without). The nodes
/// collapsed branches hide are not laid out: they follow the node above them.
#[tauri::command]
#[specta::specta]
pub fn auto_layout(
    state: State<'_, AppState>,
    tree_id: u32,
    direction: LayoutDirection,
    engine: LayoutEngine,
    aspect: Option<Aspect>,
) -> Result<TreeView, AppError> {
    let id = i64::from(tree_id);
    state.with_document(id, |store, document| {
        let options = LayoutOptions {
            direction,
            engine,
            aspect: Some(aspect.unwrap_or(Aspect::SCREEN)),
        };
        // What collapsed branches hide is left out, and follows its shown node.
        let edit = layout_shown_edit(document.tree(), &collapsed(store, id)?, &options)?;
        editing::perform(store, id, document, &edit)?;
        set_layout_direction(store, id, direction)?;
        Ok(tree_view(store, id, document)?)
    })
}
