//! Reading the store's trees.

use kpitree_core::layout::{face_metrics, FaceMetrics};
use kpitree_core::model::{TreeId, TreeSummary};
use serde::Serialize;
use tauri::State;

use super::view::{tree_view, TreeView};
use crate::error::AppError;
use crate::state::AppState;

/// The store key of the tree the user had open last.
const LAST_TREE: &str = "last_tree_id";

/// What the window needs when it starts.
#[derive(Debug, Serialize, specta::Type)]
pub struct Startup {
    pub store_path: String,
    pub trees: Vec<TreeSummary>,
    #[specta(type = Option<specta_typescript::Number>)]
    pub last_tree_id: Option<TreeId>,
    /// The geometry of node cards, which the canvas turns into CSS.
    pub face_metrics: FaceMetrics,
}

#[tauri::command]
#[specta::specta]
pub fn startup(state: State<'_, AppState>) -> Result<Startup, AppError> {
    let store = state.store()?;
    let trees = store.list_trees()?;
    let remembered = store
        .get_setting(LAST_TREE)?
        .and_then(|text| text.parse::<TreeId>().ok());
    // Fall back to the first tree when the remembered one was deleted.
    let last_tree_id = remembered
        .filter(|id| trees.iter().any(|tree| tree.id == *id))
        .or_else(|| trees.first().map(|tree| tree.id));
    Ok(Startup {
        store_path: state.store_path.display().to_string(),
        trees,
        last_tree_id,
        face_metrics: face_metrics(),
    })
}

#[tauri::command]
#[specta::specta]
pub fn list_trees(state: State<'_, AppState>) -> Result<Vec<TreeSummary>, AppError> {
    Ok(state.store()?.list_trees()?)
}

#[tauri::command]
#[specta::specta]
/// `id` is a `u32` on the wire because TypeScript numbers cannot hold every i64;
/// a store never holds four billion trees.
pub fn open_tree(state: State<'_, AppState>, id: u32) -> Result<TreeView, AppError> {
    let id = TreeId::from(id);
    state.with_document(id, |store, document| {
        store.set_setting(LAST_TREE, &id.to_string())?;
        tree_view(store, id, document)
    })
}
