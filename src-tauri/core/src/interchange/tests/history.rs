//! Version 2 (SPEC 8): the tree's `period` and each node's `history`, read with
//! every problem named by node and field, refused in a version-1 file, written
//! only when the tree holds time, and round-tripped byte for byte.

use serde_json::json;

use super::{one, refused, with};
use crate::interchange::*;
use crate::model::{Granularity, Period};

/// The small valid file as version 2, with months of history on two nodes.
fn timed() -> serde_json::Value {
    with(|f| {
        f["kpitree"] = json!(2);
        f["period"] = json!("month");
        f["nodes"][1]["history"] = json!([
            {"period": "2026-01", "value": 100},
            {"period": "2026-02", "value": 110.5}
        ]);
        f["nodes"][2]["history"] = json!([{"period": "2026-02", "value": 96}]);
    })
}

fn p(text: &str) -> Period {
    Period::parse(text).unwrap()
}

#[test]
fn version_2_reads_period_and_history() {
    let tree = read(&timed().to_string(), "f.json").unwrap();
    assert_eq!(tree.period, Granularity::Month);
    let net_new = &tree.nodes[1];
    assert_eq!(net_new.history.len(), 2);
    assert_eq!(net_new.value_in(p("2026-02")), Some(110.5));
    let weeks = with(|f| {
        f["kpitree"] = json!(2);
        f["period"] = json!("week");
        f["nodes"][1]["history"] = json!([{"period": "2026-W53", "value": 1}]);
    });
    let tree = read(&weeks.to_string(), "f.json").unwrap();
    assert_eq!(tree.period, Granularity::Week);
    // Without `period`, a version-2 tree counts in months.
    let plain = with(|f| f["kpitree"] = json!(2));
    assert_eq!(
        read(&plain.to_string(), "f.json").unwrap().period,
        Granularity::Month
    );
}

#[test]
fn a_version_1_file_with_time_is_refused_naming_the_field() {
    let mut file = timed();
    file["kpitree"] = json!(1);
    assert_eq!(
        refused(&file),
        [
            "f.json: \"period\" needs version 2 of the format; this file is version 1 (\"kpitree\": 1)",
            "f.json: node 2 \"net_new\": \"history\" needs version 2 of the format; this file is version 1 (\"kpitree\": 1)",
            "f.json: node 3 \"price\": \"history\" needs version 2 of the format; this file is version 1 (\"kpitree\": 1)",
        ]
    );
}

#[test]
fn bad_histories_are_refused_naming_node_point_and_field() {
    let case = |history: serde_json::Value| {
        let mut file = timed();
        file["nodes"][1]["history"] = history;
        one(&file)
    };
    assert_eq!(
        case(json!([{"period": "2026-13", "value": 1}])),
        "f.json: node 2 \"net_new\": \"history[1].period\": \"2026-13\" is not a period: a month is 01 to 12"
    );
    assert_eq!(
        case(json!([{"period": "2026-01", "value": 1}, {"period": "2026-Q2", "value": 1}])),
        "f.json: node 2 \"net_new\": \"history[2].period\": 2026-Q2 is a quarter, but the tree counts time in months (\"period\": \"month\")"
    );
    assert_eq!(
        case(json!([{"period": "2026-03", "value": 1}, {"period": "2026-02", "value": 1}])),
        "f.json: node 2 \"net_new\": \"history[2].period\": 2026-02 comes after 2026-03; periods must be ascending"
    );
    assert_eq!(
        case(json!([{"period": "2026-03", "value": 1}, {"period": "2026-03", "value": 2}])),
        "f.json: node 2 \"net_new\": \"history[2].period\": 2026-03 appears twice; each period appears once"
    );
    assert_eq!(
        case(json!([{"period": "2026-03", "value": "12"}])),
        "f.json: node 2 \"net_new\": \"history[1].value\" must be a number, not a string"
    );
    assert_eq!(
        case(json!([{"period": "2026-03"}])),
        "f.json: node 2 \"net_new\": \"history[1].value\" is missing"
    );
    assert_eq!(
        case(json!([{"period": "2026-03", "value": 1, "note": "x"}])),
        "f.json: node 2 \"net_new\": unknown field \"history[1].note\"; the history point fields are period, value"
    );
    assert_eq!(
        case(json!([12])),
        "f.json: node 2 \"net_new\": \"history[1]\" must be an object {\"period\", \"value\"}, not a number"
    );
    assert_eq!(
        case(json!({"2026-01": 1})),
        "f.json: node 2 \"net_new\": \"history\" must be an array, not an object"
    );
    let mut file = timed();
    file["period"] = json!("day");
    assert_eq!(
        refused(&file)[0],
        "f.json: \"period\": unknown period \"day\"; use one of month, quarter, week"
    );
}

#[test]
fn a_tree_without_time_is_written_as_version_1() {
    let plain = read(&with(|f| f["kpitree"] = json!(2)).to_string(), "f.json").unwrap();
    let text = write(&plain);
    assert!(
        text.starts_with("{\n  \"kpitree\": 1,\n  \"name\""),
        "{text}"
    );
    assert!(!text.contains("\"period\""));
    // A tree of weeks keeps its granularity, with or without values.
    let mut weeks = plain.clone();
    weeks.period = Granularity::Week;
    let text = write(&weeks);
    assert!(text.starts_with("{\n  \"kpitree\": 2,\n"), "{text}");
    assert_eq!(read(&text, "w.json").unwrap(), weeks);
}

const TIMED_CANONICAL: &str = r#"{
  "kpitree": 2,
  "name": "Zira growth",
  "period": "quarter",
  "nodes": [
    {
      "id": "arr",
      "kind": "north_star",
      "name": "ARR",
      "formula": "price * 2",
      "history": [
        {"period": "2025-Q4", "value": 1200000},
        {"period": "2026-Q1", "value": 1250000.5}
      ]
    },
    {
      "id": "price",
      "kind": "business_kpi",
      "name": "Price",
      "value": 96,
      "pinned": true,
      "history": [
        {"period": "2026-Q1", "value": -0.125}
      ]
    }
  ],
  "links": [
    {
      "from": "price",
      "to": "arr",
      "kind": "drives"
    }
  ]
}
"#;

#[test]
fn version_2_is_written_canonically_and_round_trips_byte_for_byte() {
    let tree = read(TIMED_CANONICAL, "t.json").unwrap();
    assert_eq!(tree.period, Granularity::Quarter);
    assert_eq!(tree.nodes[0].history.len(), 2);
    assert_eq!(write(&tree), TIMED_CANONICAL);
    // A compact, shuffled spelling of the same file writes the same bytes.
    let shuffled: serde_json::Value = serde_json::from_str(TIMED_CANONICAL).unwrap();
    let first = write(&read(&shuffled.to_string(), "s.json").unwrap());
    assert_eq!(first, TIMED_CANONICAL);
    assert_eq!(read(&first, "again.json").unwrap(), tree);
}
