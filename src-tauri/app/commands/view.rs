//! `TreeView`: one tree as the canvas shows it, the document plus what the core
//! derives from it.

use std::collections::BTreeMap;

use kpitree_core::edit::Document;
use kpitree_core::formula::{compute_values, NodeValue};
use kpitree_core::graph::levels;
use kpitree_core::model::{Tree, TreeId};
use kpitree_core::validate::{self, Problem};
use serde::Serialize;

#[derive(Debug, Serialize, specta::Type)]
pub struct TreeView {
    #[specta(type = specta_typescript::Number)]
    pub id: TreeId,
    pub tree: Tree,
    /// Each node's value: entered, or computed from its formula, or an error.
    pub values: BTreeMap<String, NodeValue>,
    /// Each node's level (0 = the North Star row).
    pub levels: BTreeMap<String, u32>,
    pub problems: Vec<Problem>,
    pub can_undo: bool,
    pub can_redo: bool,
}

pub fn tree_view(id: TreeId, document: &Document) -> TreeView {
    let tree = document.tree();
    TreeView {
        id,
        values: keyed_by_id(compute_values(tree)),
        levels: keyed_by_id(levels(tree)),
        problems: validate::check(tree),
        tree: tree.clone(),
        can_undo: document.can_undo(),
        can_redo: document.can_redo(),
    }
}

fn keyed_by_id<K: ToString, V>(map: BTreeMap<K, V>) -> BTreeMap<String, V> {
    map.into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .collect()
}
