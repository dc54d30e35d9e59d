//! Applying a difference: `apply(a, &diff(a, b))` is `b`, up to the order of the
//! items both trees hold (the order is not part of a difference; added items go
//! to their index in `b`, so when the common items keep their relative order the
//! result equals `b` exactly).

use super::diff::TreeDiff;
use super::fields::{set_link_field, set_node_field, set_tree_field, FieldError};
use crate::model::{LinkKey, Tree};

/// Why a difference does not fit the tree it is applied to.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ApplyError {
    #[error("the difference changes node {0}, which the tree does not have")]
    NoNode(String),
    #[error("the difference changes link {0}, which the tree does not have")]
    NoLink(LinkKey),
    #[error(transparent)]
    Field(#[from] FieldError),
}

/// `tree` with `diff` applied.
pub fn apply(tree: &Tree, diff: &TreeDiff) -> Result<Tree, ApplyError> {
    let mut out = tree.clone();
    for (field, [_, value]) in &diff.tree {
        set_tree_field(&mut out, field, value)?;
    }
    out.links.retain(|link| {
        !diff
            .links
            .removed
            .iter()
            .any(|gone| gone.key() == link.key())
    });
    out.nodes
        .retain(|node| !diff.nodes.removed.contains(&node.id));
    for (id, fields) in &diff.nodes.changed {
        let node = out
            .nodes
            .iter_mut()
            .find(|node| &node.id == id)
            .ok_or_else(|| ApplyError::NoNode(id.to_string()))?;
        for (field, [_, value]) in fields {
            set_node_field(node, field, value)?;
        }
    }
    for change in &diff.links.changed {
        let key = change.key();
        let link = out
            .links
            .iter_mut()
            .find(|link| link.key() == key)
            .ok_or(ApplyError::NoLink(key))?;
        for (field, [_, value]) in &change.fields {
            set_link_field(link, field, value)?;
        }
    }
    // Ascending indices: each insertion lands where the right tree has it, the
    // items before it being in place already.
    for (index, node) in &diff.payload.nodes_added {
        let at = (*index).min(out.nodes.len());
        out.nodes.insert(at, node.clone());
    }
    for (link, index) in diff.links.added.iter().zip(&diff.payload.links_added_at) {
        let at = (*index).min(out.links.len());
        out.links.insert(at, link.clone());
    }
    Ok(out)
}
