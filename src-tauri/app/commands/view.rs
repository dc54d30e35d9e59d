//! `TreeView`: one tree as the canvas shows it, the document plus what the core
//! derives from it.

use std::collections::BTreeMap;

use kpitree_core::alignment::{self, Alignment};
use kpitree_core::analysis::{statuses_of, Status, StatusThresholds};
use kpitree_core::edit::Document;
use kpitree_core::formula::{compute_values, NodeValue};
use kpitree_core::graph::levels;
use kpitree_core::layout::{measure_faces, route_links, LayoutDirection, NodeFace, Route};
use kpitree_core::model::{Color, Tree, TreeId};
use kpitree_core::store::Store;
use kpitree_core::validate::{self, Problem};
use serde::Serialize;

use crate::error::AppError;

#[derive(Debug, Serialize, specta::Type)]
pub struct TreeView {
    #[specta(type = specta_typescript::Number)]
    pub id: TreeId,
    pub tree: Tree,
    /// Each node's value: entered, or computed from its formula, or an error.
    pub values: BTreeMap<String, NodeValue>,
    /// Each node's level (0 = the North Star row).
    pub levels: BTreeMap<String, u32>,
    pub problems: Vec<Problem>,
    /// Each node's card: its size and its name broken into lines, measured with the
    /// bundled font, so that the canvas, the layout and the export agree.
    pub faces: BTreeMap<String, NodeFace>,
    /// How each link is drawn between the cards where they stand now.
    pub routes: Vec<Route>,
    /// The direction the tree was last laid out in (routes leave parents that way).
    pub direction: LayoutDirection,
    /// When a value is on track, at risk or off track in this tree.
    pub thresholds: StatusThresholds,
    /// Each node's status against its target (nodes with a value and a target).
    pub statuses: BTreeMap<String, Status>,
    /// The colour codes, the alignment findings and the bets on each KPI.
    pub alignment: Alignment,
    /// The colour each link is drawn in, by `KIND-FROM-TO`, where it has one of its
    /// own or (`impacts`) takes its KPI's code; the others take their kind's.
    pub link_colors: BTreeMap<String, Color>,
    /// The colour chips along the top of each card (nodes without are left out).
    pub chips: BTreeMap<String, Vec<Color>>,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// The view of tree `id`, routed in the direction it was last laid out in.
pub fn tree_view(store: &Store, id: TreeId, document: &Document) -> Result<TreeView, AppError> {
    let direction = remembered_direction(store, id)?;
    let tree = document.tree();
    let faces = measure_faces(tree);
    let positions = tree
        .nodes
        .iter()
        .filter_map(|node| Some((node.id.clone(), node.position?)))
        .collect();
    let alignment = alignment::analyse(tree);
    let thresholds = store.status_thresholds(id)?;
    let values = compute_values(tree);
    let statuses = statuses_of(tree, |id| values.get(id).and_then(|v| v.value), &thresholds);
    let link_colors = tree
        .links
        .iter()
        .filter_map(|link| {
            let color = alignment.colors.link(tree, link)?;
            Some((link.key().to_string(), color))
        })
        .collect();
    Ok(TreeView {
        id,
        routes: route_links(tree, &faces, &positions, direction),
        faces: keyed_by_id(faces),
        direction,
        chips: keyed_by_id(alignment.colors.card_chips(tree)),
        link_colors,
        alignment,
        statuses: keyed_by_id(statuses),
        thresholds,
        values: keyed_by_id(values),
        levels: keyed_by_id(levels(tree)),
        problems: validate::check(tree),
        tree: tree.clone(),
        can_undo: document.can_undo(),
        can_redo: document.can_redo(),
    })
}

/// The store key of the direction tree `id` was last laid out in.
fn direction_key(id: TreeId) -> String {
    format!("layout_direction.{id}")
}

pub fn remembered_direction(store: &Store, id: TreeId) -> Result<LayoutDirection, AppError> {
    let text = store.get_setting(&direction_key(id))?;
    Ok(match text.as_deref() {
        Some("left_right") => LayoutDirection::LeftRight,
        _ => LayoutDirection::TopDown,
    })
}

pub fn remember_direction(
    store: &Store,
    id: TreeId,
    direction: LayoutDirection,
) -> Result<(), AppError> {
    let text = match direction {
        LayoutDirection::TopDown => "top_down",
        LayoutDirection::LeftRight => "left_right",
    };
    Ok(store.set_setting(&direction_key(id), text)?)
}

pub(super) fn keyed_by_id<K: ToString, V>(map: BTreeMap<K, V>) -> BTreeMap<String, V> {
    map.into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .collect()
}
