//! `kpitree import FILE.json`: the core's one import (the window's Import calls it
//! too): validates the whole file, names the tree so that no other tree of the
//! store has its name ("Growth" becomes "Growth 2"), then adds it in one
//! transaction. A file with any error is refused whole and the store is unchanged;
//! the file is read and validated before the store is opened, so that a refused
//! file never creates a store. Prints the new tree's id.

use std::path::Path;

use kpitree_core::store::Store;
use kpitree_core::workspace::{import_tree, read_tree_file};

use super::CliError;

pub fn run(
    open_store: impl FnOnce() -> Result<Store, CliError>,
    file: &Path,
) -> Result<(), CliError> {
    let tree = read_tree_file(file)?;
    let id = import_tree(&mut open_store()?, tree)?;
    println!("{id}");
    Ok(())
}
