//! Reading the store's trees.

use kpitree_core::layout::{face_metrics, FaceMetrics};
use kpitree_core::model::{TreeId, TreeSummary};
use kpitree_core::workspace::preferences::{preferences, Preferences};
use kpitree_core::workspace::settings::{last_tree, set_last_tree};
use kpitree_core::workspace::{tree_view, TreeView};
use serde::Serialize;
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

/// What the window needs when it starts.
#[derive(Debug, Serialize, specta::Type)]
pub struct Startup {
    pub store_path: String,
    pub trees: Vec<TreeSummary>,
    #[specta(type = Option<specta_typescript::Number>)]
    pub last_tree_id: Option<TreeId>,
    /// The geometry of node cards, which the canvas turns into CSS.
    pub face_metrics: FaceMetrics,
    /// The user's preferences, as kept in the store.
    pub preferences: Preferences,
    /// Whether the store opened read-only (the user may not write it): the window
    /// shows it and says so; every change is refused.
    pub read_only: bool,
    /// kpitree's version (Cargo.toml's), for Help → About.
    pub version: String,
    /// Why the file the window was started with (`kpitree open FILE`) could not be
    /// opened, naming it; `last_tree_id` is then the usual tree. When it opened,
    /// `last_tree_id` is its tree.
    pub open_error: Option<AppError>,
}

#[tauri::command]
#[specta::specta]
pub fn startup(state: State<'_, AppState>) -> Result<Startup, AppError> {
    let store = state.store()?;
    let trees = store.list_trees()?;
    let (last_tree_id, open_error) = match &state.opened_at_start {
        Some(Ok(id)) => (Some(*id), None),
        Some(Err(error)) => (last_tree(&store, &trees)?, Some(error.clone())),
        None => (last_tree(&store, &trees)?, None),
    };
    Ok(Startup {
        store_path: state.store_path.display().to_string(),
        trees,
        last_tree_id,
        face_metrics: face_metrics(),
        preferences: preferences(&store)?,
        read_only: store.is_read_only(),
        version: env!("CARGO_PKG_VERSION").to_owned(),
        open_error,
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
        set_last_tree(store, id)?;
        Ok(tree_view(store, id, document)?)
    })
}

/// Tree `id` as the window holds it now, e.g. after a change made elsewhere was
/// taken in. Unlike `open_tree` it writes nothing (not even which tree was open
/// last), so that two windows showing one store never wake each other.
#[tauri::command]
#[specta::specta]
pub fn current_tree(state: State<'_, AppState>, id: u32) -> Result<TreeView, AppError> {
    let id = TreeId::from(id);
    state.with_document(id, |store, document| Ok(tree_view(store, id, document)?))
}
