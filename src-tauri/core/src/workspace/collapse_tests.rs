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

#[test]
fn the_view_says_what_is_collapsed_and_hidden_and_routes_only_the_shown_links() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let mut tree = synthetic("Big", 40);
    crate::workspace::lay_out(&mut tree, &crate::layout::LayoutOptions::default())
        .expect("laid out");
    let mut store = Store::open(dir.path().join("kpitree.db")).expect("a store");
    let id = store.insert_tree(&tree).expect("inserted");
    let document = crate::edit::Document::new(store.load_tree(id).expect("loaded"));
    let before = tree_view(&store, id, &document).expect("a view");
    assert!(before.collapsed.is_empty() && before.hidden.is_empty());
    assert!(before.hidden_below.is_empty());

    let now = set_collapsed(&store, id, &node_id(1), true).expect("kept");
    let view = tree_view(&store, id, &document).expect("a view");
    let hidden = crate::graph::visibility(&tree, &now);
    assert_eq!(view.collapsed, vec![node_id(1).to_string()]);
    let expected: Vec<String> = hidden.hidden.iter().map(ToString::to_string).collect();
    assert_eq!(view.hidden, expected);
    let count = u32::try_from(hidden.hidden_below[&node_id(1)]).expect("small");
    assert_eq!(view.hidden_below[&node_id(1).to_string()], count);
    // The whole tree is still there (search and the panels see it), but no route
    // touches a hidden node.
    assert_eq!(view.tree.nodes.len(), tree.nodes.len());
    assert!(view.routes.len() < before.routes.len());
    assert!(view
        .routes
        .iter()
        .all(|route| !hidden.hidden.contains(&route.key.from)
            && !hidden.hidden.contains(&route.key.to)));
}

#[test]
fn a_layout_leaves_hidden_nodes_out_and_moves_them_with_the_node_above() {
    use crate::edit::Edit;
    use crate::layout::{LayoutEngine, LayoutOptions};
    let mut tree = synthetic("Big", 60);
    let options = LayoutOptions::default();
    crate::workspace::lay_out(&mut tree, &options).expect("laid out");
    let collapsed: BTreeSet<NodeId> = [node_id(1), node_id(4)].into_iter().collect();
    let compact = LayoutOptions {
        engine: LayoutEngine::Compact,
        ..options
    };
    let Edit::MoveNodes { moves } =
        super::layout_shown_edit(&tree, &collapsed, &compact).expect("laid out")
    else {
        panic!("a layout is a move of nodes");
    };
    let at = |id: &NodeId, tree: &Tree| {
        tree.nodes
            .iter()
            .find(|n| &n.id == id)
            .and_then(|n| n.position)
    };
    let moved = |id: &NodeId| moves.iter().find(|m| &m.id == id).map(|m| m.position);
    // n5 drives n1 (collapsed): it keeps its offset from n1.
    let (n1, n5) = (node_id(1), node_id(5));
    let (old1, old5) = (
        at(&n1, &tree).expect("placed"),
        at(&n5, &tree).expect("placed"),
    );
    let new1 = moved(&n1).unwrap_or(old1);
    let new5 = moved(&n5).unwrap_or(old5);
    assert!((new5.x - new1.x - (old5.x - old1.x)).abs() < 1e-9);
    assert!((new5.y - new1.y - (old5.y - old1.y)).abs() < 1e-9);
    // The shown nodes are laid out without the hidden ones: as the visible tree is.
    let hidden = crate::graph::visibility(&tree, &collapsed);
    let alone =
        layout_moves(&crate::graph::visible_tree(&tree, &hidden), &compact).expect("laid out");
    for m in &alone {
        assert_eq!(moved(&m.id), Some(m.position));
    }
}
