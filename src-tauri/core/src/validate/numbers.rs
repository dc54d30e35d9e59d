//! Warnings about a tree's numbers, from [`crate::analysis`]: a formula that adds,
//! subtracts or compares quantities in different units (`EUR + %`), and a target
//! that the drivers' targets, put through the formula, do not give (by more than
//! [`TARGET_TOLERANCE`]). Both still compute, so they are warnings, in the
//! `Formula` category (shown on the node's formula).

use std::collections::HashMap;

use super::{Category, Finding, Place};
use crate::analysis::{target_gaps, unit_mismatches};

/// How far the drivers' targets may miss a node's target before it is worth a
/// warning: 5 %. Targets are round numbers (ARR €1.8M where the drivers give
/// €1.82M); a tighter bar would flag rounding, not plans that disagree.
pub const TARGET_TOLERANCE: f64 = 0.05;
use crate::model::{NodeId, Tree};

pub(super) fn check(tree: &Tree, found: &mut Vec<Finding>) {
    let places = node_places(tree);
    for mismatch in unit_mismatches(tree) {
        if let Some(&place) = places.get(&mismatch.node) {
            let detail = mismatch.to_string();
            found.push(Finding::warning(Category::Formula, place, detail));
        }
    }
    for gap in target_gaps(tree, TARGET_TOLERANCE) {
        if let Some(&place) = places.get(&gap.node) {
            found.push(Finding::warning(Category::Formula, place, gap.to_string()));
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
