use std::collections::BTreeSet;

use super::*;
use crate::model::NodeKind;
use crate::test_trees::{id, TreeBuilder};

/// star ← a ← a1, a2 ← x; star ← b ← x (x drives a2 and b); b ← b1.
fn tree() -> Tree {
    use NodeKind::*;
    TreeBuilder::new("t")
        .nodes(&[
            ("star", NorthStar),
            ("a", BusinessKpi),
            ("a1", ProductMetric),
            ("a2", ProductMetric),
            ("x", Initiative),
            ("b", BusinessKpi),
            ("b1", ProductMetric),
        ])
        .drives(&["a>star", "a1>a", "a2>a", "x>a2", "b>star", "x>b", "b1>b"])
        .build()
}

fn set(ids: &[&str]) -> BTreeSet<NodeId> {
    ids.iter().map(|i| id(i)).collect()
}

#[test]
fn a_node_is_hidden_only_below_a_collapsed_node_on_every_path() {
    let t = tree();
    let v = visibility(&t, &set(&["a"]));
    // x still shows through b.
    assert_eq!(v.hidden, set(&["a1", "a2"]));
    assert_eq!(v.hidden_below, [(id("a"), 2)].into_iter().collect());
    let v = visibility(&t, &set(&["a", "b"]));
    assert_eq!(v.hidden, set(&["a1", "a2", "x", "b1"]));
    assert_eq!(v.hidden_below[&id("a")], 3);
    assert_eq!(v.hidden_below[&id("b")], 2);
    // A collapsed node under a collapsed node is hidden and has no badge.
    let v = visibility(&t, &set(&["star", "a"]));
    assert_eq!(v.hidden.len(), 6);
    assert_eq!(v.hidden_below.keys().collect::<Vec<_>>(), vec![&id("star")]);
    assert_eq!(
        visibility(&t, &set(&["nobody", "x"])),
        Visibility::default()
    );
}

#[test]
fn the_visible_tree_drops_hidden_nodes_and_their_links() {
    let t = tree();
    let shown = visible_tree(&t, &visibility(&t, &set(&["a", "b"])));
    let ids: Vec<&str> = shown.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["star", "a", "b"]);
    assert_eq!(shown.links.len(), 2);
}

#[test]
fn reveal_expands_the_fewest_collapsed_ancestors() {
    let t = tree();
    let collapsed = set(&["star", "a", "b"]);
    // x: through a2, a, star or through b, star: b and star.
    assert_eq!(reveal(&t, &collapsed, &id("x")), vec![id("star"), id("b")]);
    assert_eq!(reveal(&t, &collapsed, &id("a1")), vec![id("star"), id("a")]);
    assert_eq!(reveal(&t, &collapsed, &id("star")), Vec::<NodeId>::new());
    assert_eq!(reveal(&t, &set(&["a"]), &id("x")), Vec::<NodeId>::new());
    let mut open = collapsed.clone();
    for n in reveal(&t, &collapsed, &id("x")) {
        open.remove(&n);
    }
    assert!(!visibility(&t, &open).hidden.contains(&id("x")));
}
