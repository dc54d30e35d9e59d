//! Bad input: each kind of problem named with its place, and odd input that must
//! not panic.

use serde_json::json;

use super::{one, refused, valid, with};
use crate::interchange::*;
use crate::model::{NodeKind, Strength};

#[test]
fn reads_a_valid_file() {
    let tree = read(&valid().to_string(), "f.json").unwrap();
    assert_eq!(tree.name, "Zira growth");
    assert_eq!(tree.nodes.len(), 4);
    assert_eq!(tree.nodes[0].kind, NodeKind::NorthStar);
    assert_eq!(tree.nodes[1].value, Some(120.0));
    assert_eq!(tree.links[2].strength, Some(Strength::Strong));
}

#[test]
fn malformed_json_names_line_and_column() {
    let message = read("{\n  \"kpitree\": 1,\n  \"name\": }", "f.json").unwrap_err();
    assert_eq!(
        message.to_string(),
        "f.json: malformed JSON at line 3, column 11: expected value"
    );
    let twice = read(
        "{\"kpitree\": 1, \"name\": \"a\",\n\"name\": \"b\"}",
        "f.json",
    );
    assert_eq!(
        twice.unwrap_err().to_string(),
        "f.json: bad JSON at line 2, column 6: the key \"name\" appears twice"
    );
    let empty = read("  \n", "f.json").unwrap_err().to_string();
    assert_eq!(empty, "f.json: the file is empty");
}

#[test]
fn the_file_must_be_an_object_of_version_1_or_2() {
    assert_eq!(
        one(&json!([1, 2])),
        "f.json: the file must hold a JSON object, not an array"
    );
    assert_eq!(
        one(&with(|f| f["kpitree"] = json!(3))),
        "f.json: \"kpitree\" is 3, but this version of kpitree reads versions 1 and 2"
    );
    assert_eq!(
        one(&with(|f| f["kpitree"] = json!("1"))),
        "f.json: \"kpitree\" must be the number 1 or 2, not a string"
    );
    let missing = with(|f| {
        f.as_object_mut().unwrap().remove("kpitree");
    });
    assert_eq!(
        one(&missing),
        "f.json: \"kpitree\" is missing; a kpitree file starts with \"kpitree\": 1"
    );
}

#[test]
fn missing_required_fields() {
    let file = with(|f| {
        let top = f.as_object_mut().unwrap();
        top.remove("name");
        top.remove("links");
    });
    assert_eq!(
        refused(&file),
        [
            "f.json: \"name\" is missing",
            "f.json: \"links\" is missing"
        ]
    );
    let file = with(|f| {
        f["nodes"][1].as_object_mut().unwrap().remove("kind");
        f["nodes"][2].as_object_mut().unwrap().remove("id");
        f["links"][0].as_object_mut().unwrap().remove("to");
    });
    assert_eq!(
        refused(&file),
        [
            "f.json: node 2 \"net_new\": \"kind\" is missing",
            "f.json: node 3: \"id\" is missing",
            "f.json: link 1: \"to\" is missing",
        ]
    );
}

#[test]
fn unknown_fields_are_named() {
    let file = with(|f| {
        f["version"] = json!(1);
        f["nodes"][2]["colour"] = json!("#e63946");
        f["nodes"][2]["position"] = json!({ "x": 1, "y": 2, "z": 3 });
        f["links"][1]["weight"] = json!(3);
    });
    let messages = refused(&file);
    assert_eq!(messages.len(), 4, "{messages:#?}");
    assert!(messages[0].starts_with(
        "f.json: unknown field \"version\"; the top-level fields are kpitree, name, description, nodes, links"
    ));
    assert!(messages[1].starts_with(
        "f.json: node 3 \"price\": unknown field \"colour\"; the node fields are id, kind, name,"
    ));
    assert_eq!(
        messages[2],
        "f.json: node 3 \"price\": unknown field \"position.z\"; the position fields are x, y"
    );
    assert_eq!(
        messages[3],
        "f.json: link 2 (drives price → arr): unknown field \"weight\"; the link fields are from, to, kind, color, strength, note"
    );
}

