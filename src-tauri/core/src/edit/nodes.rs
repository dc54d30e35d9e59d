//! Planning the node edits: each function checks the rules against the tree and
//! returns the diff that performs the edit, without touching the tree.

use std::collections::BTreeSet;

use super::patch::touches;
use super::{rules, values, Change, Diff, EditError, NodeMove};
use crate::model::{Node, NodeId, Tree};

pub(super) fn add(tree: &Tree, node: &Node, index: Option<u32>) -> Result<Diff, EditError> {
    rules::check_node(node)?;
    values::check_history(node, tree.period)?;
    if tree.node_index(&node.id).is_some() {
        return Err(EditError::DuplicateNode {
            id: node.id.clone(),
        });
    }
    let len = tree.nodes.len();
    let index = index.unwrap_or_else(|| index_u32(len));
    if index as usize > len {
        return Err(EditError::IndexOutOfRange { index, len });
    }
    Ok(Diff::new(vec![Change::NodeAdded {
        index,
        node: node.clone(),
    }]))
}

/// Every field but the history, which stays as it is: the window's inspector
/// sends whole nodes that may lack it, and `SetValues` is how it changes.
pub(super) fn update(tree: &Tree, node: &Node) -> Result<Diff, EditError> {
    let before = find(tree, &node.id)?;
    rules::check_node(node)?;
    if before.kind != node.kind {
        check_links_allow_kind(tree, node)?;
    }
    let mut after = node.clone();
    after.history.clone_from(&before.history);
    Ok(updated(before, after))
}

/// A changed kind must still be allowed by every link at the node.
fn check_links_allow_kind(tree: &Tree, node: &Node) -> Result<(), EditError> {
    for link in tree.links.iter().filter(|link| touches(link, &node.id)) {
        let kind_of = |id: &NodeId| match id == &node.id {
            true => Some(node.kind),
            false => tree.node(id).map(|other| other.kind),
        };
        if let (Some(from), Some(to)) = (kind_of(&link.from), kind_of(&link.to)) {
            rules::check_kinds(link, from, to)?;
        }
    }
    Ok(())
}

/// Moves apply in order; a node moved twice ends where its last move puts it.
pub(super) fn move_all(tree: &Tree, moves: &[NodeMove]) -> Result<Diff, EditError> {
    let mut moved: Vec<(usize, Node)> = Vec::new();
    for NodeMove { id, position } in moves {
        if !(position.x.is_finite() && position.y.is_finite()) {
            return Err(EditError::NotFinite {
                id: id.clone(),
                field: "position",
            });
        }
        let index = tree
            .node_index(id)
            .ok_or_else(|| EditError::UnknownNode { id: id.clone() })?;
        match moved.iter_mut().find(|(seen, _)| *seen == index) {
            Some((_, node)) => node.position = Some(*position),
            None => {
                let mut node = tree.nodes[index].clone();
                node.position = Some(*position);
                moved.push((index, node));
            }
        }
    }
    let changes = moved
        .into_iter()
        .flat_map(|(index, after)| updated(&tree.nodes[index], after).changes);
    Ok(Diff::new(changes.collect()))
}

/// Removes the nodes and every link touching them: links first, then nodes, each
/// from the highest index down so that recorded indices are the original ones.
pub(super) fn remove(tree: &Tree, ids: &[NodeId]) -> Result<Diff, EditError> {
    let mut indices = BTreeSet::new();
    for id in ids {
        let index = tree
            .node_index(id)
            .ok_or_else(|| EditError::UnknownNode { id: id.clone() })?;
        indices.insert(index);
    }
    let gone = |id: &NodeId| indices.iter().any(|&index| &tree.nodes[index].id == id);
    let links = tree.links.iter().enumerate().rev();
    let mut changes: Vec<Change> = links
        .filter(|(_, link)| gone(&link.from) || gone(&link.to))
        .map(|(index, link)| Change::LinkRemoved {
            index: index_u32(index),
            link: link.clone(),
        })
        .collect();
    changes.extend(indices.iter().rev().map(|&index| Change::NodeRemoved {
        index: index_u32(index),
        node: tree.nodes[index].clone(),
    }));
    Ok(Diff::new(changes))
}

fn find<'t>(tree: &'t Tree, id: &NodeId) -> Result<&'t Node, EditError> {
    tree.node(id)
        .ok_or_else(|| EditError::UnknownNode { id: id.clone() })
}

/// The update from `before` to `after`; no change when they are equal.
fn updated(before: &Node, after: Node) -> Diff {
    if before == &after {
        return Diff::default();
    }
    Diff::new(vec![Change::NodeUpdated {
        before: before.clone(),
        after,
    }])
}

/// Indices of diffs are `u32` (they cross to TypeScript as numbers); a tree never
/// nears 4 billion items, and a saturated index would only make a diff not fit.
pub(super) fn index_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}
