//! What the store remembers beside the trees, as typed values: the direction each
//! tree was last laid out in, where the user left each tree (viewport, selection),
//! which nodes of each tree are collapsed,
//! the colour codes each tree's KPIs were shown in, the folder each file dialog
//! used last and the tree opened last. Each is a plain
//! setting (text under a key, one statement, so each write is atomic); none is an
//! edit, and none has undo.
//!
//! A remembered value that no longer reads (an older format, a folder since
//! deleted) is treated as never remembered: not worth an error.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::WorkspaceError;
use crate::alignment::CodeMemory;
use crate::layout::LayoutDirection;
use crate::model::{NodeId, TreeId, TreeSummary};
use crate::store::{Store, StoreError};

/// The store key of the direction tree `id` was last laid out in.
fn direction_key(id: TreeId) -> String {
    format!("layout_direction.{id}")
}

/// The direction tree `id` was last laid out in (top-down until it is laid out).
pub fn layout_direction(store: &Store, id: TreeId) -> Result<LayoutDirection, StoreError> {
    let text = store.get_setting(&direction_key(id))?;
    Ok(match text.as_deref() {
        Some("left_right") => LayoutDirection::LeftRight,
        _ => LayoutDirection::TopDown,
    })
}

pub fn set_layout_direction(
    store: &Store,
    id: TreeId,
    direction: LayoutDirection,
) -> Result<(), StoreError> {
    let text = match direction {
        LayoutDirection::TopDown => "top_down",
        LayoutDirection::LeftRight => "left_right",
    };
    store.remember_setting(&direction_key(id), text)
}

/// The canvas's pan (`x`, `y`, in screen pixels) and zoom.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Viewport {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub x: f64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub y: f64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub zoom: f64,
}

/// Where the user left a tree, so that reopening the app returns to the same view.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ViewState {
    /// `None` until the user pans or zooms (the canvas then fits the tree).
    pub viewport: Option<Viewport>,
    /// Selected node ids.
    pub nodes: Vec<String>,
    /// Selected links, as `KIND-FROM-TO`.
    pub links: Vec<String>,
}

fn view_state_key(id: TreeId) -> String {
    format!("view_state.{id}")
}

/// How tree `id` was shown last; `None` the first time.
pub fn view_state(store: &Store, id: TreeId) -> Result<Option<ViewState>, StoreError> {
    let text = store.get_setting(&view_state_key(id))?;
    Ok(text.and_then(|text| serde_json::from_str(&text).ok()))
}

/// Remembers how tree `id` is shown; refuses a viewport that is not finite or has
/// no positive zoom (the canvas could not show it).
pub fn set_view_state(
    store: &Store,
    id: TreeId,
    view_state: &ViewState,
) -> Result<(), WorkspaceError> {
    if let Some(Viewport { x, y, zoom }) = view_state.viewport {
        if ![x, y, zoom].iter().all(|v| v.is_finite()) || zoom <= 0.0 {
            return Err(WorkspaceError::Invalid(
                "the viewport must be finite numbers with a positive zoom".into(),
            ));
        }
    }
    let text = serde_json::to_string(view_state)
        .map_err(|error| WorkspaceError::Invalid(error.to_string()))?;
    Ok(store.remember_setting(&view_state_key(id), &text)?)
}

fn collapsed_key(id: TreeId) -> String {
    format!("collapsed.{id}")
}

/// The nodes collapsed in tree `id` (none until one is). Ids that are no longer in
/// the tree may remain: [`crate::graph::visibility`] ignores them.
pub fn collapsed(store: &Store, id: TreeId) -> Result<BTreeSet<NodeId>, StoreError> {
    let text = store.get_setting(&collapsed_key(id))?;
    Ok(text
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default())
}

/// Collapses `node` in tree `id` (or expands it, with `collapsed` false) and
/// returns the nodes collapsed now. Like the view state, the window's memory, not
/// an edit: no undo, and on a read-only store kept in memory until the window
/// closes.
pub fn set_collapsed(
    store: &Store,
    id: TreeId,
    node: &NodeId,
    collapsed_now: bool,
) -> Result<BTreeSet<NodeId>, StoreError> {
    let mut set = collapsed(store, id)?;
    let changed = if collapsed_now {
        set.insert(node.clone())
    } else {
        set.remove(node)
    };
    if changed {
        let text = serde_json::to_string(&set).unwrap_or_default();
        store.remember_setting(&collapsed_key(id), &text)?;
    }
    Ok(set)
}

/// The store key of the colour codes tree `id`'s KPIs were shown in.
fn color_codes_key(id: TreeId) -> String {
    format!("color_codes.{id}")
}

/// The automatic colour codes tree `id`'s KPIs were last shown in (by the window's
/// view or an export), by node; empty for a tree never shown. A setting rather than
/// a table: like the view state, it is how the tree was shown, not part of the tree
/// (no undo, not in its JSON), read and written whole, one small JSON text per tree.
pub fn color_codes(store: &Store, id: TreeId) -> Result<CodeMemory, StoreError> {
    let text = store.get_setting(&color_codes_key(id))?;
    Ok(text
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default())
}

/// Remembers the colour codes tree `id` was just shown in; written only when they
/// changed (a view is built after every edit).
pub fn remember_color_codes(
    store: &Store,
    id: TreeId,
    before: &CodeMemory,
    now: &CodeMemory,
) -> Result<(), StoreError> {
    if before == now {
        return Ok(());
    }
    let text = serde_json::to_string(now).unwrap_or_default();
    store.remember_setting(&color_codes_key(id), &text)
}

/// What a file dialog is for; each opens in the folder used last for its purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderPurpose {
    Import,
    Export,
}

fn folder_key(purpose: FolderPurpose) -> &'static str {
    match purpose {
        FolderPurpose::Import => "last_folder.import",
        FolderPurpose::Export => "last_folder.export",
    }
}

/// The folder used last for `purpose`, while it still exists.
pub fn last_folder(store: &Store, purpose: FolderPurpose) -> Result<Option<PathBuf>, StoreError> {
    let folder = store.get_setting(folder_key(purpose))?;
    Ok(folder.map(PathBuf::from).filter(|folder| folder.is_dir()))
}

/// Remembers the folder of `path` (a file just imported or exported).
pub fn remember_folder(
    store: &Store,
    purpose: FolderPurpose,
    path: &Path,
) -> Result<(), StoreError> {
    match path.parent().and_then(Path::to_str) {
        Some(folder) if !folder.is_empty() => store.remember_setting(folder_key(purpose), folder),
        _ => Ok(()),
    }
}

/// The store key of the tree the user had open last.
const LAST_TREE: &str = "last_tree_id";

/// The tree to open at startup, of the store's `trees`: the one open last, or the
/// first tree when that one was deleted (or none was remembered); `None` in an
/// empty store.
pub fn last_tree(store: &Store, trees: &[TreeSummary]) -> Result<Option<TreeId>, StoreError> {
    let remembered = store
        .get_setting(LAST_TREE)?
        .and_then(|text| text.parse::<TreeId>().ok());
    Ok(remembered
        .filter(|id| trees.iter().any(|tree| tree.id == *id))
        .or_else(|| trees.first().map(|tree| tree.id)))
}

pub fn set_last_tree(store: &Store, id: TreeId) -> Result<(), StoreError> {
    store.remember_setting(LAST_TREE, &id.to_string())
}
