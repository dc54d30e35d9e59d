//! Problems found in a tree: errors (the tree is invalid and is refused on import)
//! and warnings (worth knowing, never blocking). One report format serves
//! `kpitree check`, import, the editor's inline messages and the UI.

mod problem;
pub use problem::{Category, Problem, Severity, Subject};

use crate::model::Tree;

/// Every problem of `tree`, errors first, in a stable order.
pub fn check(tree: &Tree) -> Vec<Problem> {
    let _ = tree;
    unimplemented!("filled in by the validation work")
}
