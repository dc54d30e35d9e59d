//! The values grid (SPEC 8): its columns, and cells typed or pasted from a
//! spreadsheet, each block one edit. Thin doors onto
//! `kpitree_core::workspace::values`.

use kpitree_core::model::{NodeId, TreeId};
use kpitree_core::workspace::values::{grid_columns, paste_values as paste, PeriodColumn};
use kpitree_core::workspace::{tree_view, TreeView};
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

/// The periods the values grid of tree `tree_id` offers as columns.
#[tauri::command]
#[specta::specta]
pub fn value_columns(
    state: State<'_, AppState>,
    tree_id: u32,
) -> Result<Vec<PeriodColumn>, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |_, document| Ok(grid_columns(document.tree())))
}

/// Puts `text` (one cell, or a block copied from a spreadsheet) on the grid with
/// its first cell at row `at` (of `rows`, the grid's rows in order) and column
/// `period`; the tree after it.
#[tauri::command]
#[specta::specta]
pub fn paste_values(
    state: State<'_, AppState>,
    tree_id: u32,
    rows: Vec<NodeId>,
    at: NodeId,
    period: String,
    text: String,
) -> Result<TreeView, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        paste(store, id, document, &rows, &at, &period, &text)?;
        Ok(tree_view(store, id, document)?)
    })
}
