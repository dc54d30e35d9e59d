use super::*;
use crate::layout::measure_faces;
use crate::model::{Link, Node, NodeKind};

fn tree(nodes: &[(&str, f64, f64)], drives: &[(&str, &str)]) -> Tree {
    let mut tree = Tree::new("t");
    for (id, x, y) in nodes {
        let mut node = Node::new(NodeId::new(id).expect("id"), NodeKind::BusinessKpi, *id);
        node.position = Some(Position { x: *x, y: *y });
        tree.nodes.push(node);
    }
    for (from, to) in drives {
        tree.links.push(Link::new(
            LinkKind::Drives,
            NodeId::new(from).expect("id"),
            NodeId::new(to).expect("id"),
        ));
    }
    tree
}

fn id(text: &str) -> NodeId {
    NodeId::new(text).expect("id")
}

/// Every pair of cards keeps the sibling gap between them.
fn assert_apart(boxes: &[CardBox], new: CardBox) {
    for other in boxes {
        assert!(
            !new.crowds(other, SIBLING_GAP - 1e-9),
            "{new:?} crowds {other:?}"
        );
    }
}

#[test]
fn a_second_card_at_the_same_spot_moves_aside() {
    let t = tree(&[("a", 0.0, 0.0)], &[]);
    let faces = measure_faces(&t);
    let boxes = card_boxes(&t, &faces);
    let (w, h) = (boxes[0].width, boxes[0].height);
    let spot = free_spot(
        &boxes,
        Position { x: 0.0, y: 0.0 },
        w,
        h,
        LayoutDirection::TopDown,
    );
    assert_eq!(spot.y, 0.0);
    assert!((spot.x - (w + SIBLING_GAP)).abs() < 1e-9, "{spot:?}");
    assert_apart(
        &boxes,
        CardBox {
            centre: spot,
            width: w,
            height: h,
        },
    );
    let left_right = free_spot(
        &boxes,
        Position { x: 0.0, y: 0.0 },
        w,
        h,
        LayoutDirection::LeftRight,
    );
    assert_eq!(left_right.x, 0.0);
    assert!(left_right.y > 0.0);
}

#[test]
fn a_wished_spot_that_is_free_is_kept() {
    let t = tree(&[("a", 0.0, 0.0)], &[]);
    let faces = measure_faces(&t);
    let boxes = card_boxes(&t, &faces);
    let far = Position {
        x: 2000.0,
        y: 500.0,
    };
    assert_eq!(
        free_spot(&boxes, far, 200.0, 80.0, LayoutDirection::TopDown),
        far
    );
}

#[test]
fn a_crowded_row_is_passed_on_the_nearer_side() {
    // Three cards in a row; the wish is on the last one: the spot goes after it.
    let t = tree(
        &[("a", 0.0, 0.0), ("b", 300.0, 0.0), ("c", 600.0, 0.0)],
        &[],
    );
    let faces = measure_faces(&t);
    let boxes = card_boxes(&t, &faces);
    let (w, h) = (boxes[0].width, boxes[0].height);
    let spot = free_spot(
        &boxes,
        Position { x: 620.0, y: 0.0 },
        w,
        h,
        LayoutDirection::TopDown,
    );
    assert!(spot.x > 600.0, "{spot:?}");
    assert_apart(
        &boxes,
        CardBox {
            centre: spot,
            width: w,
            height: h,
        },
    );
}

#[test]
fn the_first_child_goes_under_its_parent_the_next_after_its_siblings() {
    let t = tree(&[("p", 0.0, 0.0)], &[]);
    let faces = measure_faces(&t);
    let size = (faces[&id("p")].width, faces[&id("p")].height);
    let first = child_spot(&t, &faces, &id("p"), size, LayoutDirection::TopDown).expect("a spot");
    assert_eq!(first.x, 0.0);
    assert!(first.y > size.1, "{first:?}");

    let t = tree(&[("p", 0.0, 0.0), ("c", 0.0, first.y)], &[("c", "p")]);
    let faces = measure_faces(&t);
    let next = child_spot(&t, &faces, &id("p"), size, LayoutDirection::TopDown).expect("a spot");
    assert_eq!(next.y, first.y);
    assert!(next.x >= size.0 + SIBLING_GAP - 1e-9, "{next:?}");
    assert_apart(
        &card_boxes(&t, &faces),
        CardBox {
            centre: next,
            width: size.0,
            height: size.1,
        },
    );
}

#[test]
fn a_sibling_goes_after_its_sibling_and_past_the_cards_beyond() {
    let t = tree(&[("a", 0.0, 0.0), ("b", 280.0, 0.0)], &[]);
    let faces = measure_faces(&t);
    let size = (faces[&id("a")].width, faces[&id("a")].height);
    let spot = sibling_spot(&t, &faces, &id("a"), size, LayoutDirection::TopDown).expect("a spot");
    assert_eq!(spot.y, 0.0);
    assert_apart(
        &card_boxes(&t, &faces),
        CardBox {
            centre: spot,
            width: size.0,
            height: size.1,
        },
    );
    let left_right =
        sibling_spot(&t, &faces, &id("a"), size, LayoutDirection::LeftRight).expect("a spot");
    assert_eq!(left_right.x, 0.0);
    assert!(left_right.y > 0.0);
}

#[test]
fn nodes_without_a_place_have_no_spot() {
    let mut t = tree(&[("p", 0.0, 0.0)], &[]);
    t.nodes[0].position = None;
    let faces = measure_faces(&t);
    assert_eq!(
        child_spot(
            &t,
            &faces,
            &id("p"),
            (200.0, 80.0),
            LayoutDirection::TopDown
        ),
        None
    );
    assert_eq!(
        child_spot(
            &t,
            &faces,
            &id("zz"),
            (200.0, 80.0),
            LayoutDirection::TopDown
        ),
        None
    );
}
