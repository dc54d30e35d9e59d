//! An outline pasted on the canvas, as one edit: the nodes and `drives` links of
//! [`outline_fragment`], laid out among themselves, and placed as a block below the
//! node pasted under (its top lines then drive that node), or where asked for a
//! new tree of its own; the block is moved across the ranks until it covers no
//! card ([`free_spot`] with the block's bounds). One paste is one undo step.

use std::collections::{BTreeMap, BTreeSet};

use super::place::card_boxes;
use super::{child_kind, free_spot, outline_fragment, parse_outline, OutlineError, ROOT_KIND};
use crate::edit::Edit;
use crate::layout::{
    layout, measure_faces, LayoutDirection, LayoutOptions, RANK_GAP_LEFT_RIGHT, RANK_GAP_TOP_DOWN,
};
use crate::model::{Link, LinkKind, NodeId, Position, Tree};

/// The edit that pastes `text` as an outline into `tree`: under node `under` when
/// given, else centred at `at`; and the ids of the new nodes, in outline order.
pub fn outline_edit(
    tree: &Tree,
    text: &str,
    under: Option<&NodeId>,
    at: Position,
    direction: LayoutDirection,
) -> Result<(Edit, Vec<NodeId>), OutlineError> {
    let outline = parse_outline(text)?;
    let parent = match under {
        Some(id) => Some(
            tree.nodes
                .iter()
                .find(|n| &n.id == id)
                .ok_or_else(|| OutlineError::UnknownParent { id: id.to_string() })?,
        ),
        None => None,
    };
    let top_kind = parent.map_or(ROOT_KIND, |p| child_kind(p.kind));
    let taken: BTreeSet<String> = tree.nodes.iter().map(|n| n.id.to_string()).collect();
    let (mut fragment, tops) = outline_fragment(&outline, top_kind, &taken);
    let options = LayoutOptions {
        direction,
        ..LayoutOptions::default()
    };
    let fragment_faces = measure_faces(&fragment);
    let laid_out = layout(&fragment, &fragment_faces, &options)
        .map_err(|error| OutlineError::Layout(error.to_string()))?;
    for node in &mut fragment.nodes {
        node.position = laid_out.positions.get(&node.id).copied();
    }
    let bounds = Bounds::of(&fragment, &fragment_faces);
    let tree_faces = measure_faces(tree);
    let wished = match parent.and_then(|p| Some((p.position?, tree_faces.get(&p.id)?))) {
        Some((parent_at, face)) => match direction {
            LayoutDirection::TopDown => Position {
                x: parent_at.x,
                y: parent_at.y + face.height / 2.0 + RANK_GAP_TOP_DOWN + bounds.height() / 2.0,
            },
            LayoutDirection::LeftRight => Position {
                x: parent_at.x + face.width / 2.0 + RANK_GAP_LEFT_RIGHT + bounds.width() / 2.0,
                y: parent_at.y,
            },
        },
        None => at,
    };
    let boxes = card_boxes(tree, &tree_faces);
    let centre = free_spot(&boxes, wished, bounds.width(), bounds.height(), direction);
    let shift = Position {
        x: (centre.x - bounds.centre().x).round(),
        y: (centre.y - bounds.centre().y).round(),
    };
    let mut edits = Vec::new();
    let mut ids = Vec::new();
    for mut node in fragment.nodes {
        node.position = node.position.map(|p| Position {
            x: p.x + shift.x,
            y: p.y + shift.y,
        });
        ids.push(node.id.clone());
        edits.push(Edit::AddNode { node, index: None });
    }
    for link in fragment.links {
        edits.push(Edit::AddLink { link });
    }
    if let Some(parent) = parent {
        for top in tops {
            let link = Link::new(LinkKind::Drives, top, parent.id.clone());
            edits.push(Edit::AddLink { link });
        }
    }
    Ok((Edit::Batch { edits }, ids))
}

/// The rectangle around a set of cards.
struct Bounds {
    min: Position,
    max: Position,
}

impl Bounds {
    fn of(tree: &Tree, faces: &BTreeMap<NodeId, crate::layout::NodeFace>) -> Bounds {
        let mut bounds = Bounds {
            min: Position {
                x: f64::INFINITY,
                y: f64::INFINITY,
            },
            max: Position {
                x: f64::NEG_INFINITY,
                y: f64::NEG_INFINITY,
            },
        };
        for card in card_boxes(tree, faces) {
            bounds.min.x = bounds.min.x.min(card.centre.x - card.width / 2.0);
            bounds.min.y = bounds.min.y.min(card.centre.y - card.height / 2.0);
            bounds.max.x = bounds.max.x.max(card.centre.x + card.width / 2.0);
            bounds.max.y = bounds.max.y.max(card.centre.y + card.height / 2.0);
        }
        bounds
    }

    fn width(&self) -> f64 {
        self.max.x - self.min.x
    }

    fn height(&self) -> f64 {
        self.max.y - self.min.y
    }

    fn centre(&self) -> Position {
        Position {
            x: (self.min.x + self.max.x) / 2.0,
            y: (self.min.y + self.max.y) / 2.0,
        }
    }
}

#[cfg(test)]
#[path = "paste_tests.rs"]
mod tests;
