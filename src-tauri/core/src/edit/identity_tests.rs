//! Reversing a link and changing a node's id: fields and order kept, rules checked,
//! formulas following, and undo giving back the exact tree.

use super::*;
use crate::model::{Link, LinkKey, LinkKind, NodeKind, Strength, Tree};
use crate::test_trees::{drives, id, node};

/// arr = customers * seats; customers ← activation; sso impacts customers (strong);
/// aov guards customers.
fn tree() -> Tree {
    let mut tree = Tree::new("Growth");
    let mut arr = node("arr", NodeKind::NorthStar);
    arr.formula = Some("customers *  seats".into());
    let mut twice = node("twice", NodeKind::BusinessKpi);
    twice.formula = Some("2*customers + sum(customers)".into());
    tree.nodes = vec![
        arr,
        node("customers", NodeKind::BusinessKpi),
        node("seats", NodeKind::BusinessKpi),
        node("activation", NodeKind::ProductMetric),
        node("sso", NodeKind::Initiative),
        node("aov", NodeKind::HealthMetric),
        twice,
    ];
    let mut bet = Link::new(LinkKind::Impacts, id("sso"), id("customers"));
    bet.strength = Some(Strength::Strong);
    bet.note = Some("enterprise deals".into());
    tree.links = vec![
        drives("customers", "arr"),
        drives("seats", "arr"),
        drives("activation", "customers"),
        bet,
        Link::new(LinkKind::Guards, id("aov"), id("customers")),
        drives("customers", "twice"),
    ];
    tree
}

fn undone_exactly(edit: Edit) -> Tree {
    let mut doc = Document::new(tree());
    doc.perform(&edit).expect("the edit is taken");
    let after = doc.tree().clone();
    doc.undo().expect("undo");
    assert_eq!(doc.tree(), &tree(), "undo gives back the tree");
    doc.redo().expect("redo");
    assert_eq!(doc.tree(), &after, "redo gives back the edit");
    after
}

#[test]
fn a_reversed_link_keeps_its_fields_and_place() {
    let mut t = tree();
    let mut bet = Link::new(LinkKind::Drives, id("sso"), id("activation"));
    bet.note = Some("kept".into());
    t.links.push(bet);
    let mut doc = Document::new(t.clone());
    let key = LinkKey {
        kind: LinkKind::Drives,
        from: id("sso"),
        to: id("activation"),
    };
    doc.perform(&Edit::ReverseLink { key }).expect("reversed");
    let turned = doc.tree().links.last().expect("a link");
    assert_eq!(
        (turned.from.as_str(), turned.to.as_str()),
        ("activation", "sso")
    );
    assert_eq!(turned.note.as_deref(), Some("kept"));
    assert_eq!(doc.tree().links.len(), t.links.len());
    doc.undo().expect("undo");
    assert_eq!(doc.tree(), &t);

    let key = LinkKey {
        kind: LinkKind::Drives,
        from: id("activation"),
        to: id("customers"),
    };
    let after = undone_exactly(Edit::ReverseLink { key });
    assert_eq!(after.links[2], drives("customers", "activation"));
}

#[test]
fn a_reversal_that_breaks_a_rule_is_refused() {
    let bet = LinkKey {
        kind: LinkKind::Impacts,
        from: id("sso"),
        to: id("customers"),
    };
    let mut t = tree();
    let error = apply(&mut t, &Edit::ReverseLink { key: bet }).unwrap_err();
    assert!(matches!(error, EditError::KindNotAllowed { .. }), "{error}");
    assert_eq!(t, tree());

    // customers → arr turned round closes a cycle once a second path leads from
    // arr's drivers to customers: customers → activation → arr.
    let mut t = tree();
    t.links.push(drives("activation", "arr"));
    let key = LinkKey {
        kind: LinkKind::Drives,
        from: id("activation"),
        to: id("customers"),
    };
    apply(&mut t, &Edit::ReverseLink { key }).expect("no cycle yet");
    let key = LinkKey {
        kind: LinkKind::Drives,
        from: id("customers"),
        to: id("arr"),
    };
    let error = apply(&mut t, &Edit::ReverseLink { key }).unwrap_err();
    assert!(matches!(error, EditError::Cycle { .. }), "{error}");

    let missing = LinkKey {
        kind: LinkKind::Drives,
        from: id("arr"),
        to: id("sso"),
    };
    let error = apply(&mut tree(), &Edit::ReverseLink { key: missing }).unwrap_err();
    assert!(matches!(error, EditError::UnknownLink { .. }));
}

#[test]
fn a_new_id_is_followed_by_links_and_formulas() {
    let edit = Edit::ChangeId {
        id: id("customers"),
        new_id: id("paying_customers"),
    };
    let after = undone_exactly(edit);
    assert_eq!(after.nodes[1].id.as_str(), "paying_customers");
    assert_eq!(
        after.nodes[0].formula.as_deref(),
        Some("paying_customers *  seats")
    );
    assert_eq!(
        after.nodes[6].formula.as_deref(),
        Some("2*paying_customers + sum(paying_customers)")
    );
    let keys: Vec<String> = after.links.iter().map(|l| l.key().to_string()).collect();
    assert_eq!(
        keys,
        [
            "drives-paying_customers-arr",
            "drives-seats-arr",
            "drives-activation-paying_customers",
            "impacts-sso-paying_customers",
            "guards-aov-paying_customers",
            "drives-paying_customers-twice",
        ]
    );
    assert_eq!(after.links[3].strength, Some(Strength::Strong));
    assert!(crate::validate::check(&after)
        .iter()
        .all(|p| p.severity != crate::validate::Severity::Error));
}

#[test]
fn a_taken_or_unknown_id_is_refused() {
    let mut t = tree();
    let taken = Edit::ChangeId {
        id: id("customers"),
        new_id: id("seats"),
    };
    assert!(matches!(
        apply(&mut t, &taken),
        Err(EditError::DuplicateNode { .. })
    ));
    let unknown = Edit::ChangeId {
        id: id("nobody"),
        new_id: id("someone"),
    };
    assert!(matches!(
        apply(&mut t, &unknown),
        Err(EditError::UnknownNode { .. })
    ));
    assert_eq!(t, tree());
    let same = Edit::ChangeId {
        id: id("seats"),
        new_id: id("seats"),
    };
    assert!(apply(&mut t, &same)
        .expect("nothing to do")
        .changes
        .is_empty());
}
