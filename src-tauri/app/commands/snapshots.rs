//! Snapshots in the window (SPEC 10): taken of the open tree, listed, opened
//! read-only, restored as a new tree and exported. Thin doors onto
//! `kpitree_core::workspace::snapshots` and the store's snapshots.

use kpitree_core::edit::Document;
use kpitree_core::export::Theme;
use kpitree_core::store::{SnapshotId, SnapshotSummary, Store};
use kpitree_core::workspace::settings::layout_direction;
use kpitree_core::workspace::{
    export_snapshot as export_bytes, list_snapshots as list, restore_snapshot as restore,
    snapshot_as_shown, take_snapshot as take, tree_view, ExportFormat, ExportOptions, TreeView,
};
use serde::Serialize;
use tauri::{AppHandle, State};

use super::files::save_export;
use super::library::{changed, TreeListChange};
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// Keeps a copy of tree `tree_id` named `name`; the snapshot taken.
#[tauri::command]
#[specta::specta]
pub fn take_snapshot(
    state: State<'_, AppState>,
    tree_id: u32,
    name: String,
) -> Result<SnapshotSummary, AppError> {
    let mut store = state.store()?;
    let id = take(&mut store, &tree_id.to_string(), name.trim())?;
    summary(&store, id)
}

/// The snapshots of tree `tree_id`, oldest first.
#[tauri::command]
#[specta::specta]
pub fn list_snapshots(
    state: State<'_, AppState>,
    tree_id: u32,
) -> Result<Vec<SnapshotSummary>, AppError> {
    Ok(list(&*state.store()?, Some(&tree_id.to_string()))?)
}

/// A snapshot as the canvas shows it, read-only.
#[derive(Debug, Serialize, specta::Type)]
pub struct SnapshotView {
    pub snapshot: SnapshotSummary,
    /// The snapshot's tree, with its tree's id (and colour codes and thresholds).
    pub view: TreeView,
}

/// Snapshot `snapshot_id` as a view of its tree; nothing can change it.
#[tauri::command]
#[specta::specta]
pub fn open_snapshot(
    state: State<'_, AppState>,
    snapshot_id: u32,
) -> Result<SnapshotView, AppError> {
    let store = state.store()?;
    let snapshot = summary(&store, SnapshotId::from(snapshot_id))?;
    let tree = snapshot_as_shown(&store, snapshot.tree_id, snapshot.id)?;
    let view = tree_view(&store, snapshot.tree_id, &Document::new(tree))?;
    Ok(SnapshotView { snapshot, view })
}

/// Adds the tree snapshot `snapshot_id` keeps as a new tree; the list after it.
#[tauri::command]
#[specta::specta]
pub fn restore_snapshot(
    state: State<'_, AppState>,
    snapshot_id: u32,
) -> Result<TreeListChange, AppError> {
    let mut store = state.store()?;
    let id = restore(&mut store, SnapshotId::from(snapshot_id))?;
    changed(&store, id)
}

/// Asks where to save snapshot `snapshot_id` as `format` and writes it; the path,
/// or `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_snapshot(
    app: AppHandle,
    state: State<'_, AppState>,
    snapshot_id: u32,
    format: ExportFormat,
    theme: Theme,
) -> Result<Option<String>, AppError> {
    let snapshot = summary(&*state.store()?, SnapshotId::from(snapshot_id))?;
    let name = format!("{} - {}", snapshot.tree_name, snapshot.name);
    save_export(&app, &state, &name, format, |store| {
        let id = snapshot.tree_id;
        let options = ExportOptions {
            direction: layout_direction(store, id)?,
            theme,
            ..ExportOptions::new(format)
        };
        Ok(export_bytes(store, id, snapshot.id, &options)?)
    })
}

/// The summary of snapshot `id`.
fn summary(store: &Store, id: SnapshotId) -> Result<SnapshotSummary, AppError> {
    store
        .list_snapshots(None)?
        .into_iter()
        .find(|snapshot| snapshot.id == id)
        .ok_or_else(|| AppError::new(ErrorKind::NotFound, format!("there is no snapshot {id}")))
}
