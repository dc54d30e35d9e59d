//! Status against the target, with the thresholds set per tree.

use super::arr_tree;
use crate::analysis::*;
use crate::model::Direction;
use crate::test_trees::id;

#[test]
fn default_thresholds_are_the_export_rule() {
    let t = StatusThresholds::default();
    assert_eq!(
        status(Some(100.0), Some(100.0), None, &t),
        Some(Status::OnTrack)
    );
    assert_eq!(
        status(Some(90.0), Some(100.0), None, &t),
        Some(Status::AtRisk)
    );
    assert_eq!(
        status(Some(89.0), Some(100.0), None, &t),
        Some(Status::OffTrack)
    );
    assert_eq!(
        status(Some(6.5), Some(6.0), Some(Direction::Down), &t),
        Some(Status::AtRisk)
    );
    assert_eq!(
        status(Some(9.0), Some(6.0), Some(Direction::Down), &t),
        Some(Status::OffTrack)
    );
    assert_eq!(
        status(Some(-1.0), Some(0.0), None, &t),
        Some(Status::OffTrack)
    );
    assert_eq!(status(None, Some(6.0), None, &t), None);
    assert_eq!(status(Some(f64::NAN), Some(6.0), None, &t), None);
}

#[test]
fn thresholds_are_set_per_tree() {
    let t = StatusThresholds::new(0.05, 0.2).unwrap();
    assert_eq!(
        status(Some(95.0), Some(100.0), None, &t),
        Some(Status::OnTrack)
    );
    assert_eq!(
        status(Some(94.0), Some(100.0), None, &t),
        Some(Status::AtRisk)
    );
    assert_eq!(
        status(Some(80.0), Some(100.0), None, &t),
        Some(Status::AtRisk)
    );
    assert_eq!(
        status(Some(79.0), Some(100.0), None, &t),
        Some(Status::OffTrack)
    );
    let strict = StatusThresholds::new(0.0, 0.0).unwrap();
    assert_eq!(
        status(Some(99.9), Some(100.0), None, &strict),
        Some(Status::OffTrack)
    );
}

#[test]
fn thresholds_are_checked() {
    assert_eq!(
        StatusThresholds::new(0.2, 0.1).unwrap_err().to_string(),
        "the at-risk threshold (0.1) cannot be below the on-track one (0.2)"
    );
    assert!(StatusThresholds::new(-0.1, 0.1).is_err());
    assert!(StatusThresholds::new(0.0, f64::INFINITY).is_err());
    let json = serde_json::to_string(&StatusThresholds::default()).unwrap();
    assert_eq!(json, r#"{"on_track_within":0.0,"at_risk_within":0.1}"#);
    assert_eq!(
        serde_json::to_string(&Status::AtRisk).unwrap(),
        "\"at_risk\""
    );
}

#[test]
fn statuses_use_computed_values() {
    let mut t = arr_tree();
    t.nodes[0].target = Some(90_000.0); // arr is 40 * 20 * 100 = 80,000: 11% short
    t.nodes[5].target = Some(10.0);
    t.nodes[5].direction = Some(Direction::Down);
    let found = statuses(&t, &StatusThresholds::default());
    assert_eq!(found.get(&id("arr")), Some(&Status::OffTrack));
    assert_eq!(found.get(&id("churned")), Some(&Status::OnTrack));
    assert_eq!(found.len(), 2);
    let lenient = StatusThresholds::new(0.0, 0.15).unwrap();
    assert_eq!(
        statuses(&t, &lenient).get(&id("arr")),
        Some(&Status::AtRisk)
    );
}

#[test]
fn thresholds_describe_what_each_status_means() {
    let default = StatusThresholds::default();
    assert_eq!(
        default.describe(Status::OnTrack),
        "On track: meets its target"
    );
    assert_eq!(
        default.describe(Status::AtRisk),
        "At risk: within 10% of its target"
    );
    let wide = StatusThresholds::new(0.05, 0.25).unwrap();
    assert_eq!(
        wide.describe(Status::OnTrack),
        "On track: within 5% of its target"
    );
    assert_eq!(
        wide.describe(Status::OffTrack),
        "Off track: further from its target"
    );
}

#[test]
fn status_per_period_uses_that_period_s_value() {
    use crate::model::{HistoryPoint, Period};
    let mut tree = arr_tree();
    let index = tree.node_index(&id("price")).unwrap();
    let p = |text: &str| Period::parse(text).unwrap();
    tree.nodes[index].target = Some(100.0);
    tree.nodes[index].history = vec![
        HistoryPoint {
            period: p("2026-01"),
            value: 80.0,
        },
        HistoryPoint {
            period: p("2026-02"),
            value: 100.0,
        },
    ];
    let t = StatusThresholds::default();
    let at = |period: &str| statuses_at(&tree, p(period), &t).get(&id("price")).copied();
    assert_eq!(at("2026-01"), Some(Status::OffTrack));
    assert_eq!(at("2026-02"), Some(Status::OnTrack));
    assert_eq!(at("2026-03"), None);
}
