//! Where the user left each tree: the canvas viewport and the selection, so that
//! reopening the app returns to the same view. Kept in the store's settings, apart
//! from the document (it is not an edit and has no undo).

use kpitree_core::model::TreeId;
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// The canvas's pan (`x`, `y`, in screen pixels) and zoom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Viewport {
    #[specta(type = specta_typescript::Number)]
    pub x: f64,
    #[specta(type = specta_typescript::Number)]
    pub y: f64,
    #[specta(type = specta_typescript::Number)]
    pub zoom: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct ViewState {
    /// `None` until the user pans or zooms (the canvas then fits the tree).
    pub viewport: Option<Viewport>,
    /// Selected node ids.
    pub nodes: Vec<String>,
    /// Selected links, as `KIND-FROM-TO`.
    pub links: Vec<String>,
}

fn key(id: TreeId) -> String {
    format!("view_state.{id}")
}

/// Remembers how tree `tree_id` is shown.
#[tauri::command]
#[specta::specta]
pub fn save_view_state(
    state: State<'_, AppState>,
    tree_id: u32,
    view_state: ViewState,
) -> Result<(), AppError> {
    if let Some(Viewport { x, y, zoom }) = view_state.viewport {
        if ![x, y, zoom].iter().all(|v| v.is_finite()) || zoom <= 0.0 {
            return Err(AppError::new(
                ErrorKind::InvalidInput,
                "the viewport must be finite numbers with a positive zoom",
            ));
        }
    }
    let text = serde_json::to_string(&view_state)
        .map_err(|error| AppError::new(ErrorKind::Internal, error.to_string()))?;
    Ok(state
        .store()?
        .set_setting(&key(TreeId::from(tree_id)), &text)?)
}

/// How tree `tree_id` was shown last; `None` the first time (or when what was kept
/// no longer reads, which is not worth an error).
#[tauri::command]
#[specta::specta]
pub fn load_view_state(
    state: State<'_, AppState>,
    tree_id: u32,
) -> Result<Option<ViewState>, AppError> {
    let text = state.store()?.get_setting(&key(TreeId::from(tree_id)))?;
    Ok(text.and_then(|text| serde_json::from_str(&text).ok()))
}
