//! Merging: the union's rules and conflicts, the three-way merge's, and the
//! properties of SPEC 10's issue (a tree merged with itself, disjoint trees, one
//! side unchanged).

use proptest::prelude::*;
use serde_json::json;

use super::*;
use crate::compare::arbitrary::tree;
use crate::test_trees::{drives, id, kpi_tree};

fn source(name: &str, tree: Tree) -> Source {
    Source {
        name: name.into(),
        tree,
    }
}

fn without_positions(mut tree: Tree) -> Tree {
    for node in &mut tree.nodes {
        node.position = None;
        node.pinned = false;
    }
    tree
}

#[test]
fn a_field_set_on_one_side_is_kept_and_set_differently_is_a_conflict() {
    let mut a = kpi_tree(&["arr=1", "x=2"], &["x>arr"]);
    let mut b = kpi_tree(&["arr=3", "y=4"], &["y>arr"]);
    a.nodes[0].owner = Some("Leadership".into());
    b.nodes[0].unit = Some("EUR".into());
    let sources = [source("a.json", a), source("b.json", b)];
    let merged = union(&sources, "All", &Choices::default()).unwrap();
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    assert_eq!(
        merged.conflicts[0].to_string(),
        "node arr, field value: 1 (a.json), 3 (b.json)"
    );
    assert_eq!(
        serde_json::to_value(&merged.conflicts[0]).unwrap(),
        json!({"type": "field", "id": "node arr: value", "node": "arr", "link": null,
               "field": "value", "values": [{"source": "a.json", "value": 1},
                                            {"source": "b.json", "value": 3}]})
    );
    let arr = &merged.tree.nodes[0];
    assert_eq!(
        (arr.owner.as_deref(), arr.unit.as_deref()),
        (Some("Leadership"), Some("EUR"))
    );
    let ids: Vec<&str> = merged.tree.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["arr", "x", "y"]);
    assert_eq!(merged.tree.links.len(), 2);
    assert_eq!(merged.tree.name, "All");

    let prefer = Choices {
        prefer: Some("b.json".into()),
        ..Choices::default()
    };
    let settled = union(&sources, "All", &prefer).unwrap();
    assert!(settled.conflicts.is_empty());
    assert_eq!(settled.tree.nodes[0].value, Some(3.0));
    let one = Choices {
        settle: [("node arr: value".to_owned(), "a.json".to_owned())].into(),
        ..Choices::default()
    };
    assert_eq!(
        union(&sources, "All", &one).unwrap().tree.nodes[0].value,
        Some(1.0)
    );
}

#[test]
fn a_cycle_made_by_the_union_is_a_conflict_that_prefer_settles() {
    let a = kpi_tree(&["p", "q"], &["q>p"]);
    let b = kpi_tree(&["p", "q"], &["p>q"]);
    let sources = [source("a", a), source("b", b)];
    let merged = union(&sources, "u", &Choices::default()).unwrap();
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(
        merged.conflicts[0].to_string(),
        "link drives p → q: the link of b closes a cycle of drives links: q → p"
    );
    let prefer = Choices {
        prefer: Some("b".into()),
        ..Choices::default()
    };
    let settled = union(&sources, "u", &prefer).unwrap();
    assert!(settled.conflicts.is_empty());
    assert_eq!(settled.tree.links, vec![drives("p", "q")]);
}

#[test]
fn similar_names_with_other_ids_are_suggested_and_a_match_merges_them() {
    let mut a = kpi_tree(&["churn"], &[]);
    a.nodes[0].name = "Churned customers".into();
    let mut b = kpi_tree(&["churned", "other"], &[]);
    b.nodes[0].name = "Churned Customers ".into();
    let sources = [source("a", a), source("b", b)];
    let merged = union(&sources, "u", &Choices::default()).unwrap();
    assert_eq!(merged.suggestions.len(), 1);
    let s = &merged.suggestions[0];
    assert_eq!((s.id.as_str(), s.other_id.as_str()), ("churned", "churn"));
    let choices = Choices {
        matches: vec![Match {
            source: "b".into(),
            id: id("churned"),
            into: id("churn"),
        }],
        ..Choices::default()
    };
    let merged = union(&sources, "u", &choices).unwrap();
    assert_eq!(
        merged.conflicts.len(),
        1,
        "the names differ: {:?}",
        merged.conflicts
    );
    assert_eq!(merged.tree.nodes.len(), 2);
}

