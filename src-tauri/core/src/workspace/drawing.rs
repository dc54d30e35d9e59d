//! The editor's quick gestures on a stored tree, as edits the core plans: a node
//! added below, beside or at a point (its id from its name, its place beside its
//! kin: [`crate::drawing`]), a line drawn between two nodes (the link guessed from
//! their kinds), an outline pasted, and a rename whose draft id follows the name
//! ([`super::drafts`]). Each is one edit, so one undo step, saved like any other
//! through [`super::editing`].

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::drafts::{add_drafts, draft_ids, ids_in_formulas};
use super::settings::layout_direction;
use super::WorkspaceError;
use crate::drawing::{
    card_boxes, child_kind, child_spot, free_spot, id_from_name, link_for_connection,
    new_node_name, outline_edit, sibling_spot, Placed,
};
use crate::edit::{paste_edit, Edit, Placement};
use crate::layout::{face_metrics, measure_face, measure_faces, LayoutDirection};
use crate::model::{Direction, Link, LinkKind, Node, NodeId, NodeKind, Position, Tree, TreeId};
use crate::store::Store;

/// Where a new node goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum NewNodePlace {
    /// Below `parent`, driving it (Tab).
    Child { parent: NodeId },
    /// Beside `sibling`, driving what it drives first (Enter).
    Sibling { sibling: NodeId },
    /// At `at` (the palette: a drop point or the middle of the view), or the
    /// nearest free spot.
    At { at: Position },
}

/// The edit that adds a node of `kind` (for a child or a sibling, the kind follows
/// its kin when `None`; a node placed at a point needs one), and the new node's id.
pub fn add_node_edit(
    tree: &Tree,
    kind: Option<NodeKind>,
    place: &NewNodePlace,
    direction: LayoutDirection,
) -> Result<(Edit, NodeId), WorkspaceError> {
    let node_of = |id: &NodeId| node_in(tree, id);
    let kind = match (place, kind) {
        (_, Some(kind)) => kind,
        (NewNodePlace::Child { parent }, None) => child_kind(node_of(parent)?.kind),
        (NewNodePlace::Sibling { sibling }, None) => node_of(sibling)?.kind,
        (NewNodePlace::At { .. }, None) => NodeKind::BusinessKpi,
    };
    let name = new_node_name(kind);
    let taken: BTreeSet<String> = tree.nodes.iter().map(|n| n.id.to_string()).collect();
    let mut node = Node::new(id_from_name(name, kind, &taken), kind, name);
    if kind != NodeKind::HealthMetric {
        node.direction = Some(Direction::Up);
    }
    let face = measure_face(&node, &face_metrics());
    let size = (face.width, face.height);
    let faces = measure_faces(tree);
    let (position, drives) = match place {
        NewNodePlace::Child { parent } => {
            node_of(parent)?;
            let spot = child_spot(tree, &faces, parent, size, direction);
            (spot, Some(parent.clone()))
        }
        NewNodePlace::Sibling { sibling } => {
            node_of(sibling)?;
            let parent = tree
                .links
                .iter()
                .find(|l| l.kind == LinkKind::Drives && &l.from == sibling)
                .map(|l| l.to.clone());
            (sibling_spot(tree, &faces, sibling, size, direction), parent)
        }
        NewNodePlace::At { at } => {
            let boxes = card_boxes(tree, &faces);
            (
                Some(free_spot(&boxes, *at, size.0, size.1, direction)),
                None,
            )
        }
    };
    node.position = Some(rounded(position.unwrap_or(Position { x: 0.0, y: 0.0 })));
    let id = node.id.clone();
    let mut edits = vec![Edit::AddNode { node, index: None }];
    if let Some(parent) = drives {
        edits.push(Edit::AddLink {
            link: Link::new(LinkKind::Drives, id.clone(), parent),
        });
    }
    Ok((Edit::Batch { edits }, id))
}

