//! Edit tests across the module: every kind of edit, refusals, and a property test
//! over random sequences of edits (valid and invalid) checking that undo gives
//! back each earlier tree exactly and redo gives back each later one.

use super::*;
use crate::model::{Link, LinkKey, LinkKind, Node, NodeId, NodeKind, Position, Strength, Tree};
use crate::test_trees::{drives, id, node};

/// arr ← customers ← activation; sso impacts customers; aov guards customers.
fn sample() -> Tree {
    let mut tree = Tree::new("Growth");
    tree.nodes = vec![
        node("arr", NodeKind::NorthStar),
        node("customers", NodeKind::BusinessKpi),
        node("activation", NodeKind::ProductMetric),
        node("sso", NodeKind::Initiative),
        node("aov", NodeKind::HealthMetric),
    ];
    tree.links = vec![
        drives("customers", "arr"),
        drives("activation", "customers"),
        Link::new(LinkKind::Impacts, id("sso"), id("customers")),
        Link::new(LinkKind::Guards, id("aov"), id("customers")),
    ];
    tree
}

fn refused(edit: Edit) -> EditError {
    let mut tree = sample();
    let error = apply(&mut tree, &edit).unwrap_err();
    assert_eq!(tree, sample(), "a refused edit changed the tree");
    error
}

#[test]
fn a_cycle_is_refused_with_its_path() {
    let error = refused(Edit::AddLink {
        link: drives("arr", "activation"),
    });
    assert_eq!(
        error.to_string(),
        "this link would close a cycle: arr → activation → customers → arr"
    );
}

#[test]
fn broken_rules_are_refused_and_change_nothing() {
    let unknown = Edit::UpdateNode {
        node: node("nope", NodeKind::Initiative),
    };
    assert!(matches!(refused(unknown), EditError::UnknownNode { .. }));
    let duplicate = Edit::AddNode {
        node: node("arr", NodeKind::Initiative),
        index: None,
    };
    assert!(matches!(
        refused(duplicate),
        EditError::DuplicateNode { .. }
    ));
    let again = Edit::AddLink {
        link: drives("customers", "arr"),
    };
    assert!(matches!(refused(again), EditError::DuplicateLink { .. }));
    let selfish = Edit::AddLink {
        link: drives("arr", "arr"),
    };
    assert!(matches!(refused(selfish), EditError::SelfLink { .. }));
    let wrong_kind = Edit::AddLink {
        link: Link::new(LinkKind::Guards, id("sso"), id("arr")),
    };
    assert!(matches!(
        refused(wrong_kind),
        EditError::KindNotAllowed { .. }
    ));
    let mut strong = drives("sso", "arr");
    strong.strength = Some(Strength::Strong);
    assert!(matches!(
        refused(Edit::AddLink { link: strong }),
        EditError::StrengthNotAllowed { .. }
    ));
    let gone = LinkKey {
        kind: LinkKind::Drives,
        from: id("sso"),
        to: id("arr"),
    };
    assert!(matches!(
        refused(Edit::RemoveLinks { keys: vec![gone] }),
        EditError::UnknownLink { .. }
    ));
    let far = Edit::AddNode {
        node: node("x", NodeKind::Initiative),
        index: Some(6),
    };
    assert!(matches!(refused(far), EditError::IndexOutOfRange { .. }));
    assert!(matches!(
        refused(Edit::RenameTree {
            name: String::new()
        }),
        EditError::EmptyName { .. }
    ));
}

#[test]
fn a_kind_change_must_fit_the_links() {
    // sso impacts customers: sso cannot become a business KPI.
    let edit = Edit::UpdateNode {
        node: node("sso", NodeKind::BusinessKpi),
    };
    assert!(matches!(refused(edit), EditError::KindNotAllowed { .. }));
}

#[test]
fn a_move_with_a_bad_number_is_refused_whole() {
    let moves = vec![
        NodeMove {
            id: id("arr"),
            position: Position { x: 1.0, y: 2.0 },
        },
        NodeMove {
            id: id("sso"),
            position: Position {
                x: f64::NAN,
                y: 2.0,
            },
        },
    ];
    assert!(matches!(
        refused(Edit::MoveNodes { moves }),
        EditError::NotFinite { .. }
    ));
}

#[test]
fn a_formula_that_does_not_parse_is_kept() {
    let mut tree = sample();
    let mut arr = tree.nodes[0].clone();
    arr.formula = Some("customers * (".into());
    apply(&mut tree, &Edit::UpdateNode { node: arr.clone() }).unwrap();
    assert_eq!(tree.nodes[0], arr);
}

#[test]
fn removing_nodes_removes_their_links_and_undo_restores_the_order() {
    let mut tree = sample();
    let edit = Edit::RemoveNodes {
        ids: vec![id("customers"), id("arr")],
    };
    let diff = apply(&mut tree, &edit).unwrap();
    assert_eq!(tree.nodes.len(), 3);
    assert!(tree.links.is_empty());
    apply_diff(&mut tree, &diff.reversed()).unwrap();
    assert_eq!(tree, sample());
}

