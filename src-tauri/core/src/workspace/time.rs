//! Time in the tree view (SPEC 8): the period the user picked to look at and what
//! to compare it with ([`TimeChoice`], remembered per tree like the view state),
//! and what the window shows of it ([`TimeView`]: the periods, the change of each
//! node against the comparison, each node's sparkline).
//!
//! Invariants:
//! - a tree without any history has no [`TimeView`], and its view is what it was
//!   before time existed;
//! - the period shown is the one chosen while some node has a value in it, else
//!   the latest period with any value; the comparison is given only when its
//!   period has some value too (the previous period is the one just before, not
//!   the last one with values: a gap is shown as a gap);
//! - values in the changes and sparklines are those `compute_values_at` gives
//!   (formula nodes computed per period), read through one
//!   [`compute_series`] of all the periods.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::export::{format_period, NodeTime, SvgTime};
use crate::formula::compute_series;
use crate::model::{Direction, NodeId, Period, Tree, TreeId};
use crate::store::{Store, StoreError};

/// What to compare the shown period with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Compare {
    /// No comparison.
    None,
    /// The period just before the shown one.
    #[default]
    Previous,
    /// The same month, quarter or week a year earlier.
    YearAgo,
    /// A period of the user's choice.
    Period(#[cfg_attr(feature = "specta", specta(type = String))] Period),
}

/// The period the user picked for a tree and what to compare it with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TimeChoice {
    /// `None`: the latest period with any value (follows new values as they come).
    #[cfg_attr(feature = "specta", specta(type = Option<String>))]
    pub period: Option<Period>,
    pub compare: Compare,
}

fn time_choice_key(id: TreeId) -> String {
    format!("time_choice.{id}")
}

/// What the user picked for tree `id`: the latest period against the previous one
/// until they pick something else (or when what was remembered no longer reads).
pub fn time_choice(store: &Store, id: TreeId) -> Result<TimeChoice, StoreError> {
    let text = store.get_setting(&time_choice_key(id))?;
    Ok(text
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default())
}

/// Remembers what the user picked for tree `id` (not written on a read-only
/// store). A period without values is kept: the view falls back to the latest
/// until values come for it.
pub fn set_time_choice(store: &Store, id: TreeId, choice: &TimeChoice) -> Result<(), StoreError> {
    let text = serde_json::to_string(choice).unwrap_or_default();
    store.remember_setting(&time_choice_key(id), &text)
}

/// A node's value in the shown period against the compared one.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NodeChange {
    /// The value in the compared period.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub before: Option<f64>,
    /// Shown minus compared, when both have a value.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub change: Option<f64>,
    /// `change / |before|` (so its sign is the change's), when `before` is not 0.
    #[cfg_attr(feature = "specta", specta(type = Option<specta_typescript::Number>))]
    pub ratio: Option<f64>,
    /// Whether the change is good by the node's direction (up or down is better);
    /// `None` without a direction or without a change (0 or unknown).
    pub good: Option<bool>,
}

/// Time as the window shows it, for a tree with history.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TimeView {
    /// Every period with a value, ascending.
    pub periods: Vec<String>,
    /// How each of `periods` reads on screen (`2026-11`: `Nov 2026`).
    pub labels: BTreeMap<String, String>,
    /// The period shown (the view's values and statuses are of this period).
    pub period: String,
    /// The period compared with, when it has any value.
    pub compare: Option<String>,
    /// What the user picked (which `period` and `compare` follow).
    pub choice: TimeChoice,
    /// By node id: each node with a value in the shown or the compared period
    /// (empty without a comparison).
    pub changes: BTreeMap<String, NodeChange>,
    /// By node id: each node's value in every period of `periods`, for nodes with
    /// at least two values.
    #[cfg_attr(feature = "specta", specta(type = BTreeMap<String, Vec<Option<specta_typescript::Number>>>))]
    pub sparklines: BTreeMap<String, Vec<Option<f64>>>,
}

/// The period to show for `choice` among `periods` (ascending, not empty).
pub fn shown_period(choice: &TimeChoice, periods: &[Period]) -> Option<Period> {
    choice
        .period
        .filter(|period| periods.binary_search(period).is_ok())
        .or_else(|| periods.last().copied())
}

