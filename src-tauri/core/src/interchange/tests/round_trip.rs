//! Writing: canonical form, and import → export → import → export byte for byte.

use serde_json::Value;

use super::with;
use crate::interchange::*;
use crate::model::Direction;

#[test]
fn null_optional_fields_are_absent() {
    let file = with(|f| {
        f["description"] = Value::Null;
        f["nodes"][1]["unit"] = Value::Null;
        f["links"][0]["color"] = Value::Null;
    });
    let tree = read(&file.to_string(), "f.json").unwrap();
    assert_eq!(tree.description, None);
    assert_eq!(tree.nodes[1].unit, None);
}

const FULL: &str = r##"{"kpitree":1.0,"links":[{"kind":"impacts","to":"churned","from":"fast_ux","note":"Ünïcödé \"quoted\"\n","strength":"weak","color":"#E63946"},{"from":"churned","to":"arr","kind":"drives"}],
"name":"Zira \u0007 growth","description":"d",
"nodes":[{"pinned":true,"position":{"y":-150.5,"x":1e3},"color":"#1D3557","formula":"churned * 2","owner":"Leadership","indicator":"lagging","direction":"up","target_date":"2027-06-30","target":1.5e6,"value":1200000.0,"unit":"EUR","description":"","name":"ARR","kind":"north_star","id":"arr"},
{"id":"churned","kind":"business_kpi","name":"Churned","value":0.1,"target":12345678901234567890,"pinned":false,"position":{"x":0,"y":1e21}},
{"id":"fast_ux","kind":"initiative","name":"Fast UX","value":-3}]}"##;

const FULL_CANONICAL: &str = r##"{
  "kpitree": 1,
  "name": "Zira \u0007 growth",
  "description": "d",
  "nodes": [
    {
      "id": "arr",
      "kind": "north_star",
      "name": "ARR",
      "description": "",
      "unit": "EUR",
      "value": 1200000,
      "target": 1500000,
      "target_date": "2027-06-30",
      "direction": "up",
      "indicator": "lagging",
      "owner": "Leadership",
      "formula": "churned * 2",
      "color": "#1d3557",
      "position": {
        "x": 1000,
        "y": -150.5
      },
      "pinned": true
    },
    {
      "id": "churned",
      "kind": "business_kpi",
      "name": "Churned",
      "value": 0.1,
      "target": 1.2345678901234567e+19,
      "position": {
        "x": 0,
        "y": 1e+21
      }
    },
    {
      "id": "fast_ux",
      "kind": "initiative",
      "name": "Fast UX",
      "value": -3
    }
  ],
  "links": [
    {
      "from": "fast_ux",
      "to": "churned",
      "kind": "impacts",
      "color": "#e63946",
      "strength": "weak",
      "note": "Ünïcödé \"quoted\"\n"
    },
    {
      "from": "churned",
      "to": "arr",
      "kind": "drives"
    }
  ]
}
"##;

#[test]
fn write_is_canonical() {
    let tree = read(FULL, "full.json").unwrap();
    assert_eq!(tree.nodes[0].direction, Some(Direction::Up));
    assert_eq!(write(&tree), FULL_CANONICAL);
}

#[test]
fn import_export_import_export_is_byte_identical() {
    let first = write(&read(FULL, "full.json").unwrap());
    let tree = read(&first, "first.json").unwrap();
    let second = write(&tree);
    assert_eq!(first, second);
    assert_eq!(read(&second, "second.json").unwrap(), tree);
}

#[test]
fn an_empty_tree_round_trips() {
    let text = "{\"kpitree\": 1, \"name\": \"Empty\", \"nodes\": [], \"links\": []}";
    let written = write(&read(text, "e.json").unwrap());
    assert_eq!(
        written,
        "{\n  \"kpitree\": 1,\n  \"name\": \"Empty\",\n  \"nodes\": [],\n  \"links\": []\n}\n"
    );
}

/// Found by fuzzing (issue 15): serde_json's default float parsing is best-effort,
/// so a number written in its shortest round-trip form could read back as its
/// neighbour, and an exported tree imported as another one.
#[test]
fn every_number_written_reads_back_exactly() {
    let numbers = [
        -5.127025172011962e-232,
        2.2250738585072014e-308,
        1.7976931348623157e308,
    ];
    for n in numbers {
        let file = with(|f| {
            f["nodes"][0]["value"] = Value::from(n);
            f["nodes"][0]["position"] = serde_json::json!({ "x": n, "y": -n });
        });
        let tree = read(&file.to_string(), "f.json").unwrap();
        let back = read(&write(&tree), "f.json").unwrap();
        assert_eq!(back, tree, "{n:e}");
        assert_eq!(back.nodes[0].value, Some(n), "{n:e}");
    }
}
