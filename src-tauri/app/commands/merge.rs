//! Comparing and merging in the window (SPEC 10): the open tree compared with
//! one of its snapshots or another tree, and several trees merged into a new one.
//! Thin doors onto `kpitree_core::compare` and `kpitree_core::workspace::compare`.

use std::collections::BTreeMap;

use kpitree_core::compare::{diff, TreeDiff};
use kpitree_core::layout::{measure_faces, NodeFace};
use kpitree_core::merge::{Choices, Merged};
use kpitree_core::model::{Node, Tree, TreeId};
use kpitree_core::store::SnapshotId;
use kpitree_core::workspace::view::keyed_by_id;
use kpitree_core::workspace::{add_merged, merge_trees as merge};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::library::{changed, TreeListChange};
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// What the open tree is compared with: an earlier state of it or another tree.
#[derive(Debug, Clone, Copy, Deserialize, specta::Type)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CompareWith {
    Snapshot { id: u32 },
    Tree { id: u32 },
}

/// The difference from the other side (left) to the open tree (right), with what
/// the canvas needs to draw the nodes only the other side has.
#[derive(Debug, Serialize, specta::Type)]
pub struct Comparison {
    /// The other side as the user knows it: `snapshot “Q3 review”`, `“Squad A”`.
    pub label: String,
    pub diff: TreeDiff,
    /// The nodes the open tree no longer has, as the other side has them (with
    /// their positions there): the canvas shows them as ghosts.
    pub removed: Vec<Node>,
    /// Their cards' sizes.
    pub removed_faces: BTreeMap<String, NodeFace>,
}

/// How tree `tree_id`, as it is now, differs from `other`.
#[tauri::command]
#[specta::specta]
pub fn compare_tree(
    state: State<'_, AppState>,
    tree_id: u32,
    other: CompareWith,
) -> Result<Comparison, AppError> {
    let id = TreeId::from(tree_id);
    state.with_document(id, |store, document| {
        let (label, left): (String, Tree) = match other {
            CompareWith::Snapshot { id: snapshot } => {
                let snapshot = SnapshotId::from(snapshot);
                let summary = store
                    .list_snapshots(Some(id))?
                    .into_iter()
                    .find(|s| s.id == snapshot)
                    .ok_or_else(|| {
                        AppError::new(
                            ErrorKind::NotFound,
                            format!("tree {id} has no snapshot {snapshot}"),
                        )
                    })?;
                (
                    format!("snapshot “{}”", summary.name),
                    store.load_snapshot(snapshot)?,
                )
            }
            CompareWith::Tree { id: other } => {
                let tree = store.load_tree(TreeId::from(other))?;
                (format!("“{}”", tree.name), tree)
            }
        };
        let diff = diff(&left, document.tree());
        let removed: Vec<Node> = left
            .nodes
            .iter()
            .filter(|node| diff.nodes.removed.contains(&node.id))
            .cloned()
            .collect();
        let removed_faces = measure_faces(&left)
            .into_iter()
            .filter(|(node, _)| diff.nodes.removed.contains(node))
            .collect();
        Ok(Comparison {
            label,
            diff,
            removed,
            removed_faces: keyed_by_id(removed_faces),
        })
    })
}

/// The union of trees `tree_ids` named `name`, with `choices` applied: the
/// conflicts left and the suggested matches, for the dialog; nothing is written.
#[tauri::command]
#[specta::specta]
pub fn merge_trees(
    state: State<'_, AppState>,
    tree_ids: Vec<u32>,
    name: String,
    choices: Choices,
) -> Result<Merged, AppError> {
    let ids: Vec<TreeId> = tree_ids.into_iter().map(TreeId::from).collect();
    Ok(merge(&*state.store()?, &ids, name.trim(), &choices)?)
}

/// Adds the union of trees `tree_ids` (as [`merge_trees`] makes it) as a new tree;
/// refused while a conflict is left unsettled. The list after it.
#[tauri::command]
#[specta::specta]
pub fn add_merged_tree(
    state: State<'_, AppState>,
    tree_ids: Vec<u32>,
    name: String,
    choices: Choices,
) -> Result<TreeListChange, AppError> {
    let ids: Vec<TreeId> = tree_ids.into_iter().map(TreeId::from).collect();
    let mut store = state.store()?;
    let merged = merge(&store, &ids, name.trim(), &choices)?;
    if !merged.conflicts.is_empty() {
        let lines: Vec<String> = merged.conflicts.iter().map(|c| c.to_string()).collect();
        return Err(AppError::new(
            ErrorKind::InvalidInput,
            format!(
                "{} conflicts are not settled: {}",
                lines.len(),
                lines.join("; ")
            ),
        ));
    }
    let id = add_merged(&mut store, merged.tree)?;
    changed(&store, id)
}
