//! Where a node added by a quick gesture goes: beside its kin, never on another
//! node.
//!
//! - a child (Tab) goes one rank further than its parent along the layout
//!   direction, after the parent's last child across it (centred under the parent
//!   when it is the first);
//! - a sibling (Enter) goes on its sibling's rank, just after it;
//! - a node added from the palette without a drop point goes where asked (the
//!   middle of the view).
//!
//! Whatever the wish, the final place is [`free_spot`]: the wished centre if the
//! new card overlaps no card there (with [`SIBLING_GAP`] around each), else moved
//! across the ranks past the cards in the way, step by step, to the nearest free
//! side. It always ends: each step clears one card, and there are finitely many.

use std::collections::BTreeMap;

use crate::layout::{
    LayoutDirection, NodeFace, RANK_GAP_LEFT_RIGHT, RANK_GAP_TOP_DOWN, SIBLING_GAP,
};
use crate::model::{LinkKind, NodeId, Position, Tree};

/// A card's extent: centre and size, in canvas units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CardBox {
    pub centre: Position,
    pub width: f64,
    pub height: f64,
}

impl CardBox {
    /// Whether the two cards come closer than `gap` to each other.
    fn crowds(&self, other: &CardBox, gap: f64) -> bool {
        let dx = (self.centre.x - other.centre.x).abs();
        let dy = (self.centre.y - other.centre.y).abs();
        dx < (self.width + other.width) / 2.0 + gap && dy < (self.height + other.height) / 2.0 + gap
    }
}

/// The cards of `tree` that have a position, sized by `faces`.
pub fn card_boxes(tree: &Tree, faces: &BTreeMap<NodeId, NodeFace>) -> Vec<CardBox> {
    tree.nodes
        .iter()
        .filter_map(|node| {
            let face = faces.get(&node.id)?;
            Some(CardBox {
                centre: node.position?,
                width: face.width,
                height: face.height,
            })
        })
        .collect()
}

/// The free centre nearest `wished` for a card of `width` × `height` among
/// `boxes`, moving across the ranks of `direction` only.
pub fn free_spot(
    boxes: &[CardBox],
    wished: Position,
    width: f64,
    height: f64,
    direction: LayoutDirection,
) -> Position {
    let moved = |to_far_side: bool| {
        let mut card = CardBox {
            centre: wished,
            width,
            height,
        };
        let mut steps = 0;
        while let Some(blocker) = boxes.iter().find(|b| card.crowds(b, SIBLING_GAP)) {
            card.centre = past(&card, blocker, to_far_side, direction);
            steps += 1;
            if steps > boxes.len() {
                break;
            }
        }
        card.centre
    };
    let (after, before) = (moved(true), moved(false));
    let distance = |p: Position| (p.x - wished.x).abs() + (p.y - wished.y).abs();
    // Ties go after (right, or down in a left-right tree): reading order.
    if distance(before) < distance(after) {
        before
    } else {
        after
    }
}

/// `card`'s centre moved across the ranks just past `blocker`.
fn past(card: &CardBox, blocker: &CardBox, after: bool, direction: LayoutDirection) -> Position {
    let sign = if after { 1.0 } else { -1.0 };
    match direction {
        LayoutDirection::TopDown => Position {
            x: blocker.centre.x + sign * ((blocker.width + card.width) / 2.0 + SIBLING_GAP),
            y: card.centre.y,
        },
        LayoutDirection::LeftRight => Position {
            x: card.centre.x,
            y: blocker.centre.y + sign * ((blocker.height + card.height) / 2.0 + SIBLING_GAP),
        },
    }
}

/// Where a new child of `parent`, of `width` × `height`, goes.
pub fn child_spot(
    tree: &Tree,
    faces: &BTreeMap<NodeId, NodeFace>,
    parent: &NodeId,
    size: (f64, f64),
    direction: LayoutDirection,
) -> Option<Position> {
    let parent_node = tree.nodes.iter().find(|n| &n.id == parent)?;
    let parent_at = parent_node.position?;
    let parent_face = faces.get(parent)?;
    let (width, height) = size;
    let children: Vec<CardBox> = tree
        .links
        .iter()
        .filter(|l| l.kind == LinkKind::Drives && &l.to == parent)
        .filter_map(|l| {
            let node = tree.nodes.iter().find(|n| n.id == l.from)?;
            let face = faces.get(&node.id)?;
            Some(CardBox {
                centre: node.position?,
                width: face.width,
                height: face.height,
            })
        })
        .collect();
    let wished = match direction {
        LayoutDirection::TopDown => {
            let y = parent_at.y + (parent_face.height + height) / 2.0 + RANK_GAP_TOP_DOWN;
            let x = children
                .iter()
                .map(|c| c.centre.x + (c.width + width) / 2.0 + SIBLING_GAP)
                .fold(None, |max: Option<f64>, x| {
                    Some(max.map_or(x, |m| m.max(x)))
                })
                .unwrap_or(parent_at.x);
            Position { x, y }
        }
        LayoutDirection::LeftRight => {
            let x = parent_at.x + (parent_face.width + width) / 2.0 + RANK_GAP_LEFT_RIGHT;
            let y = children
                .iter()
                .map(|c| c.centre.y + (c.height + height) / 2.0 + SIBLING_GAP)
                .fold(None, |max: Option<f64>, y| {
                    Some(max.map_or(y, |m| m.max(y)))
                })
                .unwrap_or(parent_at.y);
            Position { x, y }
        }
    };
    let boxes = card_boxes(tree, faces);
    Some(free_spot(&boxes, wished, width, height, direction))
}

/// Where a new sibling of `node`, of `width` × `height`, goes: just after it on
/// its rank.
pub fn sibling_spot(
    tree: &Tree,
    faces: &BTreeMap<NodeId, NodeFace>,
    node: &NodeId,
    size: (f64, f64),
    direction: LayoutDirection,
) -> Option<Position> {
    let at = tree.nodes.iter().find(|n| &n.id == node)?.position?;
    let face = faces.get(node)?;
    let (width, height) = size;
    let wished = match direction {
        LayoutDirection::TopDown => Position {
            x: at.x + (face.width + width) / 2.0 + SIBLING_GAP,
            y: at.y,
        },
        LayoutDirection::LeftRight => Position {
            x: at.x,
            y: at.y + (face.height + height) / 2.0 + SIBLING_GAP,
        },
    };
    let boxes = card_boxes(tree, faces);
    Some(free_spot(&boxes, wished, width, height, direction))
}

#[cfg(test)]
#[path = "place_tests.rs"]
mod tests;
