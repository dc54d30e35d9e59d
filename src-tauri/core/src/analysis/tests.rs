use std::collections::BTreeMap;

use super::*;
use crate::model::{Direction, Link, LinkKind, Node, NodeId, NodeKind, TargetDate, Tree};
use crate::sample::Template;

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

/// A node spec: `id=value`, `id:formula`, or a bare `id` (no value, no formula).
fn node(spec: &str) -> Node {
    let (name, value, formula) = if let Some((name, formula)) = spec.split_once(':') {
        (name, None, Some(formula.to_owned()))
    } else if let Some((name, value)) = spec.split_once('=') {
        (name, Some(value.parse().unwrap()), None)
    } else {
        (spec, None, None)
    };
    let mut node = Node::new(id(name), NodeKind::BusinessKpi, name);
    node.value = value;
    node.formula = formula;
    node
}

/// A tree of `nodes` specs and `drives` links `from>to`.
fn tree(nodes: &[&str], drives: &[&str]) -> Tree {
    let mut tree = Tree::new("t");
    tree.nodes = nodes.iter().map(|spec| node(spec)).collect();
    for link in drives {
        let (from, to) = link.split_once('>').unwrap();
        tree.links
            .push(Link::new(LinkKind::Drives, id(from), id(to)));
    }
    tree
}

/// arr = customers * seats * price; customers = acquired - churned.
fn arr_tree() -> Tree {
    tree(
        &[
            "arr:customers * seats * price",
            "customers:acquired - churned",
            "seats=20",
            "price=100",
            "acquired=50",
            "churned=10",
        ],
        &[
            "customers>arr",
            "seats>arr",
            "price>arr",
            "acquired>customers",
            "churned>customers",
        ],
    )
}

fn find<'a>(found: &'a [Leverage], leaf: &str) -> &'a Leverage {
    found.iter().find(|l| l.id.as_str() == leaf).unwrap()
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn path(ids: &[&str]) -> Vec<NodeId> {
    ids.iter().map(|i| id(i)).collect()
}

// --- status ---

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

// --- leverage ---

#[test]
fn leverage_through_a_product_and_a_difference() {
    let found = leverage(&arr_tree(), &id("arr")).unwrap();
    let order: Vec<&str> = found.iter().map(|l| l.id.as_str()).collect();
    // acquired: 50 / 40 = 1.25; seats and price: 1; churned: -10 / 40.
    assert_eq!(order, ["acquired", "seats", "price", "churned"]);
    let e = |leaf| find(&found, leaf).elasticity.value().unwrap();
    assert!(close(e("acquired"), 1.25));
    assert!(close(e("seats"), 1.0));
    assert!(close(e("churned"), -0.25));
    let acquired = find(&found, "acquired");
    assert_eq!(acquired.derivative, Some(2000.0));
    assert_eq!(acquired.paths, [path(&["acquired", "customers", "arr"])]);
    assert_eq!(acquired.path_count, 1);
    assert_eq!(find(&found, "price").paths, [path(&["price", "arr"])]);
}

#[test]
fn leverage_of_an_inner_node() {
    let found = leverage(&arr_tree(), &id("customers")).unwrap();
    assert_eq!(found.len(), 2);
    assert!(close(found[0].elasticity.value().unwrap(), 1.25));
}

#[test]
fn quotients_averages_and_sums() {
    let t = tree(&["r:a / b", "a=6", "b=3"], &["a>r", "b>r"]);
    let found = leverage(&t, &id("r")).unwrap();
    assert!(close(find(&found, "a").elasticity.value().unwrap(), 1.0));
    assert!(close(find(&found, "b").elasticity.value().unwrap(), -1.0));
    let t = tree(&["r:avg(a, b) + sum(a)", "a=1", "b=3"], &["a>r", "b>r"]);
    let found = leverage(&t, &id("r")).unwrap();
    // r = 2 + 1 = 3; ∂r/∂a = 0.5 + 1, ∂r/∂b = 0.5.
    assert_eq!(find(&found, "a").derivative, Some(1.5));
    assert!(close(find(&found, "a").elasticity.value().unwrap(), 0.5));
    assert!(close(find(&found, "b").elasticity.value().unwrap(), 0.5));
}

#[test]
fn min_and_max_follow_the_extreme_and_refuse_a_tie() {
    let t = tree(&["r:max(a, b) * 2", "a=5", "b=3"], &["a>r", "b>r"]);
    let found = leverage(&t, &id("r")).unwrap();
    assert_eq!(
        find(&found, "a").elasticity,
        Elasticity::Defined { value: 1.0 }
    );
    assert_eq!(
        find(&found, "b").elasticity,
        Elasticity::Defined { value: 0.0 }
    );
    let t = tree(&["r:min(a, b)", "a=3", "b=3"], &["a>r", "b>r"]);
    let found = leverage(&t, &id("r")).unwrap();
    for leaf in ["a", "b"] {
        let l = find(&found, leaf);
        let reason = Undefined::NotDifferentiable;
        assert_eq!(l.elasticity, Elasticity::Undefined { reason });
        assert_eq!(l.derivative, None);
    }
    // A tie multiplied by an exact zero does not matter.
    let t = tree(
        &["r:min(a, b) * c + d", "a=3", "b=3", "c=0", "d=1"],
        &["a>r", "b>r", "c>r", "d>r"],
    );
    let found = leverage(&t, &id("r")).unwrap();
    assert_eq!(
        find(&found, "d").elasticity,
        Elasticity::Defined { value: 1.0 }
    );
}

