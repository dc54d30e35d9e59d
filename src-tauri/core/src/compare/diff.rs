//! The difference of two trees (SPEC 10): what the right tree has that the left
//! has not, what it lacks, and every field that differs, for nodes, links and the
//! tree itself.
//!
//! Invariants:
//! - Nodes are matched by id, links by (kind, from, to); a changed id is a node
//!   removed and one added.
//! - The serde form is SPEC 10's JSON: `{"same", "nodes": {"added", "removed",
//!   "changed"}, "links": {"added", "removed", "changed"}}`, plus `"tree"` (the
//!   tree's own name, description or period, `{field: [left, right]}`) only when
//!   one of those differs. `changed` maps hold fields in name order, nodes by id.
//! - History counts one field per period (`history.2026-03`, see `fields`).
//! - The order of nodes (links) is not a field: two trees that differ only in the
//!   order of the same items are the same. The diff keeps where in the right tree
//!   each added item stands, so [`apply`](super::apply) puts it there.
//! - `same` is true exactly when every list and map is empty.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;
use serde_json::Value;

use super::fields::{link_fields, node_fields, tree_fields};
use crate::model::{Link, LinkKey, LinkKind, Node, NodeId, Tree};

/// A field's values on the left and on the right (`null` = not set there).
pub type FieldChange = [Value; 2];

/// Changed fields by name.
pub type FieldChanges = BTreeMap<String, FieldChange>;

/// [`FieldChanges`] as TypeScript sees it: a field's values are any JSON.
#[cfg(feature = "specta")]
type FieldChangesType = BTreeMap<String, [specta_typescript::Unknown; 2]>;

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TreeDiff {
    pub same: bool,
    /// The tree's own fields that differ (name, description, period).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[cfg_attr(feature = "specta", specta(optional, type = FieldChangesType))]
    pub tree: FieldChanges,
    pub nodes: NodeChanges,
    pub links: LinkChanges,
    /// What applying the diff needs beyond its JSON form: the added items whole,
    /// with their places on the right, and the removed nodes (for their names).
    #[serde(skip)]
    #[cfg_attr(feature = "specta", specta(skip))]
    pub(crate) payload: Payload,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NodeChanges {
    /// Ids of the nodes only the right tree has, in its order.
    pub added: Vec<NodeId>,
    /// Ids of the nodes only the left tree has, in its order.
    pub removed: Vec<NodeId>,
    #[cfg_attr(feature = "specta", specta(type = BTreeMap<NodeId, FieldChangesType>))]
    pub changed: BTreeMap<NodeId, FieldChanges>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LinkChanges {
    /// Links only the right tree has, in its order.
    pub added: Vec<Link>,
    /// Links only the left tree has, in its order.
    pub removed: Vec<Link>,
    /// Links of both trees whose fields differ, in the right tree's order.
    pub changed: Vec<LinkChange>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LinkChange {
    pub from: NodeId,
    pub to: NodeId,
    pub kind: LinkKind,
    #[cfg_attr(feature = "specta", specta(type = FieldChangesType))]
    pub fields: FieldChanges,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Payload {
    /// Each added node with its index in the right tree, ascending.
    pub nodes_added: Vec<(usize, Node)>,
    pub nodes_removed: Vec<Node>,
    /// The index in the right tree of each added link, in `links.added`'s order.
    pub links_added_at: Vec<usize>,
}

impl LinkChange {
    pub fn key(&self) -> LinkKey {
        LinkKey {
            kind: self.kind,
            from: self.from.clone(),
            to: self.to.clone(),
        }
    }
}

/// What differs from `left` to `right`.
pub fn diff(left: &Tree, right: &Tree) -> TreeDiff {
    let mut out = TreeDiff {
        tree: changed_fields(&tree_fields(left), &tree_fields(right)),
        ..TreeDiff::default()
    };
    diff_nodes(left, right, &mut out);
    diff_links(left, right, &mut out);
    out.same = out.tree.is_empty()
        && out.nodes.added.is_empty()
        && out.nodes.removed.is_empty()
        && out.nodes.changed.is_empty()
        && out.links.added.is_empty()
        && out.links.removed.is_empty()
        && out.links.changed.is_empty();
    out
}

fn diff_nodes(left: &Tree, right: &Tree, out: &mut TreeDiff) {
    let left_ids: BTreeSet<&NodeId> = left.nodes.iter().map(|n| &n.id).collect();
    let right_by_id: BTreeMap<&NodeId, &Node> = right.nodes.iter().map(|n| (&n.id, n)).collect();
    for node in &left.nodes {
        match right_by_id.get(&node.id) {
            None => {
                out.nodes.removed.push(node.id.clone());
                out.payload.nodes_removed.push(node.clone());
            }
            Some(other) => {
                let fields = changed_fields(&node_fields(node), &node_fields(other));
                if !fields.is_empty() {
                    out.nodes.changed.insert(node.id.clone(), fields);
                }
            }
        }
    }
    for (index, node) in right.nodes.iter().enumerate() {
        if !left_ids.contains(&node.id) {
            out.nodes.added.push(node.id.clone());
            out.payload.nodes_added.push((index, node.clone()));
        }
    }
}

fn diff_links(left: &Tree, right: &Tree, out: &mut TreeDiff) {
    let right_by_key: BTreeMap<LinkKey, &Link> = right.links.iter().map(|l| (l.key(), l)).collect();
    let left_by_key: BTreeMap<LinkKey, &Link> = left.links.iter().map(|l| (l.key(), l)).collect();
    for link in &left.links {
        if !right_by_key.contains_key(&link.key()) {
            out.links.removed.push(link.clone());
        }
    }
    for (index, link) in right.links.iter().enumerate() {
        match left_by_key.get(&link.key()) {
            None => {
                out.links.added.push(link.clone());
                out.payload.links_added_at.push(index);
            }
            Some(before) => {
                let fields = changed_fields(&link_fields(before), &link_fields(link));
                if !fields.is_empty() {
                    out.links.changed.push(LinkChange {
                        from: link.from.clone(),
                        to: link.to.clone(),
                        kind: link.kind,
                        fields,
                    });
                }
            }
        }
    }
}

/// The fields whose values differ; a field missing on one side is `null` there.
pub(crate) fn changed_fields(
    left: &BTreeMap<String, Value>,
    right: &BTreeMap<String, Value>,
) -> FieldChanges {
    let names: BTreeSet<&String> = left.keys().chain(right.keys()).collect();
    names
        .into_iter()
        .filter_map(|name| {
            let l = left.get(name).cloned().unwrap_or(Value::Null);
            let r = right.get(name).cloned().unwrap_or(Value::Null);
            (l != r).then(|| (name.clone(), [l, r]))
        })
        .collect()
}
