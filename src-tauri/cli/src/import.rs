//! `kpitree import FILE.json`: validates the whole file, then adds its tree in one
//! transaction. A file with any error is refused whole and the store is unchanged.

use std::path::Path;

use kpitree_core::interchange;
use kpitree_core::store::Store;

use super::CliError;

pub fn run(store: &mut Store, file: &Path) -> Result<(), CliError> {
    let tree = read_tree_file(file)?;
    let id = store.insert_tree(&tree)?;
    println!("{id}");
    Ok(())
}

/// Reads and validates an interchange file; the error names the file.
pub fn read_tree_file(file: &Path) -> Result<kpitree_core::model::Tree, CliError> {
    let text = std::fs::read_to_string(file).map_err(|error| CliError::io(file, error))?;
    Ok(interchange::read(&text, &file.display().to_string())?)
}
