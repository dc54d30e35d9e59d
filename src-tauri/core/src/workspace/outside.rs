//! Changes made elsewhere (another window, the command line) to a tree this window
//! has open: taking them in without losing the undo history, and telling the user
//! in one quiet line what changed.
//!
//! Invariants:
//! - [`reload`] makes the document show the store as it is and keeps its history;
//!   an undo or redo step that no longer fits is refused when used
//!   ([`StoreError::Conflict`], the same message as a refused edit).
//! - [`OutsideChange`] names nodes by their names, never by their ids.

use std::collections::BTreeMap;

use serde::Serialize;

use super::WorkspaceError;
use crate::edit::{Change, Diff, Document};
use crate::model::{LinkKey, NodeId, Tree, TreeId};
use crate::store::{Elsewhere, Store, StoreError};

/// What changed in a tree between two readings of it.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct OutsideChange {
    /// Names of the nodes added, in the tree's order.
    pub added: Vec<String>,
    /// Names of the nodes removed, in the old tree's order.
    pub removed: Vec<String>,
    /// Names of the nodes whose fields (or position) changed.
    pub changed: Vec<String>,
    /// Links added, removed or changed.
    pub links_changed: u32,
    /// The tree's name, description, status thresholds or period changed.
    pub details_changed: bool,
}

/// How many names a notice lists before "…".
const NAMES_SHOWN: usize = 3;

impl OutsideChange {
    /// What changed from `old` to `new` (nodes by id, links by key).
    pub fn between(old: &Tree, new: &Tree) -> Self {
        let old_nodes: BTreeMap<&NodeId, _> = old.nodes.iter().map(|n| (&n.id, n)).collect();
        let new_nodes: BTreeMap<&NodeId, _> = new.nodes.iter().map(|n| (&n.id, n)).collect();
        let mut change = OutsideChange::default();
        for node in &new.nodes {
            match old_nodes.get(&node.id) {
                None => change.added.push(node.name.clone()),
                Some(before) if *before != node => change.changed.push(node.name.clone()),
                Some(_) => {}
            }
        }
        let gone = old.nodes.iter().filter(|n| !new_nodes.contains_key(&n.id));
        change.removed = gone.map(|n| n.name.clone()).collect();
        let old_links: BTreeMap<LinkKey, _> = old.links.iter().map(|l| (l.key(), l)).collect();
        let new_links: BTreeMap<LinkKey, _> = new.links.iter().map(|l| (l.key(), l)).collect();
        let added_or_changed = new_links
            .iter()
            .filter(|(key, link)| old_links.get(key) != Some(link))
            .count();
        let removed = old_links.keys().filter(|key| !new_links.contains_key(key));
        let links = added_or_changed + removed.count();
        change.links_changed = u32::try_from(links).unwrap_or(u32::MAX);
        change.details_changed = old.name != new.name
            || old.description != new.description
            || old.thresholds != new.thresholds
            || old.period != new.period;
        change
    }

    /// Nothing changed that the user would see (the order of rows aside).
    pub fn is_empty(&self) -> bool {
        self == &OutsideChange::default()
    }

    /// One line for a quiet notice, e.g. `Changed elsewhere: 2 nodes added
    /// (Churn, NPS), “ARR” edited`; empty when nothing changed.
    pub fn text(&self) -> String {
        let mut parts = Vec::new();
        for (names, verb) in [(&self.added, "added"), (&self.removed, "removed")] {
            if !names.is_empty() {
                let count = plural(names.len(), "node");
                parts.push(format!("{count} {verb} ({})", listed(names, |n| n.into())));
            }
        }
        match self.changed.len() {
            0 => {}
            n if n <= NAMES_SHOWN => {
                let names = listed(&self.changed, |name| format!("“{name}”"));
                parts.push(format!("{names} edited"));
            }
            n => parts.push(format!("{} edited", plural(n, "node"))),
        }
        if self.links_changed > 0 {
            let count = plural(self.links_changed as usize, "link");
            parts.push(format!("{count} changed"));
        }
        if self.details_changed {
            parts.push("the tree's details changed".to_owned());
        }
        match parts.is_empty() {
            true => String::new(),
            false => format!("Changed elsewhere: {}", parts.join(", ")),
        }
    }
}

