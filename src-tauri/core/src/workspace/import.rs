//! The one import: a kpitree JSON file added to the store as a new tree. The whole
//! file is validated first (a file with any error is refused whole and the store is
//! unchanged), the tree gets a name no other tree has ([`unique_name`]), and it is
//! inserted in one transaction. The window's Import and `kpitree import` both call
//! [`import_file`]. A tree whose nodes do not all have a position is laid out
//! top-down before it is stored (a file written by another tool, or by hand,
//! would otherwise be stored with its nodes piled up); a tree where every node has
//! a position keeps them.

use std::path::Path;

use super::arrange::lay_out;
use super::{unique_name, WorkspaceError};
use crate::interchange;
use crate::layout::{Aspect, LayoutDirection, LayoutEngine, LayoutOptions};
use crate::model::{Tree, TreeId};
use crate::store::Store;

/// Adds the tree of the interchange file at `path`, laid out if some of its nodes
/// have no position; returns its id.
pub fn import_file(store: &mut Store, path: &Path) -> Result<TreeId, WorkspaceError> {
    import_tree(store, read_tree_file(path)?)
}

/// Adds `tree`, read and validated by [`read_tree_file`], as [`import_file`] does:
/// for a caller that reads the file before it opens (or creates) the store.
pub fn import_tree(store: &mut Store, mut tree: Tree) -> Result<TreeId, WorkspaceError> {
    tree.name = unique_name(store, &tree.name)?;
    lay_out_if_unplaced(&mut tree, None)?;
    Ok(store.insert_tree(&tree)?)
}

/// Lays `tree` out top-down (pinned nodes stay) unless every node has a position;
/// with an `aspect`, the automatic engine may choose the compact layout for a tree
/// far too wide for it.
pub(super) fn lay_out_if_unplaced(
    tree: &mut Tree,
    aspect: Option<Aspect>,
) -> Result<(), WorkspaceError> {
    if tree.nodes.iter().all(|node| node.position.is_some()) {
        return Ok(());
    }
    let options = LayoutOptions {
        direction: LayoutDirection::TopDown,
        engine: LayoutEngine::Auto,
        aspect,
    };
    Ok(lay_out(tree, &options)?)
}

/// Reads and validates an interchange file; the error names the file.
pub fn read_tree_file(path: &Path) -> Result<Tree, WorkspaceError> {
    let text = std::fs::read_to_string(path).map_err(|error| WorkspaceError::io(path, error))?;
    Ok(interchange::read(&text, &path.display().to_string())?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{measure_faces, overlapping_boxes};
    use crate::model::Position;
    use crate::sample::generated::synthetic;

    fn import(tree: &Tree) -> Tree {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tree.json");
        std::fs::write(&path, interchange::write(tree)).unwrap();
        let mut store = Store::open(dir.path().join("store.db")).unwrap();
        let id = import_file(&mut store, &path).unwrap();
        store.load_tree(id).unwrap()
    }

    #[test]
    fn a_large_tree_without_positions_is_laid_out_on_import() {
        let mut tree = synthetic("Big", 1_000);
        for node in &mut tree.nodes {
            node.position = None;
            node.pinned = false;
        }
        let stored = import(&tree);
        assert!(stored.nodes.iter().all(|n| n.position.is_some()));
        let positions = stored
            .nodes
            .iter()
            .map(|n| (n.id.clone(), n.position.unwrap()))
            .collect();
        let overlaps = overlapping_boxes(&measure_faces(&stored), &positions);
        assert!(
            overlaps.is_empty(),
            "{} overlaps, e.g. {:?}",
            overlaps.len(),
            overlaps.first()
        );
        // More than one row: the drivers sit below the North Star.
        let rows: std::collections::BTreeSet<i64> =
            positions.values().map(|p| p.y.round() as i64).collect();
        assert!(rows.len() > 2, "{rows:?}");
    }

    #[test]
    fn a_tree_with_some_positions_is_laid_out_and_one_with_all_keeps_them() {
        let mut tree = synthetic("Some", 30);
        for (i, node) in tree.nodes.iter_mut().enumerate() {
            node.pinned = false;
            node.position = Some(Position {
                x: 7.0 * i as f64,
                y: 0.0,
            });
        }
        let kept = import(&tree);
        for (before, after) in tree.nodes.iter().zip(&kept.nodes) {
            assert_eq!(before.position, after.position);
        }
        tree.nodes[3].position = None;
        let laid = import(&tree);
        assert!(laid.nodes.iter().all(|n| n.position.is_some()));
        let positions = laid
            .nodes
            .iter()
            .map(|n| (n.id.clone(), n.position.unwrap()))
            .collect();
        assert!(overlapping_boxes(&measure_faces(&laid), &positions).is_empty());
    }
}
