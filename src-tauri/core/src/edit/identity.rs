//! Planning a change of a node's id (SPEC 6: "an id can be edited, and every
//! formula that uses it follows").
//!
//! The diff is made of the ordinary changes, so undo, redo and the store need
//! nothing new: the links at the node are removed (highest index first), the node
//! is removed and added back under its new id at the same index, the links are
//! added back at their old indices with the new id at their end, and every formula
//! that names the old id is rewritten ([`crate::formula::rename_ids`], which keeps
//! the formula's spacing and never renames a function). Node and link orders are
//! therefore unchanged, and every prefix of the diff leaves links pointing at
//! existing nodes, as the store's foreign keys require.

use std::collections::BTreeMap;

use super::nodes::index_u32;
use super::patch::touches;
use super::{Change, Diff, EditError};
use crate::formula::rename_ids;
use crate::model::{NodeId, Tree};

pub(super) fn change_id(tree: &Tree, id: &NodeId, new_id: &NodeId) -> Result<Diff, EditError> {
    let index = tree
        .node_index(id)
        .ok_or_else(|| EditError::UnknownNode { id: id.clone() })?;
    if id == new_id {
        return Ok(Diff::default());
    }
    if tree.node_index(new_id).is_some() {
        return Err(EditError::DuplicateNode { id: new_id.clone() });
    }
    let follow = |end: &NodeId| {
        if end == id {
            new_id.clone()
        } else {
            end.clone()
        }
    };
    let at_node: Vec<usize> = (0..tree.links.len())
        .filter(|&i| touches(&tree.links[i], id))
        .collect();
    let mut changes = Vec::new();
    for &i in at_node.iter().rev() {
        changes.push(Change::LinkRemoved {
            index: index_u32(i),
            link: tree.links[i].clone(),
        });
    }
    let before = tree.nodes[index].clone();
    let mut after = before.clone();
    after.id = new_id.clone();
    changes.push(Change::NodeRemoved {
        index: index_u32(index),
        node: before,
    });
    changes.push(Change::NodeAdded {
        index: index_u32(index),
        node: after,
    });
    for &i in &at_node {
        let mut link = tree.links[i].clone();
        link.from = follow(&link.from);
        link.to = follow(&link.to);
        changes.push(Change::LinkAdded {
            index: index_u32(i),
            link,
        });
    }
    let renamed = BTreeMap::from([(id.to_string(), new_id.to_string())]);
    for node in &tree.nodes {
        let Some(formula) = &node.formula else {
            continue;
        };
        let rewritten = rename_ids(formula, &renamed);
        if &rewritten != formula {
            let mut after = node.clone();
            after.formula = Some(rewritten);
            if after.id == *id {
                continue; // A formula naming its own node is an error left as it is.
            }
            changes.push(Change::NodeUpdated {
                before: node.clone(),
                after,
            });
        }
    }
    Ok(Diff::new(changes))
}
