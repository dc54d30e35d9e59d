//! `kpitree import FILE.json`: the core's one import (the window's Import calls it
//! too): validates the whole file, names the tree so that no other tree of the
//! store has its name ("Growth" becomes "Growth 2"), then adds it in one
//! transaction. A file with any error is refused whole and the store is unchanged.
//! Prints the new tree's id.

use std::path::Path;

use kpitree_core::store::Store;
use kpitree_core::workspace::import_file;

use super::CliError;

pub fn run(store: &mut Store, file: &Path) -> Result<(), CliError> {
    let id = import_file(store, file)?;
    println!("{id}");
    Ok(())
}
