//! A value typed for a node that has a history (SPEC 8): the window shows the
//! values of one period, so a value typed in the inspector, or a what-if applied,
//! is that period's value. [`to_shown_period`] turns such a change of a node's
//! `value` into one undo step that sets the node's value in the shown period, and
//! keeps the node's single `value` too while the shown period is the latest (the
//! value the command line, the interchange and trees without time read).
//!
//! A node without history, and every other field, are edited as before.

use super::time::period_shown;
use crate::edit::{Edit, ValueCell};
use crate::model::{Node, Tree, TreeId};
use crate::store::{Store, StoreError};

/// `edit` with every change of the `value` of a node that has a history made a
/// change of its value in the period the window shows.
pub fn to_shown_period(
    store: &Store,
    id: TreeId,
    tree: &Tree,
    edit: Edit,
) -> Result<Edit, StoreError> {
    // Every edit passes here (drags too): look up the shown period only for an
    // edit that changes the value of a node with a history.
    if !changes_a_history_value(tree, &edit) {
        return Ok(edit);
    }
    let Some((shown, latest)) = period_shown(store, id, tree)? else {
        return Ok(edit);
    };
    Ok(rewrite(tree, edit, shown, latest))
}

fn rewrite(tree: &Tree, edit: Edit, shown: crate::model::Period, latest: bool) -> Edit {
    match edit {
        Edit::UpdateNode { node } => match value_change(tree, &node) {
            Some(existing) => {
                let cell = ValueCell {
                    node: node.id.clone(),
                    period: shown,
                    value: node.value,
                };
                let value = if latest { node.value } else { existing.value };
                Edit::Batch {
                    edits: vec![
                        Edit::UpdateNode {
                            node: Node { value, ..node },
                        },
                        Edit::SetValues { values: vec![cell] },
                    ],
                }
            }
            None => Edit::UpdateNode { node },
        },
        Edit::Batch { edits } => Edit::Batch {
            edits: edits
                .into_iter()
                .map(|edit| rewrite(tree, edit, shown, latest))
                .collect(),
        },
        other => other,
    }
}

/// Whether `edit` changes the value of a node with a history.
fn changes_a_history_value(tree: &Tree, edit: &Edit) -> bool {
    match edit {
        Edit::UpdateNode { node } => value_change(tree, node).is_some(),
        Edit::Batch { edits } => edits.iter().any(|edit| changes_a_history_value(tree, edit)),
        _ => false,
    }
}

/// The node as it is, when `updated` changes the value of a node with a history.
fn value_change<'t>(tree: &'t Tree, updated: &Node) -> Option<&'t Node> {
    let existing = tree.node(&updated.id)?;
    (!existing.history.is_empty() && existing.value != updated.value).then_some(existing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Document;
    use crate::model::{NodeId, Period};
    use crate::sample;
    use crate::workspace::editing;
    use crate::workspace::time::{set_time_choice, Compare, TimeChoice};

    fn setup() -> (tempfile::TempDir, Store, TreeId, Document) {
        let folder = tempfile::tempdir().unwrap();
        let mut store = Store::open(folder.path().join("p.db")).unwrap();
        let tree = sample::with_history(sample::saas_arr());
        let id = store.insert_tree(&tree).unwrap();
        let document = Document::new(store.load_tree(id).unwrap());
        (folder, store, id, document)
    }

    fn typed(document: &Document, id: &str, value: f64) -> Edit {
        let mut node = document
            .tree()
            .node(&NodeId::new(id).unwrap())
            .unwrap()
            .clone();
        node.value = Some(value);
        Edit::UpdateNode { node }
    }

    #[test]
    fn a_value_typed_for_the_latest_period_sets_it_and_the_nodes_value_in_one_step() {
        let (_folder, mut store, id, mut document) = setup();
        let latest = document.tree().latest_period().unwrap();
        let edit = typed(&document, "paying_customers", 999.0);
        editing::perform(&mut store, id, &mut document, &edit).unwrap();
        let node = document
            .tree()
            .node(&NodeId::new("paying_customers").unwrap())
            .unwrap();
        assert_eq!(node.value_in(latest), Some(999.0));
        assert_eq!(node.value, Some(999.0));
        editing::undo(&mut store, id, &mut document).unwrap();
        let node = document
            .tree()
            .node(&NodeId::new("paying_customers").unwrap())
            .unwrap();
        assert_eq!(node.value, Some(480.0));
        assert_ne!(node.value_in(latest), Some(999.0));
    }

    #[test]
    fn a_value_typed_while_an_earlier_period_is_shown_sets_that_period_only() {
        let (_folder, mut store, id, mut document) = setup();
        let june = Period::parse("2026-06").unwrap();
        let choice = TimeChoice {
            period: Some(june),
            compare: Compare::Previous,
        };
        set_time_choice(&store, id, &choice).unwrap();
        let edit = typed(&document, "paying_customers", 321.0);
        editing::perform(&mut store, id, &mut document, &edit).unwrap();
        let node = document
            .tree()
            .node(&NodeId::new("paying_customers").unwrap())
            .unwrap();
        assert_eq!(node.value_in(june), Some(321.0));
        assert_eq!(node.value, Some(480.0), "the latest value is not June's");
    }
}
