//! The one entry point of editing: plan the edit against the tree (every rule is
//! checked there, nothing is changed), then apply the planned diff.

use super::{apply_diff, identity, links, nodes, tree_fields, values, Diff, Edit, EditError};
use crate::model::Tree;

/// Performs `edit` on `tree` and returns what changed. On error the tree is
/// unchanged. An edit that changes nothing returns an empty diff.
pub fn apply(tree: &mut Tree, edit: &Edit) -> Result<Diff, EditError> {
    if let Edit::Batch { edits } = edit {
        return apply_batch(tree, edits);
    }
    let diff = plan(tree, edit)?;
    apply_diff(tree, &diff)?;
    Ok(diff)
}

fn plan(tree: &Tree, edit: &Edit) -> Result<Diff, EditError> {
    match edit {
        Edit::AddNode { node, index } => nodes::add(tree, node, *index),
        Edit::UpdateNode { node } => nodes::update(tree, node),
        Edit::MoveNodes { moves } => nodes::move_all(tree, moves),
        Edit::RemoveNodes { ids } => nodes::remove(tree, ids),
        Edit::AddLink { link } => links::add(tree, link),
        Edit::UpdateLink { link } => links::update(tree, link),
        Edit::RemoveLinks { keys } => links::remove(tree, keys),
        Edit::ReverseLink { key } => links::reverse(tree, key),
        Edit::ChangeId { id, new_id } => identity::change_id(tree, id, new_id),
        Edit::RenameTree { name } => tree_fields::rename(tree, name),
        Edit::SetDescription { description } => tree_fields::set_description(tree, description),
        Edit::SetStatusThresholds { thresholds } => {
            tree_fields::set_status_thresholds(tree, thresholds)
        }
        Edit::SetValues { values } => values::set(tree, values),
        Edit::SetPeriod { period } => values::set_period(tree, *period),
        Edit::Batch { .. } => Ok(Diff::default()),
    }
}

/// Each edit of a batch sees the tree left by the ones before it; when one is
/// refused, the ones already applied are undone.
fn apply_batch(tree: &mut Tree, edits: &[Edit]) -> Result<Diff, EditError> {
    let mut done = Diff::default();
    for edit in edits {
        match apply(tree, edit) {
            Ok(diff) => done.extend(diff),
            Err(error) => {
                let undone = apply_diff(tree, &done.reversed());
                debug_assert!(undone.is_ok(), "the inverse of an applied diff must fit");
                return Err(error);
            }
        }
    }
    Ok(done)
}
