//! Structure rules: unique ids, links between existing distinct nodes, one link
//! per (kind, from, to), link kinds allowed between the node kinds, strength only
//! on `impacts`, no `drives` cycle; and the warning for more than one North Star.

use std::collections::hash_map::Entry;
use std::collections::HashMap;

use super::{Category, Finding, Place};
use crate::graph::{format_path, TreeGraph};
use crate::model::{Link, LinkKind, NodeId, NodeKind, Tree};

pub(super) fn check(tree: &Tree, found: &mut Vec<Finding>) {
    let first_index = duplicate_ids(tree, found);
    links(tree, &first_index, found);
    cycle(tree, found);
    north_stars(tree, found);
}

/// Reports ids used twice; returns the index of each id's first node.
fn duplicate_ids<'t>(tree: &'t Tree, found: &mut Vec<Finding>) -> HashMap<&'t NodeId, usize> {
    let mut first_index = HashMap::new();
    for (i, node) in tree.nodes.iter().enumerate() {
        if let Some(first) = first_index.get(&node.id) {
            let detail = format!("node {} has the same id; ids must be unique", first + 1);
            found.push(Finding::error(Category::Structure, Place::Node(i), detail));
        } else {
            first_index.insert(&node.id, i);
        }
    }
    first_index
}

fn links(tree: &Tree, nodes: &HashMap<&NodeId, usize>, found: &mut Vec<Finding>) {
    let mut first_link = HashMap::new();
    for (i, link) in tree.links.iter().enumerate() {
        let mut report = |detail: String| {
            found.push(Finding::error(Category::Structure, Place::Link(i), detail));
        };
        match first_link.entry(link.key()) {
            Entry::Occupied(first) => {
                report(format!("the same link is already link {}", first.get() + 1))
            }
            Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
        for end in [&link.from, &link.to] {
            if !nodes.contains_key(end) {
                report(format!("\"{end}\" is not a node of this tree"));
            }
        }
        if link.from == link.to {
            report("a link cannot go from a node to itself".into());
        }
        if let Some(reason) = kind_problem(tree, nodes, link) {
            report(reason.into());
        }
        if link.strength.is_some() && link.kind != LinkKind::Impacts {
            report(format!(
                "only impacts links have a strength, not {} links",
                link.kind
            ));
        }
    }
}

fn kind_problem(tree: &Tree, nodes: &HashMap<&NodeId, usize>, link: &Link) -> Option<&'static str> {
    let kind_of = |id: &NodeId| {
        nodes
            .get(id)
            .and_then(|&i| tree.nodes.get(i))
            .map(|n| n.kind)
    };
    link.kind.refuses(kind_of(&link.from)?, kind_of(&link.to)?)
}

/// Reports one `drives` cycle, on its link that comes last in the tree (the one
/// most likely added last), with the path read so that this link closes it.
fn cycle(tree: &Tree, found: &mut Vec<Finding>) {
    let Some(path) = TreeGraph::new(tree).drives_cycle() else {
        return;
    };
    let steps = path.len().saturating_sub(1);
    let link_of = |step: usize| {
        tree.links.iter().position(|l| {
            l.kind == LinkKind::Drives && l.from == path[step] && l.to == path[step + 1]
        })
    };
    let closing = (0..steps)
        .filter_map(|step| Some((link_of(step)?, step)))
        .max();
    let (place, shown) = match closing {
        Some((link, step)) => {
            let mut shown: Vec<NodeId> = (1..=steps)
                .map(|k| path[(step + k) % steps].clone())
                .collect();
            shown.push(path[(step + 1) % steps].clone());
            (Place::Link(link), shown)
        }
        None => (Place::Tree, path),
    };
    let detail = format!("drives links form a cycle: {}", format_path(&shown));
    found.push(Finding::error(Category::Structure, place, detail));
}

fn north_stars(tree: &Tree, found: &mut Vec<Finding>) {
    let mut first: Option<&NodeId> = None;
    for (i, node) in tree.nodes.iter().enumerate() {
        if node.kind != NodeKind::NorthStar {
            continue;
        }
        match first {
            None => first = Some(&node.id),
            Some(first) => {
                let detail = format!(
                    "the tree has more than one north_star node (the first is \"{first}\"); a tree usually has one"
                );
                found.push(Finding::warning(
                    Category::Structure,
                    Place::Node(i),
                    detail,
                ));
            }
        }
    }
}