fn plural(count: usize, noun: &str) -> String {
    match count {
        1 => format!("1 {noun}"),
        _ => format!("{count} {noun}s"),
    }
}

fn listed(names: &[String], show: impl Fn(&str) -> String) -> String {
    let mut shown: Vec<String> = names.iter().take(NAMES_SHOWN).map(|n| show(n)).collect();
    if names.len() > NAMES_SHOWN {
        shown.push("…".to_owned());
    }
    shown.join(", ")
}

/// Reloads tree `id` of `document` from `store`, keeping its undo history;
/// returns what changed since the document last saw it.
pub fn reload(
    store: &Store,
    id: TreeId,
    document: &mut Document,
) -> Result<OutsideChange, WorkspaceError> {
    let tree = store.load_tree(id)?;
    let change = OutsideChange::between(document.tree(), &tree);
    document.reload(tree);
    Ok(change)
}

/// An undo or redo step refused in memory (change `position` of `diff` does not
/// fit the reloaded tree), as the same conflict the store reports for an edit.
pub(super) fn step_conflict(
    store: &Store,
    id: TreeId,
    tree: &Tree,
    diff: &Diff,
    position: usize,
) -> Option<StoreError> {
    let change = diff.changes.get(position)?;
    let name = |id: &NodeId| node_name(tree, diff, id);
    let link = |key: &LinkKey| {
        let (from, to) = (name(&key.from), name(&key.to));
        format!("the {} link from {from} to {to}", key.kind)
    };
    let exists = |found: bool| match found {
        true => Elsewhere::Changed,
        false => Elsewhere::Removed,
    };
    let (what, elsewhere) = match change {
        Change::NodeAdded { node, .. } => (name(&node.id), Elsewhere::Added),
        Change::NodeUpdated { before: node, .. } | Change::NodeRemoved { node, .. } => {
            (name(&node.id), exists(tree.node(&node.id).is_some()))
        }
        Change::LinkAdded { link: l, .. } => {
            let missing = [&l.from, &l.to]
                .into_iter()
                .find(|end| tree.node(end).is_none());
            match missing {
                Some(end) => (name(end), Elsewhere::Removed),
                None => (link(&l.key()), Elsewhere::Added),
            }
        }
        Change::LinkUpdated { before: l, .. } | Change::LinkRemoved { link: l, .. } => {
            (link(&l.key()), exists(tree.link_index(&l.key()).is_some()))
        }
        Change::TreeRenamed { .. } => ("the tree's name".into(), Elsewhere::Changed),
        Change::DescriptionSet { .. } => ("the tree's description".into(), Elsewhere::Changed),
        Change::StatusThresholdsSet { .. } => ("the status thresholds".into(), Elsewhere::Changed),
        Change::PeriodSet { .. } => ("the tree's period".into(), Elsewhere::Changed),
    };
    Some(StoreError::Conflict {
        path: store.path().to_path_buf(),
        tree: id,
        tree_name: tree.name.clone(),
        what,
        change: elsewhere,
    })
}

/// `"ARR"`: node `id` by its name in the tree, else in the diff, else its id.
fn node_name(tree: &Tree, diff: &Diff, id: &NodeId) -> String {
    let in_diff = || {
        diff.changes.iter().find_map(|change| match change {
            Change::NodeAdded { node, .. }
            | Change::NodeRemoved { node, .. }
            | Change::NodeUpdated { before: node, .. }
                if &node.id == id =>
            {
                Some(node.name.clone())
            }
            _ => None,
        })
    };
    let name = tree.node(id).map(|node| node.name.clone()).or_else(in_diff);
    format!("\"{}\"", name.unwrap_or_else(|| id.to_string()))
}
