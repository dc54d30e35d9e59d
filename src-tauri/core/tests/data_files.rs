//! The files of `tests/data`: the valid Zira tree and one file per kind of bad
//! input, read through the public API the way the command line reads them.

mod common;

use std::path::PathBuf;

use common::id;
use kpitree_core::formula::{compute_values, compute_values_at};
use kpitree_core::graph::levels;
use kpitree_core::interchange::{read, write};
use kpitree_core::model::{LinkKind, NodeId};
use kpitree_core::validate::check;

fn data(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/data")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn zira_is_valid_canonical_and_computes() {
    let text = data("zira.json");
    let tree = read(&text, "zira.json").unwrap();
    assert_eq!(tree.name, "Zira growth");
    assert!(tree.nodes.len() >= 15);
    assert_eq!(check(&tree), []);
    assert_eq!(write(&tree), text, "zira.json is in the canonical form");
    let values = compute_values(&tree);
    assert_eq!(values[&id("net_new")].value, Some(120.0));
    assert_eq!(values[&id("arr")].value, Some(520.0 * 25.0 * 96.0));
    assert!(values[&id("arr")].computed);
    assert_eq!(levels(&tree)[&id("arr")], 0);
}

/// Version 2: zira.json with 12 months of history on its entered metrics.
#[test]
fn zira_history_is_valid_canonical_and_computes_per_month() {
    let text = data("zira_history.json");
    let tree = read(&text, "zira_history.json").unwrap();
    assert_eq!(check(&tree), []);
    assert_eq!(
        write(&tree),
        text,
        "zira_history.json is in the canonical form"
    );
    let periods = tree.periods();
    assert_eq!(periods.len(), 12);
    let latest = tree.latest_period().unwrap();
    assert_eq!(latest.to_string(), "2026-05");
    // The latest month holds today's values, so it computes as today.
    assert_eq!(compute_values_at(&tree, latest), compute_values(&tree));
    let first = compute_values_at(&tree, periods[0]);
    let at = |node: &str| tree.node(&id(node)).unwrap().value_in(periods[0]).unwrap();
    let customers = at("customers_at_start") + at("acquired") - at("churned");
    let arr = customers * at("seats_per_customer") * at("price_per_seat");
    assert_eq!(first[&id("arr")].value, Some(arr));
    // Without its history it is zira.json, a version-1 file.
    let mut plain = tree.clone();
    plain.nodes.iter_mut().for_each(|node| node.history.clear());
    plain.period = Default::default();
    assert_eq!(write(&plain), data("zira.json"));
}

#[test]
fn zira_is_laid_out_top_down() {
    let tree = read(&data("zira.json"), "zira.json").unwrap();
    let y = |node: &NodeId| tree.node(node).and_then(|n| n.position).map(|p| p.y);
    for link in tree.links.iter().filter(|l| l.kind == LinkKind::Drives) {
        assert!(
            y(&link.from) > y(&link.to),
            "{} is not below {}",
            link.from,
            link.to
        );
    }
    for (i, a) in tree.nodes.iter().enumerate() {
        for b in &tree.nodes[i + 1..] {
            let (pa, pb) = (a.position.unwrap(), b.position.unwrap());
            let apart = (pa.x - pb.x).abs() >= 220.0 || (pa.y - pb.y).abs() >= 100.0;
            assert!(apart, "{} overlaps {}", a.id, b.id);
        }
    }
}

#[test]
fn bad_files_are_refused_with_a_message_naming_file_place_and_problem() {
    let cases = [
        ("cycle.json", "cycle.json: link 5 (drives arr → churned): drives links form a cycle: churned → net_new → arr → churned"),
        ("dangling.json", "dangling.json: link 5 (drives ghost → arr): \"ghost\" is not a node of this tree"),
        ("duplicate_id.json", "duplicate_id.json: node 6 \"price\": node 3 has the same id; ids must be unique"),
        ("bad_formula.json", "bad_formula.json: node 2 \"net_new\": formula: unexpected '*' at column 12; expected a number, an id or '('"),
        ("unknown_field.json", "unknown_field.json: node 3 \"price\": unknown field \"colour\"; the node fields are id, kind, name, description, unit, value, target, target_date, direction, indicator, owner, formula, color, position, pinned"),
        ("bad_color.json", "bad_color.json: node 3 \"price\": \"color\": colour \"red\" is not valid: write it as #rrggbb"),
        ("bad_date.json", "bad_date.json: node 1 \"arr\": \"target_date\": date \"2027-02-30\" is not valid: write it as YYYY-MM-DD"),
        ("long_name.json", "long_name.json: node 4 \"acquired\": name is 219 characters long; at most 200 are allowed"),
        ("malformed.json", "malformed.json: malformed JSON at line 17, column 5: expected `,` or `]`"),
        ("unknown_kind.json", "unknown_kind.json: node 3 \"price\": \"kind\": unknown kind \"kpi\"; use one of north_star, business_kpi, product_metric, strategic_intent, initiative, health_metric"),
        ("wrong_version.json", "wrong_version.json: \"kpitree\" is 3, but this version of kpitree reads versions 1 and 2"),
    ];
    for (file, expected) in cases {
        let error = read(&data(file), file).expect_err(file);
        assert_eq!(error.messages(), [expected], "{file}");
    }
}
