//! Draft ids: the ids that still follow their node's name (SPEC 6: "renaming a
//! node whose id was never used in a formula or shown in an export keeps the id in
//! step with the name").
//!
//! A node drawn in the editor (a quick gesture, the palette, an outline) starts as
//! a draft: its id was made from a placeholder or a first name, and nobody has seen
//! it. It stops being one for good when a formula of its tree names it or when the
//! tree is exported (JSON, SVG or PNG show ids). Nodes that came from a file, a
//! template or the clipboard were never drafts: their ids are someone's.
//!
//! Kept per tree in the store's settings (a JSON list under `draft_ids.ID`). An id
//! renamed keeps its old entry too, so that undoing the rename gives back a node
//! that still follows its name; entries for ids no longer in the tree are harmless
//! (a later node with such an id is one drawn in the editor too, or one pasted,
//! whose id then follows its name until it is used).

use std::collections::BTreeSet;

use crate::model::{Tree, TreeId};
use crate::store::{Store, StoreError};

fn key(id: TreeId) -> String {
    format!("draft_ids.{id}")
}

/// The draft ids of tree `id`.
pub fn draft_ids(store: &Store, id: TreeId) -> Result<BTreeSet<String>, StoreError> {
    let text = store.get_setting(&key(id))?;
    Ok(text
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default())
}

fn write(store: &Store, id: TreeId, ids: &BTreeSet<String>) -> Result<(), StoreError> {
    let text = serde_json::to_string(ids).unwrap_or_else(|_| "[]".to_owned());
    store.set_setting(&key(id), &text)
}

/// Adds `ids` to the drafts of tree `id`.
pub fn add_drafts<'a>(
    store: &Store,
    id: TreeId,
    ids: impl IntoIterator<Item = &'a str>,
) -> Result<(), StoreError> {
    let mut drafts = draft_ids(store, id)?;
    drafts.extend(ids.into_iter().map(str::to_owned));
    write(store, id, &drafts)
}

/// Settles the drafts of tree `id` against `tree` as it is now: ids named by a
/// formula stop being drafts.
pub fn settle_drafts(store: &Store, id: TreeId, tree: &Tree) -> Result<(), StoreError> {
    let drafts = draft_ids(store, id)?;
    if drafts.is_empty() {
        return Ok(());
    }
    let named = ids_in_formulas(tree);
    let kept: BTreeSet<String> = drafts.difference(&named).cloned().collect();
    if kept.len() != drafts.len() {
        write(store, id, &kept)?;
    }
    Ok(())
}

/// Tree `id` was exported: no id of it is a draft any more.
pub fn end_drafts(store: &Store, id: TreeId) -> Result<(), StoreError> {
    if draft_ids(store, id)?.is_empty() {
        return Ok(());
    }
    write(store, id, &BTreeSet::new())
}

/// Every id that a formula of `tree` names (formulas that do not parse name none).
pub fn ids_in_formulas(tree: &Tree) -> BTreeSet<String> {
    tree.nodes
        .iter()
        .filter_map(|node| crate::formula::parse(node.formula.as_deref()?).ok())
        .flat_map(|expr| expr.ids())
        .collect()
}
