//! `kpitree list`: one line a tree, `ID<TAB>NAME<TAB>N nodes<TAB>M links`, so that
//! scripts can cut it and people can read it.

use kpitree_core::store::Store;

use super::CliError;

pub fn run(store: &Store) -> Result<(), CliError> {
    for tree in store.list_trees()? {
        println!(
            "{}\t{}\t{} nodes\t{} links",
            tree.id, tree.name, tree.node_count, tree.link_count
        );
    }
    Ok(())
}
