//! Applying a diff to a tree in memory.
//!
//! Each change is checked against the tree before it is made (the item removed or
//! updated must be the one the change names, an added id must be new, links must
//! point at existing nodes). Positions are followed, not checked: a tree reloaded
//! after changes made elsewhere (`Document::reload`) may have rows added or
//! removed before an item, so an item to remove that is not at its recorded index
//! is looked for by its id (key), and an index past the end adds at the end. When a change does not fit, the changes already made
//! are undone with their exact inverses, so a failed `apply_diff` leaves the tree
//! as it was. Rule checks (cycles, kinds, names) belong to edits, not here: a diff
//! is a record of what happened, replayed as is.

use super::{Change, Diff, DiffError};
use crate::model::{Link, LinkKey, Node, NodeId, Tree};

/// Applies every change of `diff` in order, or none of them.
pub fn apply_diff(tree: &mut Tree, diff: &Diff) -> Result<(), DiffError> {
    for (position, change) in diff.changes.iter().enumerate() {
        if let Err(reason) = apply_change(tree, change) {
            undo_prefix(tree, &diff.changes[..position]);
            return Err(DiffError { position, reason });
        }
    }
    Ok(())
}

/// Undoes changes that were just applied. Their inverses fit by construction.
fn undo_prefix(tree: &mut Tree, applied: &[Change]) {
    for change in applied.iter().rev() {
        let undone = apply_change(tree, &change.reversed());
        debug_assert!(undone.is_ok(), "the inverse of an applied change must fit");
    }
}

fn apply_change(tree: &mut Tree, change: &Change) -> Result<(), String> {
    match change {
        Change::NodeAdded { index, node } => add_node(tree, *index, node),
        Change::NodeRemoved { index, node } => remove_node(tree, *index, node),
        Change::NodeUpdated { before, after } => update_node(tree, before, after),
        Change::LinkAdded { index, link } => add_link(tree, *index, link),
        Change::LinkRemoved { index, link } => remove_link(tree, *index, link),
        Change::LinkUpdated { before, after } => update_link(tree, before, after),
        Change::TreeRenamed { before, after } => {
            swap(&mut tree.name, before, after, "the tree's name")
        }
        Change::DescriptionSet { before, after } => swap(
            &mut tree.description,
            before,
            after,
            "the tree's description",
        ),
        Change::StatusThresholdsSet { before, after } => swap(
            &mut tree.thresholds,
            before,
            after,
            "the tree's status thresholds",
        ),
        Change::PeriodSet { before, after } => {
            swap(&mut tree.period, before, after, "the tree's period")
        }
    }
}

fn add_node(tree: &mut Tree, index: u32, node: &Node) -> Result<(), String> {
    let index = insert_index(index, tree.nodes.len());
    if tree.node_index(&node.id).is_some() {
        return Err(format!("node \"{}\" already exists", node.id));
    }
    tree.nodes.insert(index, node.clone());
    Ok(())
}

fn remove_node(tree: &mut Tree, index: u32, node: &Node) -> Result<(), String> {
    let index = match tree.nodes.get(index as usize) {
        Some(found) if found.id == node.id => index as usize,
        _ => tree
            .node_index(&node.id)
            .ok_or_else(|| format!("there is no node \"{}\"", node.id))?,
    };
    if &tree.nodes[index] != node {
        return Err(format!("node \"{}\" is not as recorded", node.id));
    }
    if tree.links.iter().any(|link| touches(link, &node.id)) {
        return Err(format!("node \"{}\" still has links", node.id));
    }
    tree.nodes.remove(index);
    Ok(())
}

fn update_node(tree: &mut Tree, before: &Node, after: &Node) -> Result<(), String> {
    if before.id != after.id {
        return Err(format!("an update cannot change id \"{}\"", before.id));
    }
    let slot = tree.nodes.iter_mut().find(|node| node.id == before.id);
    match slot {
        Some(node) if node == before => {
            *node = after.clone();
            Ok(())
        }
        Some(_) => Err(format!("node \"{}\" is not as recorded", before.id)),
        None => Err(format!("there is no node \"{}\"", before.id)),
    }
}

