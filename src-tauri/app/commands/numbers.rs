//! The numbers of a tree (issue #8): the leverage of a node, what-if scenarios and
//! the status thresholds. Leverage and what-if read the tree at the period the
//! window shows when it has a history (SPEC 8). A scenario is the page's own until the user applies it
//! (as ordinary edits): only the thresholds, an edit like any other, change the
//! document.

use std::collections::BTreeMap;

use kpitree_core::analysis::{
    self, statuses_of, Leverage, LeverageError, Override, Status, StatusThresholds, WhatIfValue,
};
use kpitree_core::edit::Edit;
use kpitree_core::model::{NodeId, TreeId};
use kpitree_core::workspace::time::tree_as_shown;
use kpitree_core::workspace::view::keyed_by_id;
use kpitree_core::workspace::{editing, tree_view, TreeView};
use serde::Serialize;
use tauri::State;

use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// The leaves below node `node` of tree `tree_id`, ranked by elasticity.
#[tauri::command]
#[specta::specta]
pub fn leverage(
    state: State<'_, AppState>,
    tree_id: u32,
    node: NodeId,
) -> Result<Vec<Leverage>, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        let tree = tree_as_shown(store, id, document.tree())?;
        analysis::leverage(&tree, &node).map_err(|error| {
            let kind = match error {
                LeverageError::UnknownNode(_) => ErrorKind::NotFound,
                _ => ErrorKind::InvalidInput,
            };
            AppError::new(kind, error.to_string())
        })
    })
}

/// Every node's value, and status, in a scenario.
#[derive(Debug, Serialize, specta::Type)]
pub struct WhatIf {
    pub values: BTreeMap<String, WhatIfValue>,
    /// Statuses against the targets with the scenario's values.
    pub statuses: BTreeMap<String, Status>,
}

/// Tree `tree_id` with the values of `overrides` in place of its nodes' own;
/// nothing is saved.
#[tauri::command]
#[specta::specta]
pub fn what_if(
    state: State<'_, AppState>,
    tree_id: u32,
    overrides: BTreeMap<NodeId, Override>,
) -> Result<WhatIf, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        let tree = tree_as_shown(store, id, document.tree())?;
        let tree = tree.as_ref();
        let values = analysis::what_if(tree, &overrides)
            .map_err(|error| AppError::new(ErrorKind::InvalidInput, error.to_string()))?;
        let statuses = statuses_of(
            tree,
            |id| values.get(id).and_then(|v| v.after),
            &tree.thresholds,
        );
        Ok(WhatIf {
            values: keyed_by_id(values),
            statuses: keyed_by_id(statuses),
        })
    })
}

/// Sets when a value of tree `tree_id` is on track or at risk, as one edit (one
/// undo step); returns the tree with its statuses by the new thresholds.
#[tauri::command]
#[specta::specta]
pub fn set_status_thresholds(
    state: State<'_, AppState>,
    tree_id: u32,
    thresholds: StatusThresholds,
) -> Result<TreeView, AppError> {
    let id = TreeId::from(tree_id);
    let edit = Edit::SetStatusThresholds { thresholds };
    state.with_document(id, |store, document| {
        editing::perform(store, id, document, &edit)?;
        Ok(tree_view(store, id, document)?)
    })
}
