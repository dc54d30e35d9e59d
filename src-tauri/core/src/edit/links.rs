//! Planning the link edits: add, update, remove.

use std::collections::BTreeSet;

use super::nodes::index_u32;
use super::{rules, Change, Diff, EditError};
use crate::model::{Link, LinkKey, Tree};

/// Order of checks: ends exist, not a self-link, not a duplicate, kinds allowed,
/// strength, and last the cycle search, the only one that walks the graph.
pub(super) fn add(tree: &Tree, link: &Link) -> Result<Diff, EditError> {
    let kind_of = |id| {
        tree.node(id)
            .map(|node| node.kind)
            .ok_or_else(|| EditError::UnknownNode { id: id.clone() })
    };
    let (from, to) = (kind_of(&link.from)?, kind_of(&link.to)?);
    if link.from == link.to {
        return Err(EditError::SelfLink {
            id: link.from.clone(),
        });
    }
    if tree.link_index(&link.key()).is_some() {
        return Err(EditError::DuplicateLink { key: link.key() });
    }
    rules::check_kinds(link, from, to)?;
    rules::check_strength(link)?;
    rules::check_acyclic(tree, link)?;
    let index = index_u32(tree.links.len());
    Ok(Diff::new(vec![Change::LinkAdded {
        index,
        link: link.clone(),
    }]))
}

/// Kind and ends identify the link and stay; only colour, strength and note change.
pub(super) fn update(tree: &Tree, link: &Link) -> Result<Diff, EditError> {
    let key = link.key();
    let before = tree.link(&key).ok_or(EditError::UnknownLink { key })?;
    rules::check_strength(link)?;
    if before == link {
        return Ok(Diff::default());
    }
    let change = Change::LinkUpdated {
        before: before.clone(),
        after: link.clone(),
    };
    Ok(Diff::new(vec![change]))
}

pub(super) fn remove(tree: &Tree, keys: &[LinkKey]) -> Result<Diff, EditError> {
    let mut indices = BTreeSet::new();
    for key in keys {
        let index = tree
            .link_index(key)
            .ok_or_else(|| EditError::UnknownLink { key: key.clone() })?;
        indices.insert(index);
    }
    let changes = indices.iter().rev().map(|&index| Change::LinkRemoved {
        index: index_u32(index),
        link: tree.links[index].clone(),
    });
    Ok(Diff::new(changes.collect()))
}

/// The link `key` turned round, every other field kept. The turned link must be
/// allowed as a new one would be (kinds, no duplicate, no `drives` cycle once the
/// old direction is gone); it takes the old one's place in the link order.
pub(super) fn reverse(tree: &Tree, key: &LinkKey) -> Result<Diff, EditError> {
    let index = tree
        .link_index(key)
        .ok_or_else(|| EditError::UnknownLink { key: key.clone() })?;
    let before = &tree.links[index];
    let mut after = before.clone();
    std::mem::swap(&mut after.from, &mut after.to);
    let mut without = tree.clone();
    without.links.remove(index);
    add(&without, &after)?;
    Ok(Diff::new(vec![
        Change::LinkRemoved {
            index: index_u32(index),
            link: before.clone(),
        },
        Change::LinkAdded {
            index: index_u32(index),
            link: after,
        },
    ]))
}
