//! Collapsed nodes kept per tree in the store, and an export that honours them.

use std::collections::BTreeSet;

use super::settings::{collapsed, set_collapsed};
use super::*;
use crate::model::{NodeId, Tree};
use crate::sample::generated::{node_id, synthetic};
use crate::store::Store;

#[test]
fn collapsed_nodes_are_kept_per_tree_and_an_export_can_leave_their_branches_out() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut store = Store::open(dir.path().join("kpitree.db")).expect("a store");
    let id = store.insert_tree(&synthetic("Big", 40)).expect("inserted");
    let other = store.insert_tree(&Tree::new("other")).expect("inserted");
    assert_eq!(collapsed(&store, id).expect("read"), BTreeSet::new());
    set_collapsed(&store, id, &node_id(1), true).expect("kept");
    let now = set_collapsed(&store, id, &node_id(2), true).expect("kept");
    assert_eq!(now, [node_id(1), node_id(2)].into_iter().collect());
    let now = set_collapsed(&store, id, &node_id(2), false).expect("kept");
    assert_eq!(now, [node_id(1)].into_iter().collect());
    assert_eq!(collapsed(&store, id).expect("read"), now);
    assert!(collapsed(&store, other).expect("read").is_empty());

    let svg = |collapsed: bool| {
        let options = ExportOptions {
            embed_font: false,
            collapsed,
            ..ExportOptions::new(ExportFormat::Svg)
        };
        String::from_utf8(export_tree(&store, id, &options).expect("exported")).expect("text")
    };
    let (all, shown) = (svg(false), svg(true));
    let tree = store.load_tree(id).expect("loaded");
    let hidden = crate::graph::visibility(&tree, &now);
    let count = hidden.hidden_below[&node_id(1)];
    assert!(count > 3);
    let card = |id: &NodeId| format!("id=\"node-{id}\"");
    assert!(all.contains(&card(&node_id(5))) && !all.contains("collapsed-badge"));
    assert!(!shown.contains(&card(&node_id(5))));
    assert!(shown.contains(&card(&node_id(1))));
    assert!(shown.contains(&format!(">+{count}</text>")));
}
