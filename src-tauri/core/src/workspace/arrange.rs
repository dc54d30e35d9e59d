//! Applying a layout to a tree: the moves that take each node to its laid-out place
//! (pinned nodes stay, see `layout`). One computation behind a template laid out
//! before it is stored, the editor's auto-layout (one edit, one undo step) and
//! `kpitree export --layout`.

use std::collections::BTreeMap;

use crate::edit::{Edit, NodeMove};
use crate::layout::{layout, LayoutError, LayoutOptions};
use crate::model::Tree;

/// The moves that take every node whose place changes to its laid-out place.
pub fn layout_moves(tree: &Tree, options: &LayoutOptions) -> Result<Vec<NodeMove>, LayoutError> {
    let laid_out = layout(tree, &BTreeMap::new(), options)?;
    Ok(tree
        .nodes
        .iter()
        .filter_map(|node| {
            let position = *laid_out.positions.get(&node.id)?;
            (node.position != Some(position)).then(|| NodeMove {
                id: node.id.clone(),
                position,
            })
        })
        .collect())
}

/// The layout as one edit, so that one undo puts every node back.
pub fn layout_edit(tree: &Tree, options: &LayoutOptions) -> Result<Edit, LayoutError> {
    Ok(Edit::MoveNodes {
        moves: layout_moves(tree, options)?,
    })
}

/// Moves every node of `tree` to its laid-out place, outside any history (for a
/// tree that is not stored yet, or one being exported).
pub fn lay_out(tree: &mut Tree, options: &LayoutOptions) -> Result<(), LayoutError> {
    let moves = layout_moves(tree, options)?;
    for NodeMove { id, position } in moves {
        if let Some(node) = tree.nodes.iter_mut().find(|node| node.id == id) {
            node.position = Some(position);
        }
    }
    Ok(())
}
