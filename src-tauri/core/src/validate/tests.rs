use super::*;
use crate::model::{LinkKind, NodeKind, Position, Strength, MAX_NAME_CHARS};
use crate::test_trees::{link, node};

/// arr = customers * price (both drivers), churned drives customers, fast_ux
/// impacts churned, aov guards arr.
fn valid_tree() -> Tree {
    let mut tree = Tree::new("Zira growth");
    let mut arr = node("arr", NodeKind::NorthStar);
    arr.formula = Some("customers * price".into());
    let mut customers = node("customers", NodeKind::BusinessKpi);
    customers.value = Some(500.0);
    let mut price = node("price", NodeKind::BusinessKpi);
    price.value = Some(96.0);
    tree.nodes = vec![
        arr,
        customers,
        price,
        node("churned", NodeKind::BusinessKpi),
        node("fast_ux", NodeKind::Initiative),
        node("aov", NodeKind::HealthMetric),
    ];
    let mut impacts = link(LinkKind::Impacts, "fast_ux", "churned");
    impacts.strength = Some(Strength::Strong);
    tree.links = vec![
        link(LinkKind::Drives, "customers", "arr"),
        link(LinkKind::Drives, "price", "arr"),
        link(LinkKind::Drives, "churned", "customers"),
        impacts,
        link(LinkKind::Guards, "aov", "arr"),
    ];
    tree
}

fn messages(tree: &Tree) -> Vec<String> {
    check(tree).iter().map(ToString::to_string).collect()
}

/// The only problem of `tree`, as `check` prints it.
fn only(tree: &Tree) -> String {
    let all = messages(tree);
    assert_eq!(all.len(), 1, "{all:#?}");
    all[0].clone()
}

#[test]
fn a_valid_tree_has_no_problem() {
    assert_eq!(messages(&valid_tree()), Vec::<String>::new());
    assert!(is_valid(&valid_tree()));
}

#[test]
fn names_count_characters() {
    let mut tree = valid_tree();
    tree.nodes[1].name = "é".repeat(MAX_NAME_CHARS);
    assert!(check(&tree).is_empty());
    tree.nodes[1].name = "é".repeat(MAX_NAME_CHARS + 1);
    assert_eq!(
        only(&tree),
        "error: node \"customers\": name is 201 characters long; at most 200 are allowed"
    );
    tree.nodes[1].name = "  ".into();
    assert_eq!(only(&tree), "error: node \"customers\": name is empty");
    let mut tree = valid_tree();
    tree.name = String::new();
    let problem = &check(&tree)[0];
    assert_eq!(problem.message, "tree: name is empty");
    assert_eq!(
        (problem.subject.clone(), problem.category),
        (Subject::Tree, Category::Field)
    );
}

#[test]
fn non_finite_numbers() {
    let mut tree = valid_tree();
    tree.nodes[3].target = Some(f64::INFINITY);
    tree.nodes[3].position = Some(Position {
        x: f64::NAN,
        y: 0.0,
    });
    assert_eq!(
        messages(&tree),
        [
            "error: node \"churned\": target is not a finite number",
            "error: node \"churned\": position x is not a finite number",
        ]
    );
}

#[test]
fn duplicate_ids() {
    let mut tree = valid_tree();
    tree.nodes.push(node("price", NodeKind::ProductMetric));
    let problem = &check(&tree)[0];
    assert_eq!(
        problem.message,
        "node \"price\": node 3 has the same id; ids must be unique"
    );
    assert_eq!(problem.category, Category::Structure);
}

#[test]
fn dangling_self_and_duplicate_links() {
    let mut tree = valid_tree();
    tree.links.push(link(LinkKind::Drives, "ghost", "arr"));
    assert_eq!(
        only(&tree),
        "error: link drives ghost → arr: \"ghost\" is not a node of this tree"
    );
    let mut tree = valid_tree();
    tree.links.push(link(LinkKind::Drives, "price", "price"));
    assert_eq!(
        only(&tree),
        "error: link drives price → price: a link cannot go from a node to itself"
    );
    let mut tree = valid_tree();
    tree.links.push(link(LinkKind::Drives, "price", "arr"));
    let problem = &check(&tree)[0];
    assert_eq!(
        problem.message,
        "link drives price → arr: the same link is already link 2"
    );
    let key = tree.links[5].key();
    assert_eq!(problem.subject, Subject::Link { key });
}

#[test]
fn link_kinds_and_strength() {
    let mut tree = valid_tree();
    tree.links.push(link(LinkKind::Impacts, "arr", "churned"));
    assert_eq!(
        only(&tree),
        "error: link impacts arr → churned: an impacts link must start at an initiative, a strategic intent or a product metric"
    );
    let mut tree = valid_tree();
    tree.links[0].strength = Some(Strength::Weak);
    assert_eq!(
        only(&tree),
        "error: link drives customers → arr: only impacts links have a strength, not drives links"
    );
}

