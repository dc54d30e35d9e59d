//! Planning the edits of values over time (SPEC 8): setting or clearing cells of
//! nodes' histories, and changing the tree's granularity.
//!
//! A history is part of its node, so setting values is one `NodeUpdated` per
//! node touched: undo, redo and the store's writer need nothing new, and a
//! whole pasted block is one undo step. The rules:
//! - every cell names a node of the tree, a period of the tree's granularity and
//!   a finite value (or none, which clears the cell); one bad cell refuses the
//!   whole edit, naming the node and the period;
//! - a later cell for the same node and period wins (a block pasted over itself);
//! - a formula node may hold a history too: the actual values recorded for it
//!   (a CSV of actuals lists every node). They are kept and shown as recorded,
//!   but its value in a period is still what its formula computes from its
//!   drivers' values then (`formula::compute_values_at`), as a formula node's
//!   single `value` is ignored today;
//! - the granularity changes only while no node has a history: a value of
//!   `2026-05` means nothing in a tree of quarters.

use std::collections::BTreeMap;

use super::{Change, Diff, EditError, ValueCell};
use crate::model::{Granularity, HistoryPoint, Node, Period, Tree};

pub(super) fn set(tree: &Tree, cells: &[ValueCell]) -> Result<Diff, EditError> {
    // By position in the tree, so that the diff lists nodes in the tree's order.
    let mut changed: BTreeMap<usize, Node> = BTreeMap::new();
    for cell in cells {
        let index = tree
            .node_index(&cell.node)
            .ok_or_else(|| EditError::UnknownNode {
                id: cell.node.clone(),
            })?;
        if cell.period.granularity() != tree.period {
            return Err(EditError::WrongGranularity {
                id: cell.node.clone(),
                period: cell.period,
                tree: tree.period,
            });
        }
        if cell.value.is_some_and(|value| !value.is_finite()) {
            return Err(EditError::NotFiniteIn {
                id: cell.node.clone(),
                period: cell.period,
            });
        }
        let node = changed
            .entry(index)
            .or_insert_with(|| tree.nodes[index].clone());
        set_point(&mut node.history, cell.period, cell.value);
    }
    let changes = changed
        .into_iter()
        .filter(|(index, after)| &tree.nodes[*index] != after)
        .map(|(index, after)| Change::NodeUpdated {
            before: tree.nodes[index].clone(),
            after,
        });
    Ok(Diff::new(changes.collect()))
}

/// Sets (or with `None` clears) the value of `period`, keeping periods ascending.
fn set_point(history: &mut Vec<HistoryPoint>, period: Period, value: Option<f64>) {
    match (history.binary_search_by(|p| p.period.cmp(&period)), value) {
        (Ok(index), Some(value)) => history[index].value = value,
        (Ok(index), None) => {
            history.remove(index);
        }
        (Err(index), Some(value)) => history.insert(index, HistoryPoint { period, value }),
        (Err(_), None) => {}
    }
}

pub(super) fn set_period(tree: &Tree, period: Granularity) -> Result<Diff, EditError> {
    if tree.period == period {
        return Ok(Diff::default());
    }
    if let Some(node) = tree.nodes.iter().find(|node| !node.history.is_empty()) {
        return Err(EditError::HasHistory {
            id: node.id.clone(),
        });
    }
    Ok(Diff::new(vec![Change::PeriodSet {
        before: tree.period,
        after: period,
    }]))
}

/// A history given whole (a node added or pasted) must fit the tree: periods of
/// its granularity, ascending, each once, and finite values.
pub(super) fn check_history(node: &Node, granularity: Granularity) -> Result<(), EditError> {
    let mut last: Option<Period> = None;
    for point in &node.history {
        let (id, period) = (node.id.clone(), point.period);
        if period.granularity() != granularity {
            let tree = granularity;
            return Err(EditError::WrongGranularity { id, period, tree });
        }
        if !point.value.is_finite() {
            return Err(EditError::NotFiniteIn { id, period });
        }
        if let Some(last) = last.filter(|last| *last >= period) {
            let problem = match last == period {
                true => "twice",
                false => "out of order",
            };
            return Err(EditError::HistoryOrder {
                id,
                period,
                problem,
            });
        }
        last = Some(period);
    }
    Ok(())
}
