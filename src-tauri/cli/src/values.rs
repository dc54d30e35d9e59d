//! `kpitree values import FILE.csv --tree T` and `kpitree values export --tree T -o
//! OUT.csv` (SPEC 8): thin doors onto the core's values pipeline
//! (`kpitree_core::workspace::values`), which reads and validates the whole file
//! before one edit stores it, so a refused file changes nothing.

use kpitree_core::store::Store;
use kpitree_core::workspace::values::{export_values, import_values};

use super::args::ValuesCommand;
use super::export::write_output;
use super::CliError;

pub fn run(mut store: Store, command: &ValuesCommand) -> Result<(), CliError> {
    match command {
        ValuesCommand::Import { file, tree } => {
            let id = store.find_tree(tree)?;
            let stored = import_values(&mut store, id, file)?;
            println!("{stored}");
            Ok(())
        }
        ValuesCommand::Export { tree, output } => {
            let id = store.find_tree(tree)?;
            write_output(output, export_values(&store, id)?.as_bytes())
        }
    }
}
