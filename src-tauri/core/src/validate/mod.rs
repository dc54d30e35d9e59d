//! Problems found in a tree: errors (the tree is invalid and is refused on import)
//! and warnings (worth knowing, never blocking). One report format serves
//! `kpitree check`, import, the editor's inline messages and the UI.
//!
//! Invariants: [`check`] never panics on any tree (duplicate ids, dangling links
//! and cycles included) and is deterministic: errors first, then warnings, each in
//! the order of the tree (the tree itself, then its nodes, then its links). Every
//! message starts by naming its subject (`tree "Zira"`, `node "arr"`,
//! `link drives net_new → arr`).

mod fields;
mod finding;
mod formulas;
mod numbers;
mod problem;
mod structure;

pub(crate) use finding::{tree_label, Finding, Place};
pub use problem::{Category, Problem, Severity, Subject};

use crate::model::Tree;

/// Every problem of `tree`, errors first, in a stable order.
pub fn check(tree: &Tree) -> Vec<Problem> {
    findings(tree)
        .into_iter()
        .map(|finding| finding.into_problem(tree))
        .collect()
}

/// Whether `tree` has no error (warnings allowed).
pub fn is_valid(tree: &Tree) -> bool {
    findings(tree)
        .iter()
        .all(|finding| finding.severity != Severity::Error)
}

/// The problems with their place in the tree, sorted as [`check`] returns them.
pub(crate) fn findings(tree: &Tree) -> Vec<Finding> {
    let mut found = Vec::new();
    fields::check(tree, &mut found);
    structure::check(tree, &mut found);
    formulas::check(tree, &mut found);
    numbers::check(tree, &mut found);
    found.sort_by_key(|finding| (finding.severity, finding.place));
    found
}

#[cfg(test)]
mod tests;
