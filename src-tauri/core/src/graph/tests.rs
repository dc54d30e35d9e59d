use super::*;
use crate::model::{Link, LinkKind};
use crate::test_trees::{id, ids, kpi_tree};

/// arr ← customers ← net_new ← {acquired, churned}; arr ← seats.
fn arr_tree() -> Tree {
    kpi_tree(
        &[
            "arr",
            "customers",
            "seats",
            "net_new",
            "acquired",
            "churned",
        ],
        &[
            "customers>arr",
            "seats>arr",
            "net_new>customers",
            "acquired>net_new",
            "churned>net_new",
        ],
    )
}

#[test]
fn paths_follow_drives_links() {
    let t = arr_tree();
    assert_eq!(
        drives_path(&t, &id("churned"), &id("arr")),
        Some(ids(&["churned", "net_new", "customers", "arr"]))
    );
    assert_eq!(drives_path(&t, &id("arr"), &id("churned")), None);
    assert_eq!(drives_path(&t, &id("seats"), &id("churned")), None);
    assert_eq!(drives_path(&t, &id("arr"), &id("arr")), Some(ids(&["arr"])));
    assert_eq!(drives_path(&t, &id("ghost"), &id("arr")), None);
}

#[test]
fn a_new_link_closes_a_cycle_iff_the_reverse_path_exists() {
    let t = arr_tree();
    // arr → churned would close arr → churned → net_new → customers → arr.
    assert!(drives_path(&t, &id("churned"), &id("arr")).is_some());
    // seats → churned would not.
    assert!(drives_path(&t, &id("churned"), &id("seats")).is_none());
}

#[test]
fn other_link_kinds_are_not_drives() {
    let mut t = arr_tree();
    t.links
        .push(Link::new(LinkKind::Impacts, id("arr"), id("churned")));
    assert_eq!(drives_cycle(&t), None);
    assert_eq!(drives_path(&t, &id("arr"), &id("churned")), None);
    assert_eq!(drivers(&t, &id("churned")), Vec::<NodeId>::new());
}

#[test]
fn cycles_are_found_as_paths() {
    assert_eq!(drives_cycle(&arr_tree()), None);
    let t = kpi_tree(&["x", "a", "b", "c"], &["x>a", "a>b", "b>c", "c>a"]);
    let cycle = drives_cycle(&t).unwrap();
    assert_eq!(cycle, ids(&["a", "b", "c", "a"]));
    assert_eq!(format_path(&cycle), "a → b → c → a");
    let two = kpi_tree(&["a", "b"], &["a>b", "b>a"]);
    assert_eq!(drives_cycle(&two), Some(ids(&["a", "b", "a"])));
}

#[test]
fn self_and_dangling_links_are_not_edges() {
    let t = kpi_tree(&["a", "b"], &["a>a", "a>ghost", "b>a"]);
    assert_eq!(drives_cycle(&t), None);
    assert_eq!(drivers(&t, &id("a")), ids(&["b"]));
    assert_eq!(levels(&t).get(&id("a")), Some(&0));
}

#[test]
fn levels_are_shortest_distances_to_a_root() {
    let mut t = arr_tree();
    // churned also drives arr directly: its shortest distance is 1.
    t.links
        .push(Link::new(LinkKind::Drives, id("churned"), id("arr")));
    let levels = levels(&t);
    let expected = [
        ("arr", 0),
        ("customers", 1),
        ("seats", 1),
        ("net_new", 2),
        ("acquired", 3),
        ("churned", 1),
    ];
    for (name, level) in expected {
        assert_eq!(levels.get(&id(name)), Some(&level), "{name}");
    }
}

#[test]
fn levels_terminate_on_cycles() {
    let t = kpi_tree(
        &["root", "a", "b", "c", "d"],
        &["a>b", "b>a", "c>d", "d>c", "c>root"],
    );
    let levels = levels(&t);
    assert_eq!(levels.get(&id("root")), Some(&0));
    assert_eq!(levels.get(&id("a")), None);
    assert_eq!(levels.get(&id("b")), None);
    assert_eq!(levels.get(&id("c")), Some(&1));
    assert_eq!(levels.get(&id("d")), Some(&2));
}

#[test]
fn drivers_in_link_order_each_once() {
    let mut t = arr_tree();
    t.links
        .push(Link::new(LinkKind::Drives, id("churned"), id("net_new")));
    assert_eq!(drivers(&t, &id("net_new")), ids(&["acquired", "churned"]));
    assert_eq!(drivers(&t, &id("arr")), ids(&["customers", "seats"]));
    assert_eq!(driven(&t, &id("net_new")), ids(&["customers"]));
    assert_eq!(drivers(&t, &id("ghost")), Vec::<NodeId>::new());
}

#[test]
fn drives_order_puts_drivers_first() {
    let order = drives_order(&arr_tree());
    assert_eq!(
        order,
        ids(&[
            "seats",
            "acquired",
            "churned",
            "net_new",
            "customers",
            "arr"
        ])
    );
    let position = |name: &str| order.iter().position(|n| n == &id(name));
    for link in &arr_tree().links {
        assert!(position(link.from.as_str()) < position(link.to.as_str()));
    }
}

#[test]
fn drives_order_leaves_out_cycles_and_what_they_drive() {
    let t = kpi_tree(&["a", "b", "c", "d"], &["a>b", "b>a", "b>c"]);
    assert_eq!(drives_order(&t), ids(&["d"]));
}

#[test]
fn long_chains_do_not_exhaust_the_stack() {
    let names: Vec<String> = (0..20_000).map(|i| format!("n{i}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let links: Vec<String> = (1..names.len())
        .map(|i| format!("n{i}>n{}", i - 1))
        .collect();
    let link_refs: Vec<&str> = links.iter().map(String::as_str).collect();
    let mut t = kpi_tree(&refs, &link_refs);
    assert_eq!(levels(&t).get(&id("n19999")), Some(&19_999));
    assert_eq!(drives_cycle(&t), None);
    t.links
        .push(Link::new(LinkKind::Drives, id("n0"), id("n19999")));
    assert_eq!(drives_cycle(&t).map(|c| c.len()), Some(20_001));
}
