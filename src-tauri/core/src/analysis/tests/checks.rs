//! The target consistency and unit checks.

use super::close;
use crate::analysis::*;
use crate::model::{TargetDate, Tree};
use crate::sample::Template;
use crate::test_trees::{id, kpi_tree};

// --- target consistency ---

/// arr = customers * price with targets 600 × 10,000 against 5.2M.
fn targeted() -> Tree {
    let mut t = kpi_tree(
        &["arr:customers * price", "customers=500", "price=9000"],
        &["customers>arr", "price>arr"],
    );
    t.nodes[0].name = "ARR".into();
    t.nodes[0].unit = Some("EUR".into());
    for (i, target) in [(0, 6_000_000.0), (1, 520.0), (2, 10_000.0)] {
        t.nodes[i].target = Some(target);
    }
    t
}

#[test]
fn drivers_targets_that_do_not_give_the_target() {
    let gaps = target_gaps(&targeted(), DEFAULT_TARGET_TOLERANCE);
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].node, id("arr"));
    assert_eq!(gaps[0].implied, 5_200_000.0);
    assert!(close(gaps[0].gap.unwrap(), -0.8 / 6.0));
    assert_eq!(
        gaps[0].to_string(),
        "the drivers' targets give ARR €5.2M, 13.3% below its target of €6M"
    );
    let mut t = targeted();
    t.nodes[0].target = Some(5_240_000.0); // 0.8% off: within 1%
    assert!(target_gaps(&t, DEFAULT_TARGET_TOLERANCE).is_empty());
    t.nodes[0].target = Some(0.0);
    assert_eq!(
        target_gaps(&t, DEFAULT_TARGET_TOLERANCE)[0].to_string(),
        "the drivers' targets give ARR €5.2M; its target is €0"
    );
}

#[test]
fn targets_are_compared_only_when_complete_and_for_one_date() {
    let mut t = targeted();
    t.nodes[2].target = None;
    assert!(target_gaps(&t, DEFAULT_TARGET_TOLERANCE).is_empty());
    let date = |text| Some(TargetDate::new(text).unwrap());
    let mut t = targeted();
    t.nodes[0].target_date = date("2027-12-31");
    t.nodes[1].target_date = date("2027-06-30");
    assert!(target_gaps(&t, DEFAULT_TARGET_TOLERANCE).is_empty());
    t.nodes[1].target_date = date("2027-12-31");
    assert_eq!(target_gaps(&t, DEFAULT_TARGET_TOLERANCE).len(), 1);
    t.nodes[1].target_date = None;
    assert_eq!(target_gaps(&t, DEFAULT_TARGET_TOLERANCE).len(), 1);
}

// --- units ---

fn with_units(formula: &str, units: &[(&str, &str)]) -> Tree {
    let mut t = kpi_tree(
        &[&format!("r:{formula}"), "a=1", "b=2", "c=3"],
        &["a>r", "b>r", "c>r"],
    );
    for (node, unit) in units {
        let i = t.node_index(&id(node)).unwrap();
        t.nodes[i].unit = Some((*unit).to_owned());
    }
    t
}

#[test]
fn adding_different_units_is_found() {
    let t = with_units("a + b", &[("a", "EUR"), ("b", "%")]);
    let found = unit_mismatches(&t);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].node, id("r"));
    assert_eq!(
        found[0].to_string(),
        "formula adds quantities in different units: a (EUR) and b (%)"
    );
    let t = with_units("sum(a, b * c, c) - a", &[("a", "EUR"), ("c", "h")]);
    // b * c has no known unit; the sum is in EUR, so subtracting a is fine.
    let found: Vec<String> = unit_mismatches(&t)
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        found,
        ["formula sums quantities in different units: a (EUR) and c (h)"]
    );
    let t = with_units("min(a, b, c) + a", &[("a", "EUR"), ("b", "%"), ("c", "%")]);
    let found = unit_mismatches(&t);
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[1].combination, Combination::Min);
    assert_eq!(
        (found[1].first.unit.as_str(), found[1].other.id.as_str()),
        ("EUR", "c")
    );
}

#[test]
fn same_unknown_or_multiplied_units_are_fine() {
    for (formula, units) in [
        ("a + b", &[("a", "EUR"), ("b", " € ")][..]),
        ("a + b", &[("a", "seats"), ("b", "Seats")][..]),
        ("a * b + c", &[("a", "EUR"), ("b", "%"), ("c", "h")][..]),
        ("a / b", &[("a", "EUR"), ("b", "%")][..]),
        ("a + 5 - b", &[("a", "EUR")][..]),
        ("max(a, -b)", &[("a", "%"), ("b", "%")][..]),
    ] {
        let t = with_units(formula, units);
        assert_eq!(unit_mismatches(&t), [], "{formula}");
    }
}

#[test]
fn templates_mix_no_units() {
    for template in Template::ALL {
        assert_eq!(unit_mismatches(&template.tree()), [], "{}", template.slug());
    }
}
