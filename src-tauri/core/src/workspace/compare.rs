//! Comparing and merging trees of a store or files (SPEC 10), for the command
//! line and the window: sides are named as [`resolve_side`] reads them.
//!
//! A merged tree is laid out (top-down) when some of its nodes have no position
//! (the union of several drawings has none), as an import is, but for a screen:
//! a tree merged from several squads' is often wide, and one far too wide for the
//! screen gets the compact layout.

use super::import::lay_out_if_unplaced;
use super::snapshots::{resolve_side, Side};
use super::{unique_name, WorkspaceError};
use crate::compare::{diff, TreeDiff};
use crate::layout::Aspect;
use crate::merge::{three_way, union, Choices, Merged, Source};
use crate::model::{Tree, TreeId};
use crate::store::Store;

/// The difference from side `left` to side `right`.
pub fn diff_sides(
    store: Option<&Store>,
    left: &str,
    right: &str,
) -> Result<TreeDiff, WorkspaceError> {
    let (left, right) = (resolve_side(store, left)?, resolve_side(store, right)?);
    Ok(diff(&left.tree, &right.tree))
}

/// The union of the sides `sources`, named `name`; laid out when it has no
/// conflict and nodes without a position.
pub fn merge_sides(
    store: Option<&Store>,
    sources: &[String],
    name: &str,
    choices: &Choices,
) -> Result<Merged, WorkspaceError> {
    let sources = sources
        .iter()
        .map(|text| resolve_side(store, text).map(source))
        .collect::<Result<Vec<_>, _>>()?;
    let mut merged = union(&sources, name, choices)?;
    if merged.conflicts.is_empty() {
        lay_out_if_unplaced(&mut merged.tree, Some(Aspect::SCREEN))?;
    }
    Ok(merged)
}

/// The union of the store's trees `trees`, each named in conflicts and
/// suggestions by its own name, as the window's *Merge trees…* shows it; laid
/// out as [`merge_sides`] does. Names, not ids, make the sides: a tree's name is
/// what the user sees beside each value.
pub fn merge_trees(
    store: &Store,
    trees: &[TreeId],
    name: &str,
    choices: &Choices,
) -> Result<Merged, WorkspaceError> {
    let sources = trees
        .iter()
        .map(|id| {
            let tree = store.load_tree(*id)?;
            Ok(Source {
                name: tree.name.clone(),
                tree,
            })
        })
        .collect::<Result<Vec<_>, WorkspaceError>>()?;
    let mut merged = union(&sources, name, choices)?;
    if merged.conflicts.is_empty() {
        lay_out_if_unplaced(&mut merged.tree, Some(Aspect::SCREEN))?;
    }
    Ok(merged)
}

/// The three-way merge of sides `ours` and `theirs` against `base`, each side
/// named in conflicts as given.
pub fn merge_three_sides(
    store: Option<&Store>,
    base: &str,
    ours: &str,
    theirs: &str,
    choices: &Choices,
) -> Result<Merged, WorkspaceError> {
    let [base, ours, theirs] =
        [base, ours, theirs].map(|text| resolve_side(store, text).map(source));
    let mut merged = three_way(&base?, &ours?, &theirs?, choices)?;
    if merged.conflicts.is_empty() {
        lay_out_if_unplaced(&mut merged.tree, Some(Aspect::SCREEN))?;
    }
    Ok(merged)
}

/// Adds a merged tree to the store under a name no other tree has.
pub fn add_merged(store: &mut Store, mut tree: Tree) -> Result<TreeId, WorkspaceError> {
    tree.name = unique_name(store, &tree.name)?;
    Ok(store.insert_tree(&tree)?)
}

fn source(side: Side) -> Source {
    Source {
        name: side.label,
        tree: side.tree,
    }
}
