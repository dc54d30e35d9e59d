//! The three-way merge of two edits of one tree (SPEC 10, as git's merge driver):
//! against their common base, a change made on one side only is taken, the same
//! field changed differently on both sides is a conflict, a node (link) added on
//! one side is kept, one removed on one side and unchanged on the other is
//! removed, and one removed on one side and changed on the other is a conflict.
//! When one side did not change at all, the result is the other side exactly
//! (order included). Otherwise the result follows ours' order, with theirs'
//! additions after the item that comes before them in theirs.

use std::collections::BTreeMap;

use serde_json::Value;

use super::conflict::place;
use super::links::add_links;
use super::resolve::Resolver;
use super::{validated, Choices, Conflict, MergeError, Merged, Source};
use crate::compare::fields::{
    link_fields, node_fields, set_link_field, set_node_field, set_tree_field, tree_fields,
};
use crate::model::{Link, LinkKey, NodeId, Tree};

/// `ours` and `theirs` merged against `base`; conflicts name ours' and theirs'
/// sources.
pub fn three_way(
    base: &Source,
    ours: &Source,
    theirs: &Source,
    choices: &Choices,
) -> Result<Merged, MergeError> {
    let done = |tree: &Tree| Merged {
        tree: tree.clone(),
        conflicts: Vec::new(),
        suggestions: Vec::new(),
    };
    if ours.tree == base.tree || ours.tree == theirs.tree {
        return Ok(done(&theirs.tree));
    }
    if theirs.tree == base.tree {
        return Ok(done(&ours.tree));
    }
    let mut resolver = Resolver::new(&[ours, theirs], choices)?;
    let (b, o, t) = (&base.tree, &ours.tree, &theirs.tree);
    let mut tree = o.clone();
    let fields = merge_fields(
        &tree_fields(b),
        &tree_fields(o),
        &tree_fields(t),
        None,
        None,
        &mut resolver,
    );
    for (field, value) in &fields {
        // Every value came from a tree: it fits.
        let _ = set_tree_field(&mut tree, field, value);
    }

    let ids = ordered(o.nodes.iter().map(|n| &n.id), t.nodes.iter().map(|n| &n.id));
    tree.nodes = ids
        .into_iter()
        .filter_map(|id| {
            let place = Place::Node(id.clone());
            let merged = merge_item(b.node(id), o.node(id), t.node(id), &place, &mut resolver)?;
            let mut node = merged.clone();
            if o.node(id).is_none() || t.node(id).is_none() {
                return Some(node);
            }
            let fields = merge_fields(
                &b.node(id).map(node_fields).unwrap_or_default(),
                &o.node(id).map(node_fields).unwrap_or_default(),
                &t.node(id).map(node_fields).unwrap_or_default(),
                Some(id),
                None,
                &mut resolver,
            );
            node.history.clear();
            for (field, value) in &fields {
                let _ = set_node_field(&mut node, field, value);
            }
            Some(node)
        })
        .collect();

    let keys = ordered(o.links.iter().map(Link::key), t.links.iter().map(Link::key));
    let mut links = Vec::new();
    for key in keys {
        let place = Place::Link(key.clone());
        let (bl, ol, tl) = (b.link(&key), o.link(&key), t.link(&key));
        let Some(merged) = merge_item(bl, ol, tl, &place, &mut resolver) else {
            continue;
        };
        let mut link = merged.clone();
        if let (Some(ol), Some(tl)) = (ol, tl) {
            let fields = merge_fields(
                &bl.map(link_fields).unwrap_or_default(),
                &link_fields(ol),
                &link_fields(tl),
                None,
                Some(&key),
                &mut resolver,
            );
            for (field, value) in &fields {
                let _ = set_link_field(&mut link, field, value);
            }
        }
        let owner = usize::from(ol.is_none());
        if let Some(missing) = [&key.from, &key.to]
            .into_iter()
            .find(|id| tree.node(id).is_none())
        {
            dangling(&key, missing, owner, &mut resolver);
            continue;
        }
        links.push((key, owner, link));
    }
    add_links(&mut tree, links, &mut resolver);

    let conflicts = resolver.conflicts;
    Ok(Merged {
        tree: if conflicts.is_empty() {
            validated(tree)?
        } else {
            tree
        },
        conflicts,
        suggestions: Vec::new(),
    })
}