#[test]
fn wrong_types() {
    let file = with(|f| {
        f["description"] = json!(7);
        f["nodes"][1]["value"] = json!("120");
        f["nodes"][1]["pinned"] = json!("yes");
        f["nodes"][2]["position"] = json!({ "x": "left" });
        f["nodes"][3] = json!("fast_ux");
        f["links"][0]["kind"] = json!(["drives"]);
    });
    assert_eq!(
        refused(&file),
        [
            "f.json: \"description\" must be a string, not a number",
            "f.json: node 2 \"net_new\": \"value\" must be a number, not a string",
            "f.json: node 2 \"net_new\": \"pinned\" must be true or false, not a string",
            "f.json: node 3 \"price\": \"position.x\" must be a number, not a string",
            "f.json: node 3 \"price\": \"position.y\" is missing",
            "f.json: node 4: a node must be an object, not a string",
            "f.json: link 1: \"kind\" must be a string, not an array",
        ]
    );
    assert_eq!(
        one(&with(|f| f["nodes"] = json!({}))),
        "f.json: \"nodes\" must be an array, not an object"
    );
}

#[test]
fn unknown_kinds_list_the_accepted_ones() {
    let file = with(|f| {
        f["nodes"][2]["kind"] = json!("kpi");
        f["nodes"][2]["direction"] = json!("higher");
        f["links"][2]["kind"] = json!("affects");
        f["links"][2]["strength"] = json!("huge");
    });
    assert_eq!(
        refused(&file),
        [
            "f.json: node 3 \"price\": \"kind\": unknown kind \"kpi\"; use one of north_star, business_kpi, product_metric, strategic_intent, initiative, health_metric",
            "f.json: node 3 \"price\": \"direction\": unknown direction \"higher\"; use one of up, down",
            "f.json: link 3 (affects fast_ux → net_new): \"kind\": unknown kind \"affects\"; use one of drives, impacts, guards",
            "f.json: link 3 (affects fast_ux → net_new): \"strength\": unknown strength \"huge\"; use one of strong, medium, weak",
        ]
    );
}

#[test]
fn bad_ids_colours_and_dates() {
    let file = with(|f| {
        f["nodes"][3]["id"] = json!("fast-ux");
        f["nodes"][1]["color"] = json!("red");
        f["nodes"][1]["target_date"] = json!("2027-02-30");
        f["links"][1]["from"] = json!("1price");
    });
    assert_eq!(
        refused(&file),
        [
            "f.json: node 2 \"net_new\": \"target_date\": date \"2027-02-30\" is not valid: write it as YYYY-MM-DD",
            "f.json: node 2 \"net_new\": \"color\": colour \"red\" is not valid: write it as #rrggbb",
            "f.json: node 4 \"fast-ux\": \"id\": id \"fast-ux\" is not valid: an id starts with a letter or _, then up to 63 letters, digits or _",
            "f.json: link 2 (drives 1price → arr): \"from\": id \"1price\" is not valid: an id starts with a letter or _, then up to 63 letters, digits or _",
        ]
    );
}

#[test]
fn over_long_and_empty_names() {
    let long = "é".repeat(201);
    let file = with(|f| {
        f["nodes"][2]["name"] = json!(long);
        f["name"] = json!("");
    });
    assert_eq!(
        refused(&file),
        [
            "f.json: tree: name is empty",
            "f.json: node 3 \"price\": name is 201 characters long; at most 200 are allowed",
        ]
    );
    let ok = with(|f| f["nodes"][2]["name"] = json!("é".repeat(200)));
    assert!(read(&ok.to_string(), "f.json").is_ok());
}

