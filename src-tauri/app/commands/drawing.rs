//! The quick gestures of drawing (issue 14): a node added below, beside or at a
//! point, a line drawn between two nodes, text pasted as nodes or as an outline (a
//! link is turned round by the ordinary `reverse_link` edit). The core plans each
//! (`kpitree_core::workspace::drawing`); a command locks, calls it, saves the edit
//! and answers with the tree.

use kpitree_core::model::{NodeId, NodeKind, Position, TreeId};
use kpitree_core::workspace::drawing::{add_node_edit, connect_edit, mark_drafts, paste_text_edit};
use kpitree_core::workspace::settings::layout_direction;
use kpitree_core::workspace::{editing, tree_view, NewNodePlace, TreeView};
use tauri::{AppHandle, State};
use tauri_plugin_clipboard_manager::ClipboardExt;

use super::clipboard::{clipboard_error, Pasted};
use crate::error::AppError;
use crate::state::AppState;

/// Adds a node to tree `tree_id` at `place` (of `kind`, or its kin's); its id
/// comes from its name and follows it until it is used. Answers with the tree and
/// the new node's id.
#[tauri::command]
#[specta::specta]
pub fn add_node(
    state: State<'_, AppState>,
    tree_id: u32,
    kind: Option<NodeKind>,
    place: NewNodePlace,
) -> Result<Pasted, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        let direction = layout_direction(store, id)?;
        let (edit, new_id) = add_node_edit(document.tree(), kind, &place, direction)?;
        editing::perform(store, id, document, &edit)?;
        mark_drafts(store, id, std::slice::from_ref(&new_id))?;
        Ok(Pasted {
            view: tree_view(store, id, document)?,
            ids: vec![new_id],
        })
    })
}

/// Links nodes `from` and `to` of tree `tree_id` as a line drawn from one to the
/// other: kind and direction follow from their kinds (SPEC 2).
#[tauri::command]
#[specta::specta]
pub fn connect_nodes(
    state: State<'_, AppState>,
    tree_id: u32,
    from: NodeId,
    to: NodeId,
) -> Result<TreeView, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        let direction = layout_direction(store, id)?;
        let edit = connect_edit(document.tree(), &from, &to, direction)?;
        editing::perform(store, id, document, &edit)?;
        Ok(tree_view(store, id, document)?)
    })
}

/// Pastes the clipboard into tree `tree_id`: kpitree nodes centred at `at`, or
/// text as an outline under node `under` (or at `at`), one undo step.
#[tauri::command]
#[specta::specta]
pub async fn paste_nodes(
    app: AppHandle,
    state: State<'_, AppState>,
    tree_id: u32,
    at: Option<Position>,
    under: Option<NodeId>,
) -> Result<Pasted, AppError> {
    let text = app.clipboard().read_text().map_err(clipboard_error)?;
    paste_text(&state, TreeId::from(tree_id), &text, under.as_ref(), at)
}

fn paste_text(
    state: &AppState,
    id: TreeId,
    text: &str,
    under: Option<&NodeId>,
    at: Option<Position>,
) -> Result<Pasted, AppError> {
    state.with_document(id, |store, document| {
        let (edit, ids, drafts) = paste_text_edit(store, id, document.tree(), text, under, at)?;
        if !ids.is_empty() {
            editing::perform(store, id, document, &edit)?;
            if drafts {
                mark_drafts(store, id, &ids)?;
            }
        }
        Ok(Pasted {
            view: tree_view(store, id, document)?,
            ids,
        })
    })
}