#[test]
fn a_failing_batch_changes_nothing() {
    let batch = Edit::Batch {
        edits: vec![
            Edit::AddNode {
                node: node("new", NodeKind::Initiative),
                index: Some(0),
            },
            Edit::AddLink {
                link: drives("new", "arr"),
            },
            Edit::AddLink {
                link: drives("arr", "new"),
            },
        ],
    };
    assert!(matches!(refused(batch), EditError::Cycle { .. }));
}

#[test]
fn undo_redo_and_a_new_edit_clearing_redo() {
    let mut doc = Document::new(sample());
    let rename = Edit::RenameTree {
        name: "Renamed".into(),
    };
    doc.perform(&rename).unwrap();
    assert_eq!(doc.tree().name, "Renamed");
    doc.undo().unwrap();
    assert_eq!(doc.tree(), &sample());
    doc.redo().unwrap();
    assert_eq!(doc.tree().name, "Renamed");
    doc.undo().unwrap();
    doc.perform(&Edit::SetDescription {
        description: Some("d".into()),
    })
    .unwrap();
    assert!(!doc.can_redo());
    assert_eq!(doc.redo().unwrap(), None);
}

#[test]
fn a_failed_save_keeps_the_document_as_it_was() {
    let mut doc = Document::new(sample());
    let edit = Edit::RenameTree {
        name: "Renamed".into(),
    };
    let failed = doc.perform_with(&edit, |_| {
        Err(EditError::Diff(DiffError {
            position: 0,
            reason: "disk".into(),
        }))
    });
    assert!(failed.is_err());
    assert_eq!(doc.tree(), &sample());
    assert!(!doc.can_undo());
    doc.perform(&edit).unwrap();
    let failed = doc.undo_with(|_| {
        Err(EditError::Diff(DiffError {
            position: 0,
            reason: "disk".into(),
        }))
    });
    assert!(failed.is_err());
    assert_eq!(doc.tree().name, "Renamed");
    assert!(doc.can_undo() && !doc.can_redo());
}

/// A small deterministic generator (xorshift64), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn id(&mut self, tree: &Tree) -> NodeId {
        // Mostly existing ids, sometimes a new or unknown one.
        match tree.nodes.get(self.below(tree.nodes.len() + 2)) {
            Some(node) => node.id.clone(),
            None => id(&format!("n{}", self.below(40))),
        }
    }
}

fn random_edit(rng: &mut Rng, tree: &Tree) -> Edit {
    let kind = NodeKind::ALL[rng.below(NodeKind::ALL.len())];
    let link_kind = LinkKind::ALL[rng.below(LinkKind::ALL.len())];
    match rng.below(10) {
        0 | 1 => {
            let index = Some(rng.below(tree.nodes.len() + 2) as u32);
            Edit::AddNode {
                node: Node::new(rng.id(tree), kind, "n"),
                index,
            }
        }
        2 => {
            let mut node = Node::new(rng.id(tree), kind, "x".repeat(rng.below(3)));
            node.value = Some(rng.below(100) as f64);
            Edit::UpdateNode { node }
        }
        3 => {
            let position = Position {
                x: rng.below(500) as f64,
                y: rng.below(500) as f64,
            };
            let moves = (0..rng.below(4))
                .map(|_| NodeMove {
                    id: rng.id(tree),
                    position,
                })
                .collect();
            Edit::MoveNodes { moves }
        }
        4 => Edit::RemoveNodes {
            ids: (0..rng.below(3)).map(|_| rng.id(tree)).collect(),
        },
        5..=7 => Edit::AddLink {
            link: Link::new(link_kind, rng.id(tree), rng.id(tree)),
        },
        8 if rng.below(2) == 0 && !tree.links.is_empty() => Edit::ReverseLink {
            key: tree.links[rng.below(tree.links.len())].key(),
        },
        9 if rng.below(2) == 0 => Edit::ChangeId {
            id: rng.id(tree),
            new_id: rng.id(tree),
        },
        8 => {
            let keys = tree
                .links
                .iter()
                .filter(|_| rng.below(3) == 0)
                .map(Link::key)
                .collect();
            Edit::RemoveLinks { keys }
        }
        _ => Edit::RenameTree {
            name: format!("tree {}", rng.below(3)),
        },
    }
}

#[test]
fn random_edit_sequences_undo_and_redo_exactly() {
    for seed in 1..=40u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let mut doc = Document::new(sample());
        let mut states = vec![doc.tree().clone()];
        for _ in 0..60 {
            let edit = random_edit(&mut rng, doc.tree());
            let before = doc.tree().clone();
            match doc.perform(&edit) {
                Ok(diff) if !diff.is_empty() => states.push(doc.tree().clone()),
                Ok(_) => assert_eq!(
                    doc.tree(),
                    &before,
                    "seed {seed}: empty diff changed the tree"
                ),
                Err(_) => assert_eq!(
                    doc.tree(),
                    &before,
                    "seed {seed}: refused {edit:?} changed the tree"
                ),
            }
        }
        for expected in states.iter().rev().skip(1) {
            doc.undo().unwrap();
            assert_eq!(doc.tree(), expected, "seed {seed}: undo");
        }
        assert!(!doc.can_undo());
        for expected in states.iter().skip(1) {
            doc.redo().unwrap();
            assert_eq!(doc.tree(), expected, "seed {seed}: redo");
        }
    }
}
