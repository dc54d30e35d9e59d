use super::*;
use crate::edit::apply;
use crate::layout::overlapping_boxes;
use crate::model::{Node, NodeKind};

fn zira_top() -> Tree {
    let mut tree = Tree::new("Zira");
    let mut arr = Node::new(NodeId::new("arr").expect("id"), NodeKind::NorthStar, "ARR");
    arr.position = Some(Position { x: 0.0, y: 0.0 });
    tree.nodes.push(arr);
    tree
}

/// Every node of `tree` is placed, and no two cards overlap.
fn assert_no_card_overlaps(tree: &Tree) {
    let faces = measure_faces(tree);
    let positions = tree
        .nodes
        .iter()
        .map(|n| (n.id.clone(), n.position.expect("placed")))
        .collect();
    assert_eq!(
        overlapping_boxes(&faces, &positions),
        Vec::<(NodeId, NodeId)>::new()
    );
}

fn pasted(tree: &mut Tree, text: &str, under: Option<&str>) -> Vec<NodeId> {
    let under = under.map(|id| NodeId::new(id).expect("id"));
    let (edit, ids) = outline_edit(
        tree,
        text,
        under.as_ref(),
        Position { x: 0.0, y: 0.0 },
        LayoutDirection::TopDown,
    )
    .expect("an edit");
    apply(tree, &edit).expect("applies");
    ids
}

#[test]
fn an_outline_pasted_under_a_node_drives_it_and_covers_no_card() {
    let mut tree = zira_top();
    let ids = pasted(
        &mut tree,
        "Paying customers\n\tNet new customers\n\t\tAcquired\n\t\tChurned\nSeats per customer\nPrice per seat",
        Some("arr"),
    );
    assert_eq!(ids.len(), 6);
    let drives_arr: Vec<&str> = tree
        .links
        .iter()
        .filter(|l| l.to.as_str() == "arr")
        .map(|l| l.from.as_str())
        .collect();
    assert_eq!(
        drives_arr,
        ["paying_customers", "seats_per_customer", "price_per_seat"]
    );
    assert!(tree.nodes.iter().all(|n| n.position.is_some()));
    assert_no_card_overlaps(&tree);
    // Below the North Star: every new card is lower than ARR.
    let arr_y = tree.nodes[0].position.expect("placed").y;
    assert!(tree.nodes[1..]
        .iter()
        .all(|n| n.position.expect("placed").y > arr_y));
}

#[test]
fn a_second_paste_lands_beside_the_first() {
    let mut tree = zira_top();
    pasted(&mut tree, "Customers\n\tAcquired", Some("arr"));
    let second = pasted(&mut tree, "Customers\n\tAcquired", Some("arr"));
    assert_eq!(second[0].as_str(), "customers_2");
    assert_eq!(second[1].as_str(), "acquired_2");
    assert_no_card_overlaps(&tree);
}

#[test]
fn an_outline_with_no_parent_is_a_new_tree_of_its_own() {
    let mut tree = Tree::new("blank");
    let ids = pasted(&mut tree, "Nights booked\n  Guests\n  Hosts", None);
    assert_eq!(tree.nodes[0].kind, NodeKind::NorthStar);
    assert_eq!(tree.nodes[1].kind, NodeKind::BusinessKpi);
    assert_eq!(ids.len(), 3);
    assert_eq!(tree.links.len(), 2);
}

#[test]
fn a_bad_outline_or_parent_is_refused() {
    let tree = zira_top();
    let at = Position { x: 0.0, y: 0.0 };
    let missing = NodeId::new("nope").expect("id");
    assert!(matches!(
        outline_edit(&tree, "A", Some(&missing), at, LayoutDirection::TopDown),
        Err(OutlineError::UnknownParent { .. })
    ));
    assert!(matches!(
        outline_edit(&tree, "A\tx", None, at, LayoutDirection::TopDown),
        Err(OutlineError::NotANumber { line: 1, .. })
    ));
}