fn add_link(tree: &mut Tree, index: u32, link: &Link) -> Result<(), String> {
    let index = insert_index(index, tree.links.len());
    let key = link.key();
    if tree.link_index(&key).is_some() {
        return Err(format!("link {key} already exists"));
    }
    for end in [&link.from, &link.to] {
        if tree.node_index(end).is_none() {
            return Err(format!("link {key} points at missing node \"{end}\""));
        }
    }
    tree.links.insert(index, link.clone());
    Ok(())
}

fn remove_link(tree: &mut Tree, index: u32, link: &Link) -> Result<(), String> {
    let key = link.key();
    let index = match tree.links.get(index as usize) {
        Some(found) if found.key() == key => index as usize,
        _ => tree
            .link_index(&key)
            .ok_or_else(|| format!("there is no link {key}"))?,
    };
    if &tree.links[index] != link {
        return Err(format!("link {key} is not as recorded"));
    }
    tree.links.remove(index);
    Ok(())
}

fn update_link(tree: &mut Tree, before: &Link, after: &Link) -> Result<(), String> {
    let key: LinkKey = before.key();
    if key != after.key() {
        return Err(format!("an update cannot change link {key}'s kind or ends"));
    }
    match tree.links.iter_mut().find(|link| link.key() == key) {
        Some(link) if link == before => {
            *link = after.clone();
            Ok(())
        }
        Some(_) => Err(format!("link {key} is not as recorded")),
        None => Err(format!("there is no link {key}")),
    }
}

fn swap<T: PartialEq + Clone>(
    field: &mut T,
    before: &T,
    after: &T,
    what: &str,
) -> Result<(), String> {
    if field != before {
        return Err(format!("{what} is not as recorded"));
    }
    *field = after.clone();
    Ok(())
}

/// `index`, or the end when the list is shorter (rows were removed elsewhere).
fn insert_index(index: u32, len: usize) -> usize {
    (index as usize).min(len)
}

pub(super) fn touches(link: &Link, id: &NodeId) -> bool {
    &link.from == id || &link.to == id
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;
    use crate::test_trees::{id, kpi_tree};

    #[test]
    fn a_diff_that_fails_midway_changes_nothing() {
        let mut tree = kpi_tree(&["a", "b"], &["a>b"]);
        let before = tree.clone();
        let c = Node::new(id("c"), NodeKind::Initiative, "c");
        let diff = Diff::new(vec![
            Change::NodeAdded {
                index: 0,
                node: c.clone(),
            },
            Change::TreeRenamed {
                before: "t".into(),
                after: "u".into(),
            },
            Change::NodeRemoved {
                index: 0,
                node: Node::new(id("gone"), NodeKind::Initiative, "gone"),
            },
        ]);
        let error = apply_diff(&mut tree, &diff).unwrap_err();
        assert_eq!(error.position, 2);
        assert_eq!(tree, before);
    }

    #[test]
    fn a_node_with_links_cannot_be_removed_alone() {
        let mut tree = kpi_tree(&["a", "b"], &["a>b"]);
        let a = tree.nodes[0].clone();
        let diff = Diff::new(vec![Change::NodeRemoved { index: 0, node: a }]);
        assert!(apply_diff(&mut tree, &diff).is_err());
        assert_eq!(tree.nodes.len(), 2);
    }

    #[test]
    fn positions_shifted_elsewhere_are_followed() {
        let mut tree = kpi_tree(&["a", "b", "c"], &[]);
        let c = tree.nodes[2].clone();
        tree.nodes.remove(0); // removed elsewhere
        let diff = Diff::new(vec![
            Change::NodeRemoved {
                index: 2,
                node: c.clone(),
            },
            Change::NodeAdded { index: 5, node: c },
        ]);
        apply_diff(&mut tree, &diff).unwrap();
        let ids: Vec<&str> = tree.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["b", "c"]);
    }

    #[test]
    fn stale_updates_are_refused() {
        let mut tree = kpi_tree(&["a", "b"], &["a>b"]);
        let mut stale = tree.nodes[1].clone();
        stale.name = "not b".into();
        let diff = Diff::new(vec![Change::NodeUpdated {
            before: stale.clone(),
            after: stale,
        }]);
        assert!(apply_diff(&mut tree, &diff).is_err());
    }
}
