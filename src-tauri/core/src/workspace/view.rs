//! [`TreeView`]: one tree as the canvas shows it, the document plus what the core
//! derives from it (values, levels, problems, card faces, link routes, statuses,
//! colour codes, what collapsed branches hide). The window sends one after every
//! command that changes a tree.
//!
//! Invariant: `tree` is the whole tree (search, the inspector and the panels see
//! every node); `hidden` says which nodes the canvas leaves out, and `routes` are
//! routed among the shown cards only.

use std::collections::BTreeMap;

use serde::Serialize;

use super::settings::{collapsed, color_codes, layout_direction, remember_color_codes};
use super::time::{time_choice, time_view, TimeView};
use crate::alignment::{self, Alignment};
use crate::analysis::{statuses_of, Status, StatusThresholds};
use crate::edit::Document;
use crate::formula::{compute_values, compute_values_at, NodeValue};
use crate::graph::{levels, visibility, visible_tree};
use crate::layout::{measure_faces, route_links, LayoutDirection, NodeFace, Route};
use crate::model::look::code_dash;
use crate::model::{Color, Tree, TreeId};
use crate::store::{Store, StoreError};
use crate::validate::{self, Problem};

#[derive(Debug, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TreeView {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub id: TreeId,
    pub tree: Tree,
    /// Each node's value: entered, or computed from its formula, or an error; of
    /// the period shown when the tree has history (`time`).
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
    /// Each node's status against its target (nodes with a value and a target), in
    /// the period shown when the tree has history.
    pub statuses: BTreeMap<String, Status>,
    /// The colour codes, the alignment findings and the bets on each KPI.
    pub alignment: Alignment,
    /// The colour each link is drawn in, by `KIND-FROM-TO`, where it has one of its
    /// own or (`impacts`) takes its KPI's code; the others take their kind's.
    pub link_colors: BTreeMap<String, Color>,
    /// The dashes (`stroke-dasharray`) of each `impacts` link, by `KIND-FROM-TO`, where
    /// they are not the kind's own: past the palette's colours, links of KPIs with
    /// the same colour are told apart by their dashes (`model::look::code_dash`).
    pub link_dashes: BTreeMap<String, String>,
    /// The colour chips along the top of each card (nodes without are left out).
    pub chips: BTreeMap<String, Vec<Color>>,
    pub can_undo: bool,
    pub can_redo: bool,
    /// Ids the edit that made this view changed to follow a new name, old → new
    /// (empty otherwise), so the window's selection can follow them.
    pub renamed: BTreeMap<String, String>,
    /// The period shown, the comparison, each node's change and sparkline; `None`
    /// when no node has a history (the values are then the nodes' single values).
    pub time: Option<TimeView>,
    /// The nodes collapsed in this tree (the window's memory), those in the tree.
    pub collapsed: Vec<String>,
    /// The nodes the collapsed ones hide: not drawn on the canvas.
    pub hidden: Vec<String>,
    /// For each shown collapsed node that hides something, how many (its "+N").
    pub hidden_below: BTreeMap<String, u32>,
}

/// The view of tree `id` (whose document is `document`), routed in the direction
/// it was last laid out in. Its colour codes keep those the tree was shown in
/// before, and the store remembers them (with those given now) for next time.
pub fn tree_view(store: &Store, id: TreeId, document: &Document) -> Result<TreeView, StoreError> {
    let direction = layout_direction(store, id)?;
    let tree = document.tree();
    let faces = measure_faces(tree);
    let folded = collapsed(store, id)?;
    let shown = visibility(tree, &folded);
    let positions = tree
        .nodes
        .iter()
        .filter_map(|node| Some((node.id.clone(), node.position?)))
        .collect();
    let memory = color_codes(store, id)?;
    let alignment = alignment::analyse(tree, &memory);
    remember_color_codes(store, id, &memory, &alignment.colors.memory())?;
    let thresholds = tree.thresholds;
    let time = time_view(tree, time_choice(store, id)?);
    let values = match &time {
        Some((_, period)) => compute_values_at(tree, *period),
        None => compute_values(tree),
    };
    let statuses = statuses_of(tree, |id| values.get(id).and_then(|v| v.value), &thresholds);
    let link_colors = tree
        .links
        .iter()
        .filter_map(|link| {
            let color = alignment.colors.link(tree, link)?;
            Some((link.key().to_string(), color))
        })
        .collect();
    let link_dashes = tree
        .links
        .iter()
        .map(|link| (link, alignment.colors.dash(link)))
        .filter(|(_, variant)| *variant > 0)
        .map(|(link, variant)| (link.key().to_string(), code_dash(variant)))
        .collect();
    Ok(TreeView {
        id,
        routes: if shown.hidden.is_empty() {
            route_links(tree, &faces, &positions, direction)
        } else {
            route_links(&visible_tree(tree, &shown), &faces, &positions, direction)
        },
        faces: keyed_by_id(faces),
        direction,
        chips: keyed_by_id(alignment.colors.card_chips(tree)),
        link_colors,
        link_dashes,
        alignment,
        statuses: keyed_by_id(statuses),
        thresholds,
        values: keyed_by_id(values),
        levels: keyed_by_id(levels(tree)),
        problems: validate::check(tree),
        tree: tree.clone(),
        can_undo: document.can_undo(),
        can_redo: document.can_redo(),
        renamed: BTreeMap::new(),
        time: time.map(|(time, _)| time),
        collapsed: folded
            .iter()
            .filter(|node| tree.nodes.iter().any(|n| &n.id == *node))
            .map(ToString::to_string)
            .collect(),
        hidden: shown.hidden.iter().map(ToString::to_string).collect(),
        hidden_below: shown
            .hidden_below
            .into_iter()
            .map(|(node, count)| (node.to_string(), u32::try_from(count).unwrap_or(u32::MAX)))
            .collect(),
    })
}

/// `map` keyed by the text of its keys (ids), as JSON objects need.
pub fn keyed_by_id<K: ToString, V>(map: BTreeMap<K, V>) -> BTreeMap<String, V> {
    map.into_iter()
        .map(|(key, value)| (key.to_string(), value))
        .collect()
}
