//! The name a new tree (created, duplicated, imported) gets: its own, or with the
//! first free number after it, so that no two trees of a store share a name and
//! `--tree NAME` stays unambiguous for trees the editor made.

use crate::store::{Store, StoreError};

/// `name`, or `name 2`, `name 3`… whichever no tree of the store has yet.
pub fn unique_name(store: &Store, name: &str) -> Result<String, StoreError> {
    let taken: Vec<String> = store.list_trees()?.into_iter().map(|t| t.name).collect();
    let free = |candidate: &String| !taken.contains(candidate);
    Ok(std::iter::once(name.to_owned())
        .chain((2..).map(|n| format!("{name} {n}")))
        .find(free)
        .unwrap_or_else(|| unreachable!("there is always a free number")))
}