#[test]
fn drives_cycles_show_the_path() {
    let mut tree = valid_tree();
    tree.links.push(link(LinkKind::Drives, "arr", "churned"));
    let problem = &check(&tree)[0];
    assert_eq!(
        problem.message,
        "link drives arr → churned: drives links form a cycle: churned → customers → arr → churned"
    );
    assert_eq!(problem.category, Category::Structure);
    assert_eq!(problem.severity, Severity::Error);
}

#[test]
fn formula_errors() {
    let mut tree = valid_tree();
    tree.nodes[0].formula = Some("customers * (price".into());
    let problem = &check(&tree)[0];
    assert_eq!(
        problem.message,
        "node \"arr\": formula: missing ')' for the '(' at column 13"
    );
    assert_eq!(problem.category, Category::Formula);
    tree.nodes[0].formula = Some("customers * churned * seats".into());
    assert_eq!(
        messages(&tree),
        [
            "error: node \"arr\": formula uses \"churned\", which is not a driver of \"arr\"; add a drives link churned → arr",
            "error: node \"arr\": formula uses \"seats\", which is not a driver of \"arr\" (there is no node \"seats\")",
        ]
    );
}

#[test]
fn values_that_cannot_be_computed_are_warnings() {
    let mut tree = valid_tree();
    tree.nodes[2].value = None;
    let problem = &check(&tree)[0];
    assert_eq!(
        problem.to_string(),
        "warning: node \"arr\": cannot compute: \"price\" has no value"
    );
    assert_eq!(problem.category, Category::Formula);
    tree.nodes[0].formula = Some("customers / (price - price)".into());
    tree.nodes[2].value = Some(1.0);
    assert_eq!(
        only(&tree),
        "warning: node \"arr\": cannot compute: division by zero"
    );
    assert!(is_valid(&tree));
}

#[test]
fn more_than_one_north_star_is_a_warning() {
    let mut tree = valid_tree();
    tree.nodes[5].kind = NodeKind::NorthStar;
    tree.links.pop();
    assert_eq!(
        only(&tree),
        "warning: node \"aov\": the tree has more than one north_star node (the first is \"arr\"); a tree usually has one"
    );
}

#[test]
fn errors_come_first_then_tree_order() {
    let mut tree = valid_tree();
    tree.nodes[5].kind = NodeKind::NorthStar; // warning on node 6, and the guards
    tree.nodes[4].name = String::new(); // link from it is now refused
    tree.name = "x".repeat(300);
    tree.links.push(link(LinkKind::Drives, "ghost", "arr"));
    let all = messages(&tree);
    let expected = [
        format!("error: tree \"{}…\": name is 300 characters long; at most 200 are allowed", "x".repeat(40)),
        "error: node \"fast_ux\": name is empty".to_string(),
        "error: link guards aov → arr: a guards link must start at a health metric".to_string(),
        "error: link drives ghost → arr: \"ghost\" is not a node of this tree".to_string(),
        "warning: node \"aov\": the tree has more than one north_star node (the first is \"arr\"); a tree usually has one".to_string(),
    ];
    assert_eq!(all, expected);
}

#[test]
fn never_panics_on_a_broken_tree() {
    let mut tree = valid_tree();
    tree.nodes.push(node("arr", NodeKind::Initiative));
    tree.links.push(link(LinkKind::Drives, "arr", "arr"));
    tree.links.push(link(LinkKind::Drives, "arr", "price"));
    tree.links.push(link(LinkKind::Impacts, "ghost", "phantom"));
    tree.nodes[0].formula = Some("sum(".into());
    let problems = check(&tree);
    assert!(problems.len() >= 5, "{problems:#?}");
    assert!(problems.iter().any(|p| p.message.contains("form a cycle")));
}

#[test]
fn adding_quantities_in_different_units_is_a_warning() {
    let mut tree = valid_tree();
    tree.nodes[0].formula = Some("customers * price + price - customers".into());
    tree.nodes[1].unit = Some("%".into());
    tree.nodes[2].unit = Some("EUR".into());
    let problem = &check(&tree)[0];
    assert_eq!(
        problem.to_string(),
        "warning: node \"arr\": formula subtracts quantities in different units: price (EUR) and customers (%)"
    );
    assert_eq!(problem.category, Category::Formula);
    assert!(is_valid(&tree));
    tree.nodes[0].formula = Some("customers * price".into());
    assert!(check(&tree).is_empty());
}

#[test]
fn a_target_the_drivers_targets_do_not_give_is_a_warning() {
    let mut tree = valid_tree();
    tree.nodes[0].target = Some(60_000.0);
    tree.nodes[1].target = Some(520.0);
    tree.nodes[2].target = Some(100.0);
    let problem = &check(&tree)[0];
    assert_eq!(
        problem.to_string(),
        "warning: node \"arr\": the drivers' targets give arr 52K, 13.3% below its target of 60K"
    );
    assert_eq!(problem.category, Category::Formula);
    assert!(is_valid(&tree));
    // Within 1 %: consistent.
    tree.nodes[0].target = Some(52_300.0);
    assert!(check(&tree).is_empty(), "{:?}", check(&tree));
}
