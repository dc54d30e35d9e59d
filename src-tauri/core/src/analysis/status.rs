//! Where a metric stands against its target: on track, at risk or off track.
//!
//! This is the canonical definition; the SVG export calls it, and
//! `ui/src/model/status.ts` mirrors it with the default thresholds.
//!
//! The shortfall is how far the value misses the target in the bad direction
//! (`target - value` for `up`, the default; `value - target` for `down`), as a
//! share of `|target|`. A value that meets the target is on track; one short by at
//! most [`StatusThresholds::on_track_within`] is on track too; by at most
//! [`StatusThresholds::at_risk_within`], at risk; beyond, off track.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::formula::{compute_values, compute_values_at};
use crate::model::{Direction, NodeId, Period, Tree};
pub use crate::model::{StatusThresholds, ThresholdError};

/// Where a metric stands against its target.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    OnTrack,
    AtRisk,
    OffTrack,
}

impl Status {
    /// The words shown to the user: `On track`.
    pub fn label(self) -> &'static str {
        match self {
            Status::OnTrack => "On track",
            Status::AtRisk => "At risk",
            Status::OffTrack => "Off track",
        }
    }

    /// The serde name: `on_track`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::OnTrack => "on_track",
            Status::AtRisk => "at_risk",
            Status::OffTrack => "off_track",
        }
    }
}

impl StatusThresholds {
    /// What `status` means under these thresholds, for a legend:
    /// `At risk: within 10% of its target`.
    pub fn describe(&self, status: Status) -> String {
        let percent = |share: f64| crate::export::format_number(share * 100.0);
        match status {
            Status::OnTrack if self.on_track_within > 0.0 => format!(
                "On track: within {}% of its target",
                percent(self.on_track_within)
            ),
            Status::OnTrack => "On track: meets its target".to_owned(),
            Status::AtRisk => format!(
                "At risk: within {}% of its target",
                percent(self.at_risk_within)
            ),
            Status::OffTrack => "Off track: further from its target".to_owned(),
        }
    }
}

/// The status of `value` against `target` (`up` unless told `down`); `None` when
/// either is missing or not finite.
pub fn status(
    value: Option<f64>,
    target: Option<f64>,
    direction: Option<Direction>,
    thresholds: &StatusThresholds,
) -> Option<Status> {
    let (value, target) = (value?, target?);
    if !value.is_finite() || !target.is_finite() {
        return None;
    }
    let shortfall = match direction {
        Some(Direction::Down) => value - target,
        _ => target - value,
    };
    let scale = target.abs();
    if shortfall <= 0.0 || within(shortfall, thresholds.on_track_within, scale) {
        Some(Status::OnTrack)
    } else if within(shortfall, thresholds.at_risk_within, scale) {
        Some(Status::AtRisk)
    } else {
        Some(Status::OffTrack)
    }
}

/// Whether a positive `shortfall` is at most `share` of `scale`. The relative
/// epsilon makes 90 against 100 at risk within 10 % despite binary rounding; a
/// share of 0 (or less) admits no shortfall at all, as before thresholds existed.
fn within(shortfall: f64, share: f64, scale: f64) -> bool {
    share > 0.0 && shortfall <= share * scale + scale * 1e-12
}

/// The status of every node that has a value (entered or computed) and a target.
pub fn statuses(tree: &Tree, thresholds: &StatusThresholds) -> BTreeMap<NodeId, Status> {
    let values = compute_values(tree);
    statuses_of(tree, |id| values.get(id).and_then(|v| v.value), thresholds)
}

/// The status of every node that has a value and a target in `period` (SPEC 8:
/// status against target uses the selected period's value).
pub fn statuses_at(
    tree: &Tree,
    period: Period,
    thresholds: &StatusThresholds,
) -> BTreeMap<NodeId, Status> {
    let values = compute_values_at(tree, period);
    statuses_of(tree, |id| values.get(id).and_then(|v| v.value), thresholds)
}

/// The status of every node of `tree` whose value (as `value_of` gives it, e.g. in
/// a what-if scenario) and target are known.
pub fn statuses_of(
    tree: &Tree,
    value_of: impl Fn(&NodeId) -> Option<f64>,
    thresholds: &StatusThresholds,
) -> BTreeMap<NodeId, Status> {
    let mut found = BTreeMap::new();
    for node in &tree.nodes {
        let value = value_of(&node.id);
        if let Some(s) = status(value, node.target, node.direction, thresholds) {
            found.entry(node.id.clone()).or_insert(s);
        }
    }
    found
}
