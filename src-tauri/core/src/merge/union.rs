//! The union of several trees (SPEC 10, the squads' trees made one): nodes with
//! the same id are one node, a field set in one source only is kept, a field set
//! differently is a conflict; links are united. See the module doc of `merge`
//! for positions and for how conflicts are settled.

use std::collections::BTreeMap;

use serde_json::Value;

use super::links::{add_links, merge_link};
use super::resolve::{set_in, Resolver};
use super::{suggestions, validated, Choices, Match, MergeError, Merged, Source};
use crate::compare::fields::{node_fields, set_node_field, tree_fields};
use crate::edit::{apply, Edit};
use crate::model::{Link, LinkKey, Node, NodeId, Tree};

/// Fields of where a node is drawn, not of what it is: never a conflict.
const DRAWING: [&str; 2] = ["position", "pinned"];

/// The union of `sources`, named `name`.
pub fn union(sources: &[Source], name: &str, choices: &Choices) -> Result<Merged, MergeError> {
    let sources = matched(sources, &choices.matches)?;
    let refs: Vec<&Source> = sources.iter().collect();
    let mut resolver = Resolver::new(&refs, choices)?;
    let mut tree = Tree::new(name);
    let trees: Vec<&Tree> = sources.iter().map(|s| &s.tree).collect();
    tree.description = agreed(trees.iter().map(|t| t.description.clone()).collect());
    let periods: Vec<(usize, Value)> = trees
        .iter()
        .enumerate()
        .map(|(i, t)| (i, tree_fields(t)["period"].clone()))
        .collect();
    let period = resolver.field(None, None, "period", &periods);
    tree.period = serde_json::from_value(period).unwrap_or_default();

    let mut versions: BTreeMap<&NodeId, Vec<(usize, &Node)>> = BTreeMap::new();
    let mut order: Vec<&NodeId> = Vec::new();
    for (index, source) in trees.iter().enumerate() {
        for node in &source.nodes {
            let entry = versions.entry(&node.id).or_default();
            if entry.is_empty() {
                order.push(&node.id);
            }
            entry.push((index, node));
        }
    }
    let one_drawing = one_drawing(&trees, &versions);
    for id in order {
        let mut node = merge_node(&versions[id], &mut resolver);
        if !one_drawing {
            node.position = None;
            node.pinned = false;
        }
        tree.nodes.push(node);
    }

    let mut links: BTreeMap<LinkKey, Vec<(usize, Link)>> = BTreeMap::new();
    let mut link_order: Vec<LinkKey> = Vec::new();
    for (index, source) in trees.iter().enumerate() {
        for link in &source.links {
            let entry = links.entry(link.key()).or_default();
            if entry.is_empty() {
                link_order.push(link.key());
            }
            entry.push((index, link.clone()));
        }
    }
    let merged = link_order
        .into_iter()
        .map(|key| {
            let versions = &links[&key];
            let link = merge_link(&key, versions, &mut resolver);
            (key, versions[0].0, link)
        })
        .collect();
    add_links(&mut tree, merged, &mut resolver);

    let conflicts = resolver.conflicts;
    Ok(Merged {
        suggestions: suggestions(&sources),
        tree: if conflicts.is_empty() {
            validated(tree)?
        } else {
            tree
        },
        conflicts,
    })
}

/// The sources with the accepted matches made: each matched node takes the id
/// it is matched into (formulas and links follow).
fn matched(sources: &[Source], matches: &[Match]) -> Result<Vec<Source>, MergeError> {
    let mut out = sources.to_vec();
    for m in matches {
        let bad = |reason: String| MergeError::BadMatch {
            source_name: m.source.clone(),
            id: m.id.to_string(),
            into: m.into.to_string(),
            reason,
        };
        let source = out
            .iter_mut()
            .find(|s| s.name == m.source)
            .ok_or_else(|| bad("there is no such source".into()))?;
        let edit = Edit::ChangeId {
            id: m.id.clone(),
            new_id: m.into.clone(),
        };
        apply(&mut source.tree, &edit).map_err(|error| bad(error.to_string()))?;
    }
    Ok(out)
}

/// One node from the sources' versions of it: each field from the sources that
/// set it (a field none sets stays unset).
fn merge_node(versions: &[(usize, &Node)], resolver: &mut Resolver) -> Node {
    let mut node = versions[0].1.clone();
    let fields: Vec<(usize, BTreeMap<String, Value>)> = versions
        .iter()
        .map(|(source, node)| (*source, node_fields(node)))
        .collect();
    let mut names: Vec<&String> = fields.iter().flat_map(|(_, map)| map.keys()).collect();
    names.sort();
    names.dedup();
    for name in names {
        if DRAWING.contains(&name.as_str()) {
            continue;
        }
        let set = set_in(&fields, name);
        let value = resolver.field(Some(&node.id.clone()), None, name, &set);
        // Every value came from a node of the same model type: it fits.
        let _ = set_node_field(&mut node, name, &value);
    }
    node
}

/// Whether the sources are one drawing: every source holds every node, each at
/// the same place in all of them.
fn one_drawing(trees: &[&Tree], versions: &BTreeMap<&NodeId, Vec<(usize, &Node)>>) -> bool {
    versions.values().all(|holders| {
        holders.len() == trees.len()
            && holders.iter().all(|(_, n)| {
                n.position == holders[0].1.position && n.pinned == holders[0].1.pinned
            })
    })
}

/// The description every source has, else none.
fn agreed(values: Vec<Option<String>>) -> Option<String> {
    let first = values.first()?.clone();
    values
        .iter()
        .all(|v| *v == first)
        .then_some(first)
        .flatten()
}
