//! What-if: values under temporary overrides, and refused overrides.

use std::collections::BTreeMap;

use super::{arr_tree, close};
use crate::analysis::*;
use crate::test_trees::{id, kpi_tree};

#[test]
fn what_if_recomputes_without_touching_the_tree() {
    let t = arr_tree();
    let copy = t.clone();
    let overrides = BTreeMap::from([
        (id("price"), Override::Percent { percent: 10.0 }),
        (id("churned"), Override::Value { value: 20.0 }),
    ]);
    let values = what_if(&t, &overrides).unwrap();
    assert_eq!(t, copy);
    let arr = &values[&id("arr")];
    assert_eq!(arr.before, Some(80_000.0));
    assert!(close(arr.after.unwrap(), 30.0 * 20.0 * 110.0));
    assert!(close(arr.delta.unwrap(), 66_000.0 - 80_000.0));
    assert!(close(arr.delta_percent.unwrap(), -17.5));
    assert!(!arr.overridden);
    let churned = &values[&id("churned")];
    assert!(churned.overridden);
    assert_eq!(churned.delta, Some(10.0));
    assert_eq!(values[&id("seats")].delta, Some(0.0));
}

#[test]
fn an_overridden_formula_is_replaced() {
    let t = arr_tree();
    let overrides = BTreeMap::from([(id("customers"), Override::Value { value: 50.0 })]);
    let values = what_if(&t, &overrides).unwrap();
    assert_eq!(values[&id("arr")].after, Some(100_000.0));
    assert_eq!(values[&id("acquired")].delta, Some(0.0));
}

#[test]
fn what_if_errors() {
    let t = kpi_tree(&["r:a / b", "a=1", "b=2", "c"], &["a>r", "b>r"]);
    let one = |node: &str, change| BTreeMap::from([(id(node), change)]);
    let zero = Override::Value { value: 0.0 };
    let values = what_if(&t, &one("b", zero)).unwrap();
    let r = &values[&id("r")];
    assert_eq!((r.before, r.after, r.delta), (Some(0.5), None, None));
    assert_eq!(r.error.as_deref(), Some("cannot compute: division by zero"));
    let percent = Override::Percent { percent: 5.0 };
    assert_eq!(
        what_if(&t, &one("ghost", percent)).unwrap_err(),
        WhatIfError::UnknownNode(id("ghost"))
    );
    assert_eq!(
        what_if(&t, &one("c", percent)).unwrap_err().to_string(),
        "node \"c\" has no value to change by a percentage"
    );
    for bad in [
        Override::Value {
            value: f64::INFINITY,
        },
        Override::Percent { percent: f64::NAN },
    ] {
        assert_eq!(
            what_if(&t, &one("a", bad)).unwrap_err(),
            WhatIfError::NotFinite(id("a"))
        );
    }
    let json = serde_json::to_string(&percent).unwrap();
    assert_eq!(json, r#"{"type":"percent","percent":5.0}"#);
}
