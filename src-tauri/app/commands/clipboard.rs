//! Copy, paste and duplicate of nodes. Copied nodes go to the system clipboard as
//! interchange JSON (a small tree of their own), so that they paste into another
//! tree, another store, or a text editor; whatever valid kpitree JSON the clipboard
//! holds can be pasted. Each paste is one edit (one undo step).
//!
//! The commands that touch the clipboard are async, so they run off the main
//! thread: on X11 the clipboard may be owned by the window itself (text copied in
//! the page), and a read from the main thread would wait for an answer that only
//! the main thread can give.

use kpitree_core::edit::{extract, paste_edit, Placement};
use kpitree_core::interchange;
use kpitree_core::model::{NodeId, Position, TreeId};
use kpitree_core::workspace::{editing, tree_view, TreeView};
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_clipboard_manager::ClipboardExt;

use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// How far a duplicate stands from its original.
const DUPLICATE_OFFSET: Position = Position { x: 40.0, y: 40.0 };

/// The tree after a paste or duplicate, and the ids the new nodes got (the canvas
/// selects them).
#[derive(Debug, Serialize, specta::Type)]
pub struct Pasted {
    pub view: TreeView,
    pub ids: Vec<NodeId>,
}

/// Puts nodes `ids` of tree `tree_id`, with the links between them, on the
/// clipboard; returns how many nodes were copied.
#[tauri::command]
#[specta::specta]
pub async fn copy_nodes(
    app: AppHandle,
    state: State<'_, AppState>,
    tree_id: u32,
    ids: Vec<NodeId>,
) -> Result<u32, AppError> {
    let fragment = state.with_document(TreeId::from(tree_id), |_, document| {
        Ok(extract(document.tree(), &ids))
    })?;
    let count = u32::try_from(fragment.nodes.len()).unwrap_or(u32::MAX);
    if count > 0 {
        app.clipboard()
            .write_text(interchange::write(&fragment))
            .map_err(clipboard_error)?;
    }
    Ok(count)
}

/// Copies nodes `ids` of tree `tree_id`, with the links between them, beside the
/// originals; the clipboard is left alone.
#[tauri::command]
#[specta::specta]
pub fn duplicate_nodes(
    state: State<'_, AppState>,
    tree_id: u32,
    ids: Vec<NodeId>,
) -> Result<Pasted, AppError> {
    paste(&state, TreeId::from(tree_id), |tree| {
        paste_edit(
            tree,
            &extract(tree, &ids),
            Placement::Offset(DUPLICATE_OFFSET),
        )
    })
}

/// The clipboard's text, for pasting into a text field when the Edit menu's Paste
/// (which takes the key before the page sees it) is used there.
#[tauri::command]
#[specta::specta]
pub async fn read_clipboard_text(app: AppHandle) -> Result<String, AppError> {
    app.clipboard().read_text().map_err(clipboard_error)
}

fn paste(
    state: &AppState,
    id: TreeId,
    make: impl FnOnce(&kpitree_core::model::Tree) -> (kpitree_core::edit::Edit, Vec<NodeId>),
) -> Result<Pasted, AppError> {
    state.with_document(id, |store, document| {
        let (edit, ids) = make(document.tree());
        if !ids.is_empty() {
            editing::perform(store, id, document, &edit)?;
        }
        Ok(Pasted {
            view: tree_view(store, id, document)?,
            ids,
        })
    })
}

pub(crate) fn clipboard_error(error: impl std::fmt::Display) -> AppError {
    AppError::new(
        ErrorKind::Internal,
        format!("the clipboard could not be used: {error}"),
    )
}
