//! Applying a layout to a tree: the moves that take each node to its laid-out place
//! (pinned nodes stay, see `layout`). One computation behind a template laid out
//! before it is stored, the editor's auto-layout (one edit, one undo step) and
//! `kpitree export --layout`.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::edit::{Edit, NodeMove};
use crate::graph::{visibility, visible_tree};
use crate::layout::{layout, LayoutError, LayoutOptions};
use crate::model::{LinkKind, NodeId, Position, Tree};

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

/// The layout of what `collapsed` leaves shown, as one edit: the shown nodes are
/// laid out as if the hidden ones were not there (so collapsing branches makes
/// the rest compacter), and each hidden node moves as much as the shown node above
/// it (its first `drives` parent, up to one that is shown), so that a branch
/// expanded later comes back under its node.
pub fn layout_shown_edit(
    tree: &Tree,
    collapsed: &BTreeSet<NodeId>,
    options: &LayoutOptions,
) -> Result<Edit, LayoutError> {
    let shown = visibility(tree, collapsed);
    if shown.hidden.is_empty() {
        return layout_edit(tree, options);
    }
    let mut moves = layout_moves(&visible_tree(tree, &shown), options)?;
    let old: HashMap<&NodeId, Position> = tree
        .nodes
        .iter()
        .filter_map(|node| Some((&node.id, node.position?)))
        .collect();
    let shift: HashMap<NodeId, (f64, f64)> = moves
        .iter()
        .filter_map(|m| {
            let before = old.get(&m.id)?;
            Some((
                m.id.clone(),
                (m.position.x - before.x, m.position.y - before.y),
            ))
        })
        .collect();
    let parent: HashMap<&NodeId, &NodeId> = tree
        .links
        .iter()
        .filter(|link| link.kind == LinkKind::Drives)
        .map(|link| (&link.from, &link.to))
        .rev()
        .collect();
    for id in &shown.hidden {
        let mut above = id;
        for _ in 0..tree.nodes.len() {
            match parent.get(above) {
                Some(next) if shown.hidden.contains(*next) => above = next,
                Some(next) => {
                    above = next;
                    break;
                }
                None => break,
            }
        }
        if let (Some(&(dx, dy)), Some(at)) = (shift.get(above), old.get(id)) {
            let position = Position {
                x: at.x + dx,
                y: at.y + dy,
            };
            moves.push(NodeMove {
                id: id.clone(),
                position,
            });
        }
    }
    Ok(Edit::MoveNodes { moves })
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
