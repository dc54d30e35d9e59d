//! Planning the edits of the tree's own fields: its name, its description and its
//! status thresholds. Each is one change holding the value before and after, so
//! that undo puts back exactly what was there.

use super::{rules, Change, Diff, EditError};
use crate::model::{StatusThresholds, Tree};

pub(super) fn rename(tree: &Tree, name: &str) -> Result<Diff, EditError> {
    rules::check_name("the tree", name)?;
    if tree.name == name {
        return Ok(Diff::default());
    }
    let change = Change::TreeRenamed {
        before: tree.name.clone(),
        after: name.to_owned(),
    };
    Ok(Diff::new(vec![change]))
}

pub(super) fn set_description(
    tree: &Tree,
    description: &Option<String>,
) -> Result<Diff, EditError> {
    if &tree.description == description {
        return Ok(Diff::default());
    }
    let before = tree.description.clone();
    let change = Change::DescriptionSet {
        before,
        after: description.clone(),
    };
    Ok(Diff::new(vec![change]))
}

pub(super) fn set_status_thresholds(
    tree: &Tree,
    thresholds: &StatusThresholds,
) -> Result<Diff, EditError> {
    let checked = StatusThresholds::new(thresholds.on_track_within, thresholds.at_risk_within)?;
    if tree.thresholds == checked {
        return Ok(Diff::default());
    }
    let change = Change::StatusThresholdsSet {
        before: tree.thresholds,
        after: checked,
    };
    Ok(Diff::new(vec![change]))
}
