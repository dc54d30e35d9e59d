//! The one import: a kpitree JSON file added to the store as a new tree. The whole
//! file is validated first (a file with any error is refused whole and the store is
//! unchanged), the tree gets a name no other tree has ([`unique_name`]), and it is
//! inserted in one transaction. The window's Import and `kpitree import` both call
//! [`import_file`].

use std::path::Path;

use super::{unique_name, WorkspaceError};
use crate::interchange;
use crate::model::{Tree, TreeId};
use crate::store::Store;

/// Adds the tree of the interchange file at `path`; returns its id.
pub fn import_file(store: &mut Store, path: &Path) -> Result<TreeId, WorkspaceError> {
    let mut tree = read_tree_file(path)?;
    tree.name = unique_name(store, &tree.name)?;
    Ok(store.insert_tree(&tree)?)
}

/// Reads and validates an interchange file; the error names the file.
pub fn read_tree_file(path: &Path) -> Result<Tree, WorkspaceError> {
    let text = std::fs::read_to_string(path).map_err(|error| WorkspaceError::io(path, error))?;
    Ok(interchange::read(&text, &path.display().to_string())?)
}
