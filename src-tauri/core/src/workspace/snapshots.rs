//! Snapshots as the window and the command line use them (SPEC 10): taken of a
//! tree named by name or id, listed, restored as a new tree, and a side of a
//! comparison or merge named `TREE`, `TREE@SNAPSHOT` or a file.

use std::path::Path;

use super::{read_tree_file, unique_name, WorkspaceError};
use crate::model::{Tree, TreeId};
use crate::store::{SnapshotId, SnapshotSummary, Store};

/// Keeps a copy of the tree `tree` (name or id) named `name`; returns its id.
pub fn take_snapshot(
    store: &mut Store,
    tree: &str,
    name: &str,
) -> Result<SnapshotId, WorkspaceError> {
    let id = store.find_tree(tree)?;
    Ok(store.take_snapshot(id, name)?)
}

/// The snapshots of `tree` (name or id), or of every tree.
pub fn list_snapshots(
    store: &Store,
    tree: Option<&str>,
) -> Result<Vec<SnapshotSummary>, WorkspaceError> {
    let id = tree.map(|tree| store.find_tree(tree)).transpose()?;
    Ok(store.list_snapshots(id)?)
}

/// Snapshot `snapshot` of tree `tree` as it is shown and exported: with the tree's
/// status thresholds (a snapshot does not keep its own).
pub fn snapshot_as_shown(
    store: &Store,
    tree: TreeId,
    snapshot: SnapshotId,
) -> Result<Tree, WorkspaceError> {
    let mut copy = store.load_snapshot(snapshot)?;
    copy.thresholds = store.status_thresholds(tree)?;
    Ok(copy)
}

/// Adds the tree snapshot `snapshot` keeps as a new tree (named as it was, or
/// with the first free number); returns the new tree's id.
pub fn restore_snapshot(store: &mut Store, snapshot: SnapshotId) -> Result<TreeId, WorkspaceError> {
    let mut tree = store.load_snapshot(snapshot)?;
    tree.name = unique_name(store, &tree.name)?;
    Ok(store.insert_tree(&tree)?)
}

/// Where a side of a comparison or merge comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SideOrigin {
    File,
    Tree(TreeId),
    Snapshot(TreeId, SnapshotId),
}

/// A side read: what it is called in messages and conflicts, and its tree.
#[derive(Debug, Clone, PartialEq)]
pub struct Side {
    pub label: String,
    pub origin: SideOrigin,
    pub tree: Tree,
}

/// The tree `text` names: an interchange file when a file of that path exists,
/// else, in `store`, the snapshot `TREE@SNAPSHOT` or the tree `NAME_OR_ID` (a
/// tree whose own name holds `@` is found by that name first).
pub fn resolve_side(store: Option<&Store>, text: &str) -> Result<Side, WorkspaceError> {
    let path = Path::new(text);
    if path.is_file() {
        return Ok(Side {
            label: text.to_owned(),
            origin: SideOrigin::File,
            tree: read_tree_file(path)?,
        });
    }
    let Some(store) = store else {
        return Err(WorkspaceError::NotFound(format!(
            "{text}: no such file (and no store to find a tree of that name in)"
        )));
    };
    let whole = store.find_tree(text);
    if let Ok(id) = whole {
        return Ok(Side {
            label: text.to_owned(),
            origin: SideOrigin::Tree(id),
            tree: store.load_tree(id)?,
        });
    }
    let Some((tree, snapshot)) = text.rsplit_once('@') else {
        return Err(WorkspaceError::NotFound(format!(
            "{text} is no file, and {}",
            whole.err().map(|e| e.to_string()).unwrap_or_default()
        )));
    };
    let id = store.find_tree(tree)?;
    let snapshot = store.find_snapshot(id, snapshot)?;
    Ok(Side {
        label: text.to_owned(),
        origin: SideOrigin::Snapshot(id, snapshot),
        tree: store.load_snapshot(snapshot)?,
    })
}
