//! Warnings about a tree's numbers, from [`crate::analysis`]: a formula that adds,
//! subtracts or compares quantities in different units (`EUR + %`). The formula
//! still computes, so this is a warning, in the `Formula` category (shown on the
//! node's formula).

use std::collections::HashMap;

use super::{Category, Finding, Place};
use crate::analysis::unit_mismatches;
use crate::model::{NodeId, Tree};

pub(super) fn check(tree: &Tree, found: &mut Vec<Finding>) {
    let places = node_places(tree);
    for mismatch in unit_mismatches(tree) {
        if let Some(&place) = places.get(&mismatch.node) {
            let detail = mismatch.to_string();
            found.push(Finding::warning(Category::Formula, place, detail));
        }
    }
}

/// The place of each id's first node (the one formulas are evaluated for).
fn node_places(tree: &Tree) -> HashMap<&NodeId, Place> {
    let mut places = HashMap::new();
    for (i, node) in tree.nodes.iter().enumerate() {
        places.entry(&node.id).or_insert(Place::Node(i));
    }
    places
}