#[test]
fn an_unknown_preferred_source_is_refused_naming_the_sources() {
    let sources = [source("a", Tree::new("a"))];
    let choices = Choices {
        prefer: Some("c".into()),
        ..Choices::default()
    };
    let error = union(&sources, "u", &choices).unwrap_err();
    assert_eq!(
        error.to_string(),
        "--prefer \"c\" is none of the sources (a)"
    );
}

#[test]
fn three_way_takes_each_sides_change_and_reports_the_same_field_changed_twice() {
    let base = kpi_tree(&["arr=1", "x=2", "gone=3"], &["x>arr", "gone>arr"]);
    let mut ours = base.clone();
    ours.nodes[0].owner = Some("Leadership".into());
    ours.nodes[1].value = Some(5.0);
    let mut theirs = base.clone();
    theirs.nodes[0].unit = Some("EUR".into());
    theirs.nodes.remove(2);
    theirs.links.remove(1);
    theirs.nodes.push(crate::test_trees::kpi("new=7"));
    let (b, o, t) = (
        source("base", base),
        source("ours", ours.clone()),
        source("theirs", theirs.clone()),
    );
    let merged = three_way(&b, &o, &t, &Choices::default()).unwrap();
    assert!(merged.conflicts.is_empty(), "{:?}", merged.conflicts);
    let ids: Vec<&str> = merged.tree.nodes.iter().map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["arr", "x", "new"]);
    let arr = &merged.tree.nodes[0];
    assert_eq!(
        (arr.owner.as_deref(), arr.unit.as_deref()),
        (Some("Leadership"), Some("EUR"))
    );
    assert_eq!(merged.tree.nodes[1].value, Some(5.0));
    assert_eq!(merged.tree.links, vec![drives("x", "arr")]);

    theirs.nodes[1].value = Some(6.0);
    let t = source("theirs", theirs);
    let merged = three_way(&b, &o, &t, &Choices::default()).unwrap();
    let lines: Vec<String> = merged.conflicts.iter().map(ToString::to_string).collect();
    assert_eq!(lines, ["node x, field value: 5 (ours), 6 (theirs)"]);
}

#[test]
fn three_way_removed_on_one_side_and_changed_on_the_other_is_a_conflict() {
    let base = kpi_tree(&["arr=1", "x=2"], &["x>arr"]);
    let mut ours = base.clone();
    ours.nodes[1].value = Some(9.0);
    let mut theirs = base.clone();
    theirs.nodes.remove(1);
    theirs.links.clear();
    theirs.nodes[0].value = Some(4.0);
    let merged = three_way(
        &source("base", base),
        &source("ours", ours),
        &source("theirs", theirs),
        &Choices::default(),
    )
    .unwrap();
    let lines: Vec<String> = merged.conflicts.iter().map(ToString::to_string).collect();
    assert_eq!(lines, ["node x: removed in theirs, changed in ours"]);
}

proptest! {
    #[test]
    fn a_tree_merged_with_itself_is_unchanged(t in tree("n")) {
        prop_assume!(crate::validate::is_valid(&t));
        let sources = [source("a", t.clone()), source("b", t.clone())];
        let merged = union(&sources, &t.name, &Choices::default()).unwrap();
        prop_assert!(merged.conflicts.is_empty());
        prop_assert_eq!(merged.tree, t);
    }

    #[test]
    fn the_union_of_disjoint_trees_holds_all_of_both(a in tree("a"), b in tree("b")) {
        prop_assume!(crate::validate::is_valid(&a) && crate::validate::is_valid(&b));
        let sources = [source("a", a.clone()), source("b", b.clone())];
        let merged = union(&sources, "u", &Choices::default()).unwrap();
        prop_assert!(merged.conflicts.is_empty());
        let mut expected = without_positions(a.clone());
        expected.name = "u".into();
        let b = without_positions(b);
        expected.nodes.extend(b.nodes);
        expected.links.extend(b.links);
        prop_assert_eq!(merged.tree, expected);
    }

    #[test]
    fn a_three_way_merge_with_one_side_unchanged_gives_the_other(
        base in tree("n"),
        other in tree("n"),
    ) {
        prop_assume!(crate::validate::is_valid(&other));
        let (b, same) = (source("base", base.clone()), source("ours", base.clone()));
        let other = source("theirs", other);
        let merged = three_way(&b, &same, &other, &Choices::default()).unwrap();
        prop_assert_eq!(&merged.tree, &other.tree);
        let merged = three_way(&b, &other, &same, &Choices::default()).unwrap();
        prop_assert_eq!(&merged.tree, &other.tree);
    }
}
