//! Time in the window (SPEC 8 and 9): which period a tree shows and what it is
//! compared with (remembered per tree), and a change explained (the bridge chart's
//! numbers). Thin doors onto `kpitree_core::workspace::time` and
//! `kpitree_core::analysis::explain`.

use kpitree_core::analysis::{explain, Explanation};
use kpitree_core::export::{bridge, Bridge};
use kpitree_core::model::{NodeId, Period, TreeId};
use kpitree_core::workspace::time::set_time_choice;
use kpitree_core::workspace::{tree_view, TimeChoice, TreeView};
use serde::Serialize;
use tauri::State;

use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// Shows tree `tree_id` at the period and comparison of `choice`; the tree as it
/// is shown now.
#[tauri::command]
#[specta::specta]
pub fn choose_time(
    state: State<'_, AppState>,
    tree_id: u32,
    choice: TimeChoice,
) -> Result<TreeView, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        set_time_choice(store, id, &choice)?;
        Ok(tree_view(store, id, document)?)
    })
}

/// A change explained, and its bridge chart as every drawing of it shows it.
#[derive(Debug, Serialize, specta::Type)]
pub struct ExplainedChange {
    pub explanation: Explanation,
    pub bridge: Bridge,
}

/// How the change of node `node` from period `from` to period `to` splits among
/// the leaves below it (SPEC 9), with the bridge chart's rows.
#[tauri::command]
#[specta::specta]
pub fn explain_change(
    state: State<'_, AppState>,
    tree_id: u32,
    node: NodeId,
    from: String,
    to: String,
) -> Result<ExplainedChange, AppError> {
    let id = TreeId::from(tree_id);
    let period = |text: &str| {
        Period::parse(text)
            .map_err(|error| AppError::new(ErrorKind::InvalidInput, error.to_string()))
    };
    let (from, to) = (period(&from)?, period(&to)?);
    state.with_document(id, |_, document| {
        let tree = document.tree();
        let explanation = explain(tree, &node, from, to)
            .map_err(|error| AppError::new(ErrorKind::InvalidInput, error.to_string()))?;
        let bridge = bridge(&explanation, tree);
        Ok(ExplainedChange {
            explanation,
            bridge,
        })
    })
}