/// `tree` as the window shows tree `id`: with a history, as it stood in the shown
/// period ([`Tree::as_of`]), so that leverage and what-if answer for the period
/// on screen (SPEC 8); without one, `tree` itself.
pub fn tree_as_shown<'t>(
    store: &Store,
    id: TreeId,
    tree: &'t Tree,
) -> Result<Cow<'t, Tree>, StoreError> {
    Ok(match period_shown(store, id, tree)? {
        Some((shown, _)) => Cow::Owned(tree.as_of(shown)),
        None => Cow::Borrowed(tree),
    })
}

/// The period the window shows tree `id` (`tree`) at, and whether it is the
/// latest with a value; `None` when no node has a history.
pub fn period_shown(
    store: &Store,
    id: TreeId,
    tree: &Tree,
) -> Result<Option<(Period, bool)>, StoreError> {
    let periods = tree.periods();
    if periods.is_empty() {
        return Ok(None);
    }
    let shown = shown_period(&time_choice(store, id)?, &periods);
    Ok(shown.map(|shown| (shown, periods.last() == Some(&shown))))
}

/// The time view of `tree` for `choice`, and the period shown; `None` when no
/// node has a history.
pub fn time_view(tree: &Tree, choice: TimeChoice) -> Option<(TimeView, Period)> {
    let periods = tree.periods();
    let shown = shown_period(&choice, &periods)?;
    let has = |period: &Period| periods.binary_search(period).ok();
    let compared = match choice.compare {
        Compare::None => None,
        Compare::Previous => shown.previous(),
        Compare::YearAgo => shown.a_year_earlier(),
        Compare::Period(period) => Some(period),
    }
    .and_then(|period| Some((period, has(&period)?)));
    let now = has(&shown)?;
    let series = compute_series(tree, &periods);
    let direction: BTreeMap<&NodeId, Option<Direction>> = tree
        .nodes
        .iter()
        .rev() // the first node of an id wins, as in the values
        .map(|node| (&node.id, node.direction))
        .collect();
    let mut changes = BTreeMap::new();
    if let Some((_, then)) = compared {
        for (id, values) in &series {
            let direction = direction.get(id).copied().flatten();
            if let Some(change) = node_change(values[then], values[now], direction) {
                changes.insert(id.to_string(), change);
            }
        }
    }
    let sparklines = series
        .into_iter()
        .filter(|(_, values)| values.iter().flatten().nth(1).is_some())
        .map(|(id, values)| (id.to_string(), values))
        .collect();
    let view = TimeView {
        periods: periods.iter().map(Period::to_string).collect(),
        labels: periods
            .iter()
            .map(|period| (period.to_string(), format_period(*period)))
            .collect(),
        period: shown.to_string(),
        compare: compared.map(|(period, _)| period.to_string()),
        choice,
        changes,
        sparklines,
    };
    Some((view, shown))
}

fn node_change(
    before: Option<f64>,
    after: Option<f64>,
    direction: Option<Direction>,
) -> Option<NodeChange> {
    if before.is_none() && after.is_none() {
        return None;
    }
    let change = before
        .zip(after)
        .map(|(before, after)| after - before)
        .filter(|change| change.is_finite());
    let ratio = before
        .zip(change)
        .filter(|(before, _)| *before != 0.0)
        .map(|(before, change)| change / before.abs())
        .filter(|ratio| ratio.is_finite());
    let good = change
        .filter(|change| *change != 0.0)
        .zip(direction)
        .map(|(change, direction)| match direction {
            Direction::Up => change > 0.0,
            Direction::Down => change < 0.0,
        });
    Some(NodeChange {
        before,
        change,
        ratio,
        good,
    })
}

/// What an export shows of time for `choice` (the window's [`time_view`] as the
/// SVG draws it); `None` when no node has a history.
pub fn svg_time(tree: &Tree, choice: TimeChoice) -> Option<SvgTime> {
    let (view, shown) = time_view(tree, choice)?;
    let at = view.periods.iter().position(|p| *p == view.period)?;
    let mut nodes: BTreeMap<NodeId, NodeTime> = BTreeMap::new();
    for (id, values) in view.sparklines {
        let Ok(id) = NodeId::new(&id) else { continue };
        nodes.entry(id).or_default().spark = values;
    }
    for (id, change) in view.changes {
        let Ok(id) = NodeId::new(&id) else { continue };
        let node = nodes.entry(id).or_default();
        node.change = change.change;
        node.ratio = change.ratio;
        node.good = change.good;
    }
    for node in nodes.values_mut() {
        node.at = at;
    }
    Some(SvgTime {
        period: Some(shown),
        compare: view.compare.as_deref().and_then(|p| Period::parse(p).ok()),
        nodes,
    })
}