#[test]
fn zeros_are_reported_not_dropped() {
    let t = tree(
        &["r:a * b + c", "a=0", "b=4", "c=0"],
        &["a>r", "b>r", "c>r"],
    );
    let found = leverage(&t, &id("r")).unwrap();
    assert_eq!(found.len(), 3);
    let a = find(&found, "a");
    let reason = Undefined::LeafIsZero;
    assert_eq!(a.elasticity, Elasticity::Undefined { reason });
    assert_eq!(a.derivative, Some(4.0));
    let b = find(&found, "b");
    let reason = Undefined::NodeIsZero;
    assert_eq!(b.elasticity, Elasticity::Undefined { reason });
}

#[test]
fn leaves_the_formulas_do_not_use() {
    // paying has a value and a driver but no formula: net_new's leaves do not
    // move arr through the formulas.
    let t = tree(
        &[
            "arr:paying * price",
            "paying=100",
            "price=10",
            "net_new:acquired - churned",
            "acquired=12",
            "churned=2",
            "unused=5",
        ],
        &[
            "paying>arr",
            "price>arr",
            "net_new>paying",
            "acquired>net_new",
            "churned>net_new",
            "unused>arr",
        ],
    );
    let found = leverage(&t, &id("arr")).unwrap();
    let order: Vec<&str> = found.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(order, ["paying", "price", "acquired", "churned", "unused"]);
    let acquired = find(&found, "acquired");
    let reason = Undefined::NotInFormulas;
    assert_eq!(acquired.elasticity, Elasticity::Undefined { reason });
    assert_eq!(acquired.derivative, None);
    assert_eq!(
        acquired.paths,
        [path(&["acquired", "net_new", "paying", "arr"])]
    );
    assert_eq!(find(&found, "unused").paths, [path(&["unused", "arr"])]);
    assert_eq!(
        reason.to_string(),
        "no formula on the way to the node uses it, so the formulas give it no effect"
    );
}

#[test]
fn a_leaf_on_several_paths_adds_them_up() {
    // r = x + y, x = 2a, y = 3a + b.
    let t = tree(
        &["r:x + y", "x:2 * a", "y:3 * a + b", "a=1", "b=5"],
        &["x>r", "y>r", "a>x", "a>y", "b>y"],
    );
    let found = leverage(&t, &id("r")).unwrap();
    let a = find(&found, "a");
    assert_eq!(a.derivative, Some(5.0));
    assert!(close(a.elasticity.value().unwrap(), 0.5));
    assert_eq!(a.path_count, 2);
    assert_eq!(a.paths, [path(&["a", "x", "r"]), path(&["a", "y", "r"])]);
}

#[test]
fn paths_are_capped_and_counted() {
    // A ladder of 12 diamonds: 2^12 paths from the bottom to the top.
    let mut nodes = vec!["n0=1".to_owned()];
    let mut links = Vec::new();
    for level in 1..=12 {
        let below = format!("n{}", level - 1);
        nodes.push(format!("l{level}:{below} * 1"));
        nodes.push(format!("r{level}:{below} * 1"));
        nodes.push(format!("n{level}:l{level} + r{level}"));
        for side in ["l", "r"] {
            links.push(format!("{below}>{side}{level}"));
            links.push(format!("{side}{level}>n{level}"));
        }
    }
    let nodes: Vec<&str> = nodes.iter().map(String::as_str).collect();
    let links: Vec<&str> = links.iter().map(String::as_str).collect();
    let t = tree(&nodes, &links);
    let found = leverage(&t, &id("n12")).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].path_count, 4096);
    assert_eq!(found[0].paths.len(), MAX_PATHS);
    assert!(close(found[0].elasticity.value().unwrap(), 1.0));
}

#[test]
fn leverage_errors() {
    let t = arr_tree();
    assert_eq!(
        leverage(&t, &id("ghost")).unwrap_err(),
        LeverageError::UnknownNode(id("ghost"))
    );
    assert_eq!(
        leverage(&t, &id("seats")).unwrap_err().to_string(),
        "node \"seats\" has no formula, so the nodes below it do not compute it"
    );
    let t = tree(&["r:a / (b - b)", "a=1", "b=2"], &["a>r", "b>r"]);
    assert_eq!(
        leverage(&t, &id("r")).unwrap_err().to_string(),
        "node \"r\" has no value: cannot compute: division by zero"
    );
}

#[test]
fn leverage_of_every_template_north_star() {
    for template in Template::ALL {
        let t = template.tree();
        let Some(star) = t.nodes.iter().find(|n| n.kind == NodeKind::NorthStar) else {
            panic!("{}: no north star", template.slug());
        };
        let found = leverage(&t, &star.id).unwrap();
        let defined = found.iter().filter(|l| l.elasticity.value().is_some());
        assert!(defined.count() >= 2, "{}: {found:#?}", template.slug());
        for l in &found {
            assert!(!l.paths.is_empty(), "{}: {}", template.slug(), l.id);
            assert_eq!(l.paths[0].last(), Some(&star.id));
        }
    }
}

// --- what-if ---

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
    let t = tree(&["r:a / b", "a=1", "b=2", "c"], &["a>r", "b>r"]);
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

// --- target consistency ---

/// arr = customers * price with targets 600 × 10,000 against 5.2M.
fn targeted() -> Tree {
    let mut t = tree(
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
    let mut t = tree(
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
