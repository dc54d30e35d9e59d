use std::collections::BTreeSet;

use super::*;

fn names_and_parents(outline: &Outline) -> Vec<(String, Option<String>)> {
    outline
        .lines
        .iter()
        .map(|line| {
            let parent = line.parent.map(|p| outline.lines[p].name.clone());
            (line.name.clone(), parent)
        })
        .collect()
}

fn pairs(list: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    list.iter()
        .map(|(n, p)| (n.to_string(), p.map(str::to_string)))
        .collect()
}

#[test]
fn spaces_tabs_and_bullets_give_the_same_outline() {
    let expected = pairs(&[
        ("ARR", None),
        ("Paying customers", Some("ARR")),
        ("Net new", Some("Paying customers")),
        ("Price per seat", Some("ARR")),
    ]);
    for text in [
        "ARR\n  Paying customers\n    Net new\n  Price per seat\n",
        "ARR\n\tPaying customers\n\t\tNet new\n\tPrice per seat",
        "- ARR\n  - Paying customers\n    * Net new\n  - Price per seat",
        "1. ARR\n   1) Paying customers\n      • Net new\n   2) Price per seat\r\n",
        "ARR\r\n\r\n    Paying customers\r\n        Net new\r\n    Price per seat\r\n",
    ] {
        let outline = parse_outline(text).expect("reads");
        assert_eq!(names_and_parents(&outline), expected, "{text:?}");
    }
}

#[test]
fn a_dedent_to_no_earlier_level_attaches_to_the_nearest_shallower_line() {
    let outline = parse_outline("A\n    B\n        C\n  D\nE").expect("reads");
    assert_eq!(
        names_and_parents(&outline),
        pairs(&[
            ("A", None),
            ("B", Some("A")),
            ("C", Some("B")),
            ("D", Some("A")),
            ("E", None),
        ])
    );
}

#[test]
fn kinds_and_values_are_read() {
    let text = "north star: ARR\n\tkpi: Churned\t60\n\t\tmetric: CSAT\t78%\n\t\tGoal: fewer tickets\n\tSeats\t\"1,250\"";
    let outline = parse_outline(text).expect("reads");
    let read: Vec<(&str, Option<NodeKind>, Option<f64>)> = outline
        .lines
        .iter()
        .map(|l| (l.name.as_str(), l.kind, l.value))
        .collect();
    assert_eq!(
        read,
        vec![
            ("ARR", Some(NodeKind::NorthStar), None),
            ("Churned", Some(NodeKind::BusinessKpi), Some(60.0)),
            ("CSAT", Some(NodeKind::ProductMetric), Some(78.0)),
            ("Goal: fewer tickets", None, None),
            ("Seats", None, Some(1250.0)),
        ]
    );
}

#[test]
fn bad_lines_are_refused_with_their_number() {
    assert_eq!(parse_outline(" \n\t\n"), Err(OutlineError::Empty));
    assert_eq!(
        parse_outline("ARR\n\n  Churn\tlots"),
        Err(OutlineError::NotANumber {
            line: 3,
            text: "lots".into()
        })
    );
    assert_eq!(
        parse_outline("ARR\t1\t2"),
        Err(OutlineError::NotANumber {
            line: 1,
            text: "2".into()
        })
    );
    assert_eq!(
        parse_outline("kpi:  "),
        Err(OutlineError::NoName {
            line: 1,
            text: "kpi:".into()
        })
    );
    // Binary-looking text pasted by mistake: refused at its first control character.
    assert_eq!(
        parse_outline("ARR\n  \u{1}\u{2}PNG\r\n"),
        Err(OutlineError::ControlCharacter {
            line: 2,
            code: "U+0001".into()
        })
    );
    let long = format!("ARR\n  {}", "x".repeat(201));
    assert_eq!(
        parse_outline(&long),
        Err(OutlineError::NameTooLong {
            line: 2,
            chars: 201
        })
    );
    let many = "node\n".repeat(MAX_OUTLINE_LINES + 1);
    assert_eq!(
        parse_outline(&many),
        Err(OutlineError::TooLong {
            lines: MAX_OUTLINE_LINES + 1
        })
    );
}

#[test]
fn the_fragment_has_ids_from_names_kinds_by_depth_and_drives_links() {
    let text = "Annual recurring revenue\n  Paying customers\n    Net new customers\n      intent: Top-notch usability\n        Faster mobile load\n  Paying customers";
    let outline = parse_outline(text).expect("reads");
    let taken: BTreeSet<String> = ["net_new_customers".to_string()].into();
    let (fragment, tops) = outline_fragment(&outline, NodeKind::NorthStar, &taken);
    let nodes: Vec<(String, NodeKind)> = fragment
        .nodes
        .iter()
        .map(|n| (n.id.to_string(), n.kind))
        .collect();
    assert_eq!(
        nodes,
        vec![
            ("annual_recurring_revenue".into(), NodeKind::NorthStar),
            ("paying_customers".into(), NodeKind::BusinessKpi),
            ("net_new_customers_2".into(), NodeKind::BusinessKpi),
            ("top_notch_usability".into(), NodeKind::StrategicIntent),
            ("faster_mobile_load".into(), NodeKind::Initiative),
            ("paying_customers_2".into(), NodeKind::BusinessKpi),
        ]
    );
    let links: Vec<String> = fragment.links.iter().map(|l| l.key().to_string()).collect();
    assert_eq!(
        links,
        vec![
            "drives-paying_customers-annual_recurring_revenue",
            "drives-net_new_customers_2-paying_customers",
            "drives-top_notch_usability-net_new_customers_2",
            "drives-faster_mobile_load-top_notch_usability",
            "drives-paying_customers_2-annual_recurring_revenue",
        ]
    );
    assert_eq!(tops.len(), 1);
    assert_eq!(tops[0].as_str(), "annual_recurring_revenue");
}

#[test]
fn top_lines_take_the_kind_given_for_them() {
    let outline = parse_outline("Activation\nRetention").expect("reads");
    let (fragment, tops) = outline_fragment(&outline, NodeKind::ProductMetric, &BTreeSet::new());
    assert!(fragment
        .nodes
        .iter()
        .all(|n| n.kind == NodeKind::ProductMetric));
    assert_eq!(tops.len(), 2);
    assert!(fragment.links.is_empty());
}
