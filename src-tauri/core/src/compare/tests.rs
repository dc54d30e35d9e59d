//! The difference of two trees: its JSON form (SPEC 10), its text, and the
//! property that applying `diff(a, b)` to `a` gives `b`.

use proptest::prelude::*;
use serde_json::json;

use super::arbitrary::tree;
use super::*;
use crate::model::{HistoryPoint, Period};
use crate::test_trees::{drives, kpi_tree};

fn before_after() -> (crate::model::Tree, crate::model::Tree) {
    let left = kpi_tree(
        &["arr:a * b", "a=2", "b=3", "old=1"],
        &["a>arr", "b>arr", "old>arr"],
    );
    let mut right = left.clone();
    right.nodes.retain(|n| n.id.as_str() != "old");
    right.links.retain(|l| l.from.as_str() != "old");
    right.nodes[1].value = Some(5.0);
    right.nodes[2].history = vec![HistoryPoint {
        period: Period::parse("2026-03").unwrap(),
        value: 4.0,
    }];
    let mut added = right.nodes[1].clone();
    added.id = crate::test_trees::id("c");
    added.name = "C".into();
    right.nodes.push(added);
    let mut link = drives("c", "arr");
    link.note = Some("new".into());
    right.links.push(link);
    right.links[0].note = Some("why".into());
    (left, right)
}

#[test]
fn the_json_form_is_spec_10s() {
    let (left, right) = before_after();
    let found = serde_json::to_value(diff(&left, &right)).unwrap();
    assert_eq!(
        found,
        json!({
            "same": false,
            "nodes": {
                "added": ["c"],
                "removed": ["old"],
                "changed": {
                    "a": {"value": [2, 5]},
                    "b": {"history.2026-03": [null, 4]},
                }
            },
            "links": {
                "added": [{"from": "c", "to": "arr", "kind": "drives",
                           "color": null, "strength": null, "note": "new"}],
                "removed": [{"from": "old", "to": "arr", "kind": "drives",
                             "color": null, "strength": null, "note": null}],
                "changed": [{"from": "a", "to": "arr", "kind": "drives",
                             "fields": {"note": [null, "why"]}}],
            }
        })
    );
}

#[test]
fn the_text_form_is_one_line_a_change_in_a_stable_order() {
    let (left, mut right) = before_after();
    right.name = "u".into();
    let found = text(&diff(&left, &right));
    assert_eq!(
        found,
        "~ tree: name \"t\" → \"u\"\n\
         + node c \"C\"\n\
         - node old \"old\"\n\
         ~ node a: value 2 → 5\n\
         ~ node b: history.2026-03 (none) → 4\n\
         + link drives c → arr\n\
         - link drives old → arr\n\
         ~ link drives a → arr: note (none) → \"why\"\n"
    );
}

#[test]
fn equal_trees_are_the_same_and_say_so() {
    let (left, _) = before_after();
    let found = diff(&left, &left);
    assert!(found.same);
    assert_eq!(text(&found), "no differences\n");
    assert_eq!(
        serde_json::to_value(&found).unwrap(),
        json!({"same": true,
               "nodes": {"added": [], "removed": [], "changed": {}},
               "links": {"added": [], "removed": [], "changed": []}})
    );
}

#[test]
fn the_order_of_the_same_nodes_is_no_difference() {
    let (left, _) = before_after();
    let mut right = left.clone();
    right.nodes.reverse();
    assert!(diff(&left, &right).same);
}

#[test]
fn a_changed_field_that_does_not_fit_is_refused_naming_it() {
    let (left, right) = before_after();
    let mut found = diff(&left, &right);
    found
        .nodes
        .changed
        .get_mut(&crate::test_trees::id("a"))
        .unwrap()
        .insert("color".into(), [json!(null), json!("red")]);
    let error = apply(&left, &found).unwrap_err().to_string();
    assert!(
        error.starts_with("node a: color cannot be \"red\""),
        "{error}"
    );
}

proptest! {
    #[test]
    fn applying_the_difference_gives_the_right_tree(
        left in tree("n"),
        right in tree("n"),
    ) {
        let found = diff(&left, &right);
        prop_assert_eq!(apply(&left, &found).unwrap(), right.clone());
        prop_assert_eq!(found.same, left == right);
        prop_assert!(diff(&left, &left).same);
    }
}