enum Place {
    Node(NodeId),
    Link(LinkKey),
}

/// Whether the item stays, and which version the merged fields start from.
fn merge_item<'a, T: PartialEq>(
    base: Option<&'a T>,
    ours: Option<&'a T>,
    theirs: Option<&'a T>,
    at: &Place,
    resolver: &mut Resolver,
) -> Option<&'a T> {
    match (base, ours, theirs) {
        (_, None, None) => None,
        (None, Some(o), _) | (Some(_), Some(o), Some(_)) => Some(o),
        (None, None, Some(t)) => Some(t),
        (Some(b), None, Some(t)) if b == t => None,
        (Some(b), Some(o), None) if b == o => None,
        (Some(_), ours, theirs) => {
            let (removed_by, kept) = match ours {
                None => (0, theirs?),
                Some(o) => (1, o),
            };
            let (node, link) = match at {
                Place::Node(id) => (Some(id.clone()), None),
                Place::Link(key) => (None, Some(key.clone())),
            };
            let id = format!("removed {}", place(node.as_ref(), link.as_ref()));
            match resolver.chosen(&id) {
                Some(side) if side == removed_by => None,
                Some(_) => Some(kept),
                None => {
                    resolver.conflicts.push(Conflict::Removed {
                        id,
                        node,
                        link,
                        removed_by: resolver.names[removed_by].clone(),
                        changed_by: resolver.names[1 - removed_by].clone(),
                    });
                    Some(kept)
                }
            }
        }
    }
}

/// A link one side added (or kept) to a node the other side removed: a conflict
/// between the link's side and the remover; the link is left out either way.
fn dangling(key: &LinkKey, missing: &NodeId, owner: usize, resolver: &mut Resolver) {
    let id = format!("removed {}", place(None, Some(key)));
    if resolver.chosen(&id).is_none() {
        resolver.conflicts.push(Conflict::Removed {
            id,
            node: Some(missing.clone()),
            link: Some(key.clone()),
            removed_by: resolver.names[1 - owner].clone(),
            changed_by: resolver.names[owner].clone(),
        });
    }
}

/// Each field's merged value (`null`: unset); base, ours and theirs as field maps
/// (empty for an item a side does not have).
fn merge_fields(
    base: &BTreeMap<String, Value>,
    ours: &BTreeMap<String, Value>,
    theirs: &BTreeMap<String, Value>,
    node: Option<&NodeId>,
    link: Option<&LinkKey>,
    resolver: &mut Resolver,
) -> BTreeMap<String, Value> {
    let mut names: Vec<&String> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .collect();
    names.sort();
    names.dedup();
    let get = |map: &BTreeMap<String, Value>, name: &String| {
        map.get(name).cloned().unwrap_or(Value::Null)
    };
    names
        .into_iter()
        .map(|name| {
            let (b, o, t) = (get(base, name), get(ours, name), get(theirs, name));
            let value = if o == t || t == b {
                o
            } else if o == b {
                t
            } else {
                resolver.field(node, link, name, &[(0, o), (1, t)])
            };
            (name.clone(), value)
        })
        .collect()
}

/// Ours' items in ours' order, each of theirs' other items after the item that
/// comes before it in theirs (at the start when none does).
fn ordered<T: PartialEq + Clone>(
    ours: impl Iterator<Item = T>,
    theirs: impl Iterator<Item = T>,
) -> Vec<T> {
    let mut out: Vec<T> = ours.collect();
    let mut previous: Option<T> = None;
    for item in theirs {
        if !out.contains(&item) {
            let at = previous
                .as_ref()
                .and_then(|p| out.iter().position(|x| x == p))
                .map_or(0, |i| i + 1);
            out.insert(at, item.clone());
        }
        previous = Some(item);
    }
    out
}