#[test]
fn tree_rules_are_checked_with_positions() {
    let file = with(|f| {
        let links = f["links"].as_array_mut().unwrap();
        links.push(json!({ "from": "ghost", "to": "arr", "kind": "drives" }));
        links.push(json!({ "from": "arr", "to": "price", "kind": "drives" }));
        links.push(json!({ "from": "price", "to": "arr", "kind": "drives" }));
        f["nodes"][3]["id"] = json!("net_new");
        f["nodes"][1]["formula"] = json!("price - (");
    });
    assert_eq!(
        refused(&file),
        [
            "f.json: node 2 \"net_new\": formula: unexpected end of formula at column 10; expected a number, an id or '('",
            "f.json: node 4 \"net_new\": node 2 has the same id; ids must be unique",
            "f.json: link 3 (impacts fast_ux → net_new): \"fast_ux\" is not a node of this tree",
            "f.json: link 4 (drives ghost → arr): \"ghost\" is not a node of this tree",
            "f.json: link 5 (drives arr → price): drives links form a cycle: price → arr → price",
            "f.json: link 6 (drives price → arr): the same link is already link 2",
        ]
    );
}

#[test]
fn formula_ids_must_be_drivers() {
    let file = with(|f| f["nodes"][0]["formula"] = json!("net_new * seats"));
    assert_eq!(
        one(&file),
        "f.json: node 1 \"arr\": formula uses \"seats\", which is not a driver of \"arr\" (there is no node \"seats\")"
    );
}

#[test]
fn warnings_do_not_refuse_a_file() {
    let file = with(|f| {
        f["nodes"][2]["value"] = json!(0);
        f["nodes"][0]["formula"] = json!("net_new / price");
        f["nodes"][1]["kind"] = json!("north_star");
    });
    assert!(read(&file.to_string(), "f.json").is_ok());
}

#[test]
fn a_node_that_cannot_be_read_does_not_cause_false_alarms() {
    // Node 2 has no kind: links to it are not reported as dangling.
    let file = with(|f| {
        f["nodes"][1]["kind"] = json!(null);
        f["nodes"][2]["name"] = json!("");
    });
    assert_eq!(
        refused(&file),
        [
            "f.json: node 2 \"net_new\": \"kind\" must be a string, not null",
            "f.json: node 3 \"price\": name is empty",
        ]
    );
}

#[test]
fn never_panics_on_odd_input() {
    let label = with(|f| f["links"][0]["from"] = json!("a \n b"));
    assert!(refused(&label)[0].starts_with("f.json: link 1 (drives \"a \\n b\" → arr): "));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let odd = [
        "",
        "null",
        "\u{feff}{}",
        "{\"kpitree\": 1e400}",
        &deep,
        "{\"kpitree\": 1, \"name\": 1, \"nodes\": [null, 1, []], \"links\": [true]}",
        "{\"kpitree\": -1}",
    ];
    for text in odd {
        assert!(read(text, "odd.json").is_err(), "{text:.40}");
    }
}

#[test]
fn problems_carry_subject_and_category() {
    use crate::model::{LinkKey, LinkKind, NodeId};
    use crate::validate::{Category, Severity, Subject};
    let file = with(|f| {
        f["nodes"][2]["color"] = json!("red");
        f["nodes"][1]["colour"] = json!("red");
        f["links"][0]["from"] = json!("ghost");
    });
    let error = read(&file.to_string(), "f.json").unwrap_err();
    let found: Vec<(Subject, Category)> = error
        .problems()
        .iter()
        .map(|p| (p.subject.clone(), p.category))
        .collect();
    let node = |id: &str| Subject::Node {
        id: NodeId::new(id).unwrap(),
    };
    let dangling = Subject::Link {
        key: LinkKey {
            kind: LinkKind::Drives,
            from: NodeId::new("ghost").unwrap(),
            to: NodeId::new("arr").unwrap(),
        },
    };
    assert_eq!(
        found,
        [
            (node("net_new"), Category::Structure),
            (node("price"), Category::Field),
            // net_new no longer drives arr, whose formula uses it.
            (node("arr"), Category::Formula),
            (dangling, Category::Structure),
        ]
    );
    assert!(error
        .problems()
        .iter()
        .all(|p| p.severity == Severity::Error));
    let shown = error.problems()[0].to_string();
    assert!(shown.starts_with("error: f.json: node 2 \"net_new\": unknown field \"colour\""));
    let malformed = read("{", "f.json").unwrap_err();
    assert_eq!(malformed.problems()[0].subject, Subject::Tree);
}
