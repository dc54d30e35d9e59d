//! Leverage: elasticities, the reasons an elasticity is undefined, paths and errors.

use super::{arr_tree, close};
use crate::analysis::*;
use crate::model::NodeKind;
use crate::sample::Template;
use crate::test_trees::{id, ids, kpi_tree};

fn find<'a>(found: &'a [Leverage], leaf: &str) -> &'a Leverage {
    found.iter().find(|l| l.id.as_str() == leaf).unwrap()
}

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
    assert_eq!(acquired.paths, [ids(&["acquired", "customers", "arr"])]);
    assert_eq!(acquired.path_count, 1);
    assert_eq!(find(&found, "price").paths, [ids(&["price", "arr"])]);
}

#[test]
fn leverage_of_an_inner_node() {
    let found = leverage(&arr_tree(), &id("customers")).unwrap();
    assert_eq!(found.len(), 2);
    assert!(close(found[0].elasticity.value().unwrap(), 1.25));
}

#[test]
fn quotients_averages_and_sums() {
    let t = kpi_tree(&["r:a / b", "a=6", "b=3"], &["a>r", "b>r"]);
    let found = leverage(&t, &id("r")).unwrap();
    assert!(close(find(&found, "a").elasticity.value().unwrap(), 1.0));
    assert!(close(find(&found, "b").elasticity.value().unwrap(), -1.0));
    let t = kpi_tree(&["r:avg(a, b) + sum(a)", "a=1", "b=3"], &["a>r", "b>r"]);
    let found = leverage(&t, &id("r")).unwrap();
    // r = 2 + 1 = 3; ∂r/∂a = 0.5 + 1, ∂r/∂b = 0.5.
    assert_eq!(find(&found, "a").derivative, Some(1.5));
    assert!(close(find(&found, "a").elasticity.value().unwrap(), 0.5));
    assert!(close(find(&found, "b").elasticity.value().unwrap(), 0.5));
}

#[test]
fn min_and_max_follow_the_extreme_and_refuse_a_tie() {
    let t = kpi_tree(&["r:max(a, b) * 2", "a=5", "b=3"], &["a>r", "b>r"]);
    let found = leverage(&t, &id("r")).unwrap();
    assert_eq!(
        find(&found, "a").elasticity,
        Elasticity::Defined { value: 1.0 }
    );
    assert_eq!(
        find(&found, "b").elasticity,
        Elasticity::Defined { value: 0.0 }
    );
    let t = kpi_tree(&["r:min(a, b)", "a=3", "b=3"], &["a>r", "b>r"]);
    let found = leverage(&t, &id("r")).unwrap();
    for leaf in ["a", "b"] {
        let l = find(&found, leaf);
        let reason = Undefined::NotDifferentiable;
        assert_eq!(l.elasticity, Elasticity::Undefined { reason });
        assert_eq!(l.derivative, None);
    }
    // A tie multiplied by an exact zero does not matter.
    let t = kpi_tree(
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
    let t = kpi_tree(
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
    let t = kpi_tree(
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
        [ids(&["acquired", "net_new", "paying", "arr"])]
    );
    assert_eq!(find(&found, "unused").paths, [ids(&["unused", "arr"])]);
    assert_eq!(
        reason.to_string(),
        "no formula on the way to the node uses it, so the formulas give it no effect"
    );
}

#[test]
fn a_leaf_on_several_paths_adds_them_up() {
    // r = x + y, x = 2a, y = 3a + b.
    let t = kpi_tree(
        &["r:x + y", "x:2 * a", "y:3 * a + b", "a=1", "b=5"],
        &["x>r", "y>r", "a>x", "a>y", "b>y"],
    );
    let found = leverage(&t, &id("r")).unwrap();
    let a = find(&found, "a");
    assert_eq!(a.derivative, Some(5.0));
    assert!(close(a.elasticity.value().unwrap(), 0.5));
    assert_eq!(a.path_count, 2);
    assert_eq!(a.paths, [ids(&["a", "x", "r"]), ids(&["a", "y", "r"])]);
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
    let t = kpi_tree(&nodes, &links);
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
    let t = kpi_tree(&["r:a / (b - b)", "a=1", "b=2"], &["a>r", "b>r"]);
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
