//! `kpitree snapshot --tree T --name "Q3 review"`: keeps a read-only copy of the
//! tree in the store (SPEC 10) and prints its id; `kpitree list --snapshots`
//! lists them, one a line: `ID<TAB>TREE<TAB>NAME<TAB>TAKEN_AT`.

use kpitree_core::store::Store;
use kpitree_core::workspace::{list_snapshots, take_snapshot};

use super::CliError;

pub fn run(mut store: Store, tree: &str, name: &str) -> Result<(), CliError> {
    let id = take_snapshot(&mut store, tree, name)?;
    println!("{id}");
    Ok(())
}

pub fn list(store: &Store, tree: Option<&str>) -> Result<(), CliError> {
    for snapshot in list_snapshots(store, tree)? {
        println!(
            "{}\t{}\t{}\t{}",
            snapshot.id, snapshot.tree_name, snapshot.name, snapshot.taken_at
        );
    }
    Ok(())
}
