//! Copy, paste and duplicate: a selection of nodes travels as a *fragment*, a tree
//! of its own holding those nodes and the links between them (written as
//! interchange JSON on the clipboard, so that it can go to another tree, another
//! store, or a text editor and back). Pasting turns a fragment into one `Batch`
//! edit, so that one undo takes the whole paste back.

use std::collections::{BTreeMap, BTreeSet};

use super::Edit;
use crate::formula::rename_ids;
use crate::model::{NodeId, Position, Tree};

/// Where pasted nodes go.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Placement {
    /// Moved by this much from where they stood (duplicate: beside the originals).
    Offset(Position),
    /// Moved so that the middle of their bounding box lands here (paste at the
    /// pointer or in the middle of the view).
    CentredAt(Position),
}

/// The nodes `ids` of `tree`, in the tree's order, with every link whose two ends
/// are among them. Ids that are not in the tree are left out.
pub fn extract(tree: &Tree, ids: &[NodeId]) -> Tree {
    let wanted: BTreeSet<&NodeId> = ids.iter().collect();
    let mut fragment = Tree::new(tree.name.clone());
    fragment.period = tree.period;
    fragment.nodes = tree
        .nodes
        .iter()
        .filter(|node| wanted.contains(&node.id))
        .cloned()
        .collect();
    fragment.links = tree
        .links
        .iter()
        .filter(|link| wanted.contains(&link.from) && wanted.contains(&link.to))
        .cloned()
        .collect();
    fragment
}

/// The edit that adds `fragment` to `tree`, and the ids its nodes get. An id that
/// is taken becomes the first free `id_2`, `id_3`…; formulas in the fragment follow
/// the renaming. Nodes without a position stay without one. Histories come along
/// when the fragment counts time as `tree` does, else they are left behind (a
/// month's value is no value of a tree of quarters).
pub fn paste_edit(tree: &Tree, fragment: &Tree, placement: Placement) -> (Edit, Vec<NodeId>) {
    let mut taken: BTreeSet<String> = tree.nodes.iter().map(|n| n.id.to_string()).collect();
    let mut renamed = BTreeMap::new();
    for node in &fragment.nodes {
        let id = free_id(node.id.as_str(), &taken);
        taken.insert(id.clone());
        renamed.insert(node.id.to_string(), id);
    }
    let shift = shift_for(fragment, placement);
    let mut edits = Vec::new();
    let mut ids = Vec::new();
    for node in &fragment.nodes {
        let mut node = node.clone();
        node.id = new_id(&renamed, &node.id);
        node.formula = node.formula.map(|text| rename_ids(&text, &renamed));
        if fragment.period != tree.period {
            node.history.clear();
        }
        node.position = node.position.map(|p| Position {
            x: p.x + shift.x,
            y: p.y + shift.y,
        });
        ids.push(node.id.clone());
        edits.push(Edit::AddNode { node, index: None });
    }
    for link in &fragment.links {
        let mut link = link.clone();
        link.from = new_id(&renamed, &link.from);
        link.to = new_id(&renamed, &link.to);
        edits.push(Edit::AddLink { link });
    }
    (Edit::Batch { edits }, ids)
}

/// The id a fragment node got (its own when that was free).
fn new_id(renamed: &BTreeMap<String, String>, id: &NodeId) -> NodeId {
    renamed
        .get(id.as_str())
        .and_then(|text| NodeId::new(text).ok())
        .unwrap_or_else(|| id.clone())
}

/// `base` when free, else its stem (`base` without the digits and underscores at its
/// end, unless that leaves nothing) numbered `_2`, `_3`…, the stem shortened to fit
/// the 64-character id limit. The window's `freeId` (`ui/src/editor/newNode.ts`)
/// follows the same rule: both are tested on `tests/data/free_ids.json`.
pub fn free_id(base: &str, taken: &BTreeSet<String>) -> String {
    if !taken.contains(base) {
        return base.to_owned();
    }
    let stem = base.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_');
    let stem = if stem.is_empty() { base } else { stem };
    (2..)
        .map(|n| {
            let suffix = format!("_{n}");
            let room = 64usize.saturating_sub(suffix.len());
            let cut: String = stem.chars().take(room).collect();
            format!("{cut}{suffix}")
        })
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| unreachable!("there is always a free number"))
}

