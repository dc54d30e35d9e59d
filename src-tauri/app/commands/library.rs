//! The store's trees as a library: create (blank or from a built-in template),
//! duplicate, delete and restore. A deleted tree goes to the store's trash first,
//! so that the editor can undo the deletion; the trash is emptied at the next start.

use kpitree_core::layout::LayoutOptions;
use kpitree_core::model::{Tree, TreeId, TreeSummary};
use kpitree_core::sample::Template;
use kpitree_core::store::Store;
use kpitree_core::workspace::{lay_out, unique_name};
use serde::Serialize;
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

/// The name of a new blank tree.
const BLANK_NAME: &str = "Untitled tree";

/// The store's trees after a change to the library, and the tree it concerned.
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct TreeListChange {
    #[specta(type = specta_typescript::Number)]
    pub id: TreeId,
    pub trees: Vec<TreeSummary>,
}

/// Creates a tree: blank, or a copy of `template` laid out top-down.
#[tauri::command]
#[specta::specta]
pub fn create_tree(
    state: State<'_, AppState>,
    template: Option<Template>,
) -> Result<TreeListChange, AppError> {
    let mut store = state.store()?;
    let mut tree = match template {
        None => Tree::new(BLANK_NAME),
        Some(template) => {
            // 12 months of plausible history, so a template shows time at once.
            let mut tree = kpitree_core::sample::with_history(template.tree());
            lay_out(&mut tree, &LayoutOptions::default())?;
            tree
        }
    };
    tree.name = unique_name(&store, &tree.name)?;
    let id = store.insert_tree(&tree)?;
    changed(&store, id)
}

/// Copies tree `tree_id` (as it is now) into a new tree named "… (copy)".
#[tauri::command]
#[specta::specta]
pub fn duplicate_tree(
    state: State<'_, AppState>,
    tree_id: u32,
) -> Result<TreeListChange, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        let mut copy = document.tree().clone();
        copy.name = unique_name(store, &format!("{} (copy)", copy.name))?;
        let new_id = store.insert_tree(&copy)?;
        changed(store, new_id)
    })
}

/// Moves tree `tree_id` to the trash; [`restore_tree`] undoes it.
#[tauri::command]
#[specta::specta]
pub fn delete_tree(state: State<'_, AppState>, tree_id: u32) -> Result<TreeListChange, AppError> {
    let id = TreeId::from(tree_id);
    let mut store = state.store()?;
    store.trash_tree(id)?;
    // Its undo history ends here; a restored tree starts a new one.
    state.forget_document(id)?;
    changed(&store, id)
}

/// Takes tree `tree_id` out of the trash.
#[tauri::command]
#[specta::specta]
pub fn restore_tree(state: State<'_, AppState>, tree_id: u32) -> Result<TreeListChange, AppError> {
    let id = TreeId::from(tree_id);
    let mut store = state.store()?;
    store.restore_tree(id)?;
    changed(&store, id)
}

pub fn changed(store: &Store, id: TreeId) -> Result<TreeListChange, AppError> {
    Ok(TreeListChange {
        id,
        trees: store.list_trees()?,
    })
}