/// Node `id` of `tree`, or the error that names it.
fn node_in<'t>(tree: &'t Tree, id: &NodeId) -> Result<&'t Node, WorkspaceError> {
    tree.node(id)
        .ok_or_else(|| WorkspaceError::NotFound(format!("node \"{id}\" is not in the tree")))
}

fn rounded(p: Position) -> Position {
    Position {
        x: p.x.round(),
        y: p.y.round(),
    }
}

/// The link a line drawn from node `a` to node `b` makes (SPEC 2's kinds, see
/// [`crate::drawing::link_for_connection`]).
pub fn connect_edit(
    tree: &Tree,
    a: &NodeId,
    b: &NodeId,
    direction: LayoutDirection,
) -> Result<Edit, WorkspaceError> {
    let placed = |id: &NodeId| {
        let node = node_in(tree, id)?;
        Ok::<_, WorkspaceError>(Placed {
            node,
            at: node.position.unwrap_or_default(),
        })
    };
    let link = link_for_connection(placed(a)?, placed(b)?, direction);
    Ok(Edit::AddLink { link })
}

/// `edit`, or, when it renames a node whose id is a draft (and no formula names
/// it), `edit` followed by the change of id that keeps the id in step with the new
/// name; with the new id, when there is one.
pub fn with_id_following_name(
    store: &Store,
    id: TreeId,
    tree: &Tree,
    edit: Edit,
) -> Result<(Edit, Option<(NodeId, NodeId)>), WorkspaceError> {
    let Edit::UpdateNode { node } = &edit else {
        return Ok((edit, None));
    };
    let Some(before) = tree.node(&node.id) else {
        return Ok((edit, None));
    };
    if before.name == node.name || !draft_ids(store, id)?.contains(node.id.as_str()) {
        return Ok((edit, None));
    }
    if ids_in_formulas(tree).contains(node.id.as_str()) {
        return Ok((edit, None));
    }
    let taken: BTreeSet<String> = tree
        .nodes
        .iter()
        .filter(|n| n.id != node.id)
        .map(|n| n.id.to_string())
        .collect();
    let new_id = id_from_name(&node.name, node.kind, &taken);
    if new_id == node.id {
        return Ok((edit, None));
    }
    let old = node.id.clone();
    let change = Edit::ChangeId {
        id: old.clone(),
        new_id: new_id.clone(),
    };
    Ok((
        Edit::Batch {
            edits: vec![edit, change],
        },
        Some((old, new_id)),
    ))
}

/// Remembers `ids` as drafts of tree `id` (nodes just drawn in the editor).
pub fn mark_drafts(store: &Store, id: TreeId, ids: &[NodeId]) -> Result<(), WorkspaceError> {
    Ok(add_drafts(store, id, ids.iter().map(NodeId::as_str))?)
}

/// What a paste of `text` on the canvas adds: kpitree JSON (nodes copied from a
/// tree) pastes those nodes, centred at `at` (where they stood without it); any
/// other text is read as an outline, under `under` or at `at`. Text that starts
/// like JSON but is not a kpitree file is refused with the interchange error, not
/// read as a one-line outline. The ids of the nodes added, and whether they are
/// drafts (an outline is drawn here; copied nodes keep the ids they had).
pub fn paste_text_edit(
    store: &Store,
    id: TreeId,
    tree: &Tree,
    text: &str,
    under: Option<&NodeId>,
    at: Option<Position>,
) -> Result<(Edit, Vec<NodeId>, bool), WorkspaceError> {
    let looks_like_json = text.trim_start().starts_with('{');
    if looks_like_json {
        let fragment = crate::interchange::read(text, "the clipboard")?;
        let placement = match at {
            Some(at) => Placement::CentredAt(at),
            None => Placement::Offset(Position { x: 0.0, y: 0.0 }),
        };
        let (edit, ids) = paste_edit(tree, &fragment, placement);
        return Ok((edit, ids, false));
    }
    let direction = layout_direction(store, id)?;
    let (edit, ids) = outline_edit(tree, text, under, at.unwrap_or_default(), direction)?;
    Ok((edit, ids, true))
}
