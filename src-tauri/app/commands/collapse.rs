//! Collapsed branches (issue 19): collapse or expand a node, and expand what hides
//! a node so that it can be shown (search, the panels' "reveal"). View state kept
//! per tree in the store's settings (`kpitree_core::workspace::settings`), like the
//! viewport: not an edit, no undo. Each answers with the tree, whose `hidden` and
//! `hidden_below` the core computed.

use kpitree_core::graph::reveal;
use kpitree_core::model::{NodeId, TreeId};
use kpitree_core::workspace::settings::{collapsed, set_collapsed};
use kpitree_core::workspace::{tree_view, TreeView};
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

/// Collapses node `node` of tree `tree_id` (hides the branch below it), or expands
/// it with `collapse` false.
#[tauri::command]
#[specta::specta]
pub fn collapse_node(
    state: State<'_, AppState>,
    tree_id: u32,
    node: NodeId,
    collapse: bool,
) -> Result<TreeView, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        set_collapsed(store, id, &node, collapse)?;
        Ok(tree_view(store, id, document)?)
    })
}

/// Expands the collapsed nodes that hide any of `nodes` in tree `tree_id` (as few
/// as can be), so that all of them are shown.
#[tauri::command]
#[specta::specta]
pub fn reveal_nodes(
    state: State<'_, AppState>,
    tree_id: u32,
    nodes: Vec<NodeId>,
) -> Result<TreeView, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        for node in &nodes {
            let set = collapsed(store, id)?;
            for expand in reveal(document.tree(), &set, node) {
                set_collapsed(store, id, &expand, false)?;
            }
        }
        Ok(tree_view(store, id, document)?)
    })
}