fn shift_for(fragment: &Tree, placement: Placement) -> Position {
    match placement {
        Placement::Offset(offset) => offset,
        Placement::CentredAt(at) => {
            let placed: Vec<Position> = fragment.nodes.iter().filter_map(|n| n.position).collect();
            if placed.is_empty() {
                return Position { x: 0.0, y: 0.0 };
            }
            let fold = |pick: fn(&Position) -> f64, min: bool| {
                placed.iter().map(pick).fold(
                    if min {
                        f64::INFINITY
                    } else {
                        f64::NEG_INFINITY
                    },
                    |acc, v| if min { acc.min(v) } else { acc.max(v) },
                )
            };
            let middle_x = (fold(|p| p.x, true) + fold(|p| p.x, false)) / 2.0;
            let middle_y = (fold(|p| p.y, true) + fold(|p| p.y, false)) / 2.0;
            Position {
                x: at.x - middle_x,
                y: at.y - middle_y,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::apply;
    use crate::model::{Link, LinkKind, Node, NodeKind};
    use crate::test_trees::id;

    fn tree() -> Tree {
        let mut tree = Tree::new("T");
        let mut arr = Node::new(id("arr"), NodeKind::NorthStar, "ARR");
        arr.formula = Some("seats * price".into());
        arr.position = Some(Position { x: 0.0, y: 0.0 });
        let mut seats = Node::new(id("seats"), NodeKind::BusinessKpi, "Seats");
        seats.position = Some(Position {
            x: -100.0,
            y: 200.0,
        });
        let mut price = Node::new(id("price"), NodeKind::BusinessKpi, "Price");
        price.position = Some(Position { x: 100.0, y: 200.0 });
        tree.nodes = vec![arr, seats, price];
        tree.links = vec![
            Link::new(LinkKind::Drives, id("seats"), id("arr")),
            Link::new(LinkKind::Drives, id("price"), id("arr")),
        ];
        tree
    }

    #[test]
    fn extract_keeps_only_links_inside_the_selection() {
        let fragment = extract(&tree(), &[id("arr"), id("seats"), id("nope")]);
        let ids: Vec<_> = fragment.nodes.iter().map(|n| n.id.as_str()).collect();
        assert_eq!(ids, ["arr", "seats"]);
        assert_eq!(fragment.links.len(), 1);
    }

    #[test]
    fn pasting_into_the_same_tree_renames_ids_and_formulas() {
        let mut target = tree();
        let fragment = extract(&target, &[id("arr"), id("seats"), id("price")]);
        let offset = Position { x: 40.0, y: 40.0 };
        let (edit, ids) = paste_edit(&target, &fragment, Placement::Offset(offset));
        let names: Vec<_> = ids.iter().map(NodeId::as_str).collect();
        assert_eq!(names, ["arr_2", "seats_2", "price_2"]);
        apply(&mut target, &edit).unwrap();
        let pasted = target.node(&id("arr_2")).unwrap();
        assert_eq!(pasted.formula.as_deref(), Some("seats_2 * price_2"));
        assert_eq!(pasted.position, Some(Position { x: 40.0, y: 40.0 }));
        assert_eq!(target.links.len(), 4);
        assert!(crate::validate::is_valid(&target));
    }

    #[test]
    fn pasting_centred_moves_the_middle_of_the_fragment() {
        let target = Tree::new("Empty");
        let fragment = extract(&tree(), &[id("seats"), id("price")]);
        let at = Position { x: 500.0, y: 500.0 };
        let (Edit::Batch { edits }, ids) = paste_edit(&target, &fragment, Placement::CentredAt(at))
        else {
            panic!("a paste is a batch");
        };
        assert_eq!(ids, [id("seats"), id("price")]);
        let Edit::AddNode { node, .. } = &edits[0] else {
            panic!("nodes come first");
        };
        assert_eq!(node.position, Some(Position { x: 400.0, y: 500.0 }));
    }

    #[test]
    fn free_ids_count_up_and_fit_the_limit() {
        let taken: BTreeSet<String> = ["a", "a_2", "b_3"].iter().map(|s| s.to_string()).collect();
        assert_eq!(free_id("a", &taken), "a_3");
        assert_eq!(free_id("b_3", &taken), "b_2");
        assert_eq!(free_id("c", &taken), "c");
        let long = "x".repeat(64);
        let taken: BTreeSet<String> = [long.clone()].into_iter().collect();
        let free = free_id(&long, &taken);
        assert_eq!(free.len(), 64);
        assert!(free.ends_with("_2"));
    }

    /// The cases the window's `freeId` (ui/src/editor/newNode.ts) is tested on too,
    /// so that the two cannot drift apart.
    #[test]
    fn free_ids_follow_the_table_shared_with_the_ui() {
        #[derive(serde::Deserialize)]
        struct Case {
            why: String,
            base: String,
            taken: BTreeSet<String>,
            free: String,
        }
        let cases: Vec<Case> =
            serde_json::from_str(include_str!("../../../../tests/data/free_ids.json"))
                .expect("tests/data/free_ids.json is a list of cases");
        assert!(cases.len() >= 10);
        for case in cases {
            let free = free_id(&case.base, &case.taken);
            assert_eq!(free, case.free, "{}", case.why);
            assert!(NodeId::new(&free).is_ok(), "{}: {free}", case.why);
        }
    }
}
