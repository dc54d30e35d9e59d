//! Where the user left each tree: the canvas viewport and the selection, so that
//! reopening the app returns to the same view. Kept in the store's settings, apart
//! from the document (it is not an edit and has no undo); see
//! `kpitree_core::workspace::settings`.

use kpitree_core::model::TreeId;
use kpitree_core::workspace::settings::{self, ViewState};
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

/// Remembers how tree `tree_id` is shown.
#[tauri::command]
#[specta::specta]
pub fn save_view_state(
    state: State<'_, AppState>,
    tree_id: u32,
    view_state: ViewState,
) -> Result<(), AppError> {
    let store = state.store()?;
    Ok(settings::set_view_state(
        &store,
        TreeId::from(tree_id),
        &view_state,
    )?)
}

/// How tree `tree_id` was shown last; `None` the first time (or when what was kept
/// no longer reads, which is not worth an error).
#[tauri::command]
#[specta::specta]
pub fn load_view_state(
    state: State<'_, AppState>,
    tree_id: u32,
) -> Result<Option<ViewState>, AppError> {
    let store = state.store()?;
    Ok(settings::view_state(&store, TreeId::from(tree_id))?)
}
