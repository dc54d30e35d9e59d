//! `kpitree export`: `--layout` and its engines, pinned nodes, SVG and PNG, and
//! the tree's status thresholds.

use super::common::*;

/// `--layout` lays the tree out with the core's layout: every child below (top-down)
/// or right of (left-right) every node it drives, and the result imports again.
#[test]
fn export_with_layout_places_children_below_or_right_of_their_parents() {
    let (folder, db) = store_with_zira();
    for (layout, axis) in [("top-down", "y"), ("left-right", "x")] {
        let output = export(&db, "Zira growth", "json", "-", &["--layout", layout]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
        let coordinate = |id: &str| -> f64 {
            let nodes = json["nodes"].as_array().expect("nodes");
            let node = nodes.iter().find(|n| n["id"] == id).expect("node");
            node["position"][axis]
                .as_f64()
                .expect("a laid-out position")
        };
        for link in json["links"].as_array().expect("links") {
            if link["kind"] == "drives" {
                let (child, parent) = (
                    link["from"].as_str().expect("from"),
                    link["to"].as_str().expect("to"),
                );
                assert!(
                    coordinate(child) > coordinate(parent),
                    "{layout}: {child} not past {parent}"
                );
            }
        }
        let file = folder.path().join(format!("{layout}.json"));
        std::fs::write(&file, &output.stdout).expect("write");
        let again = kpitree(&db, &["check", file.to_str().expect("path")]);
        assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    }
}

/// A pinned node keeps the place the user gave it when the rest is laid out.
#[test]
fn export_with_layout_keeps_pinned_nodes_where_they_are() {
    let folder = tempfile::tempdir().expect("temp folder");
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("zira.json")).expect("read"))
            .expect("json");
    let pinned = &mut json["nodes"][3];
    pinned["position"] = serde_json::json!({"x": 5000, "y": -700});
    pinned["pinned"] = serde_json::json!(true);
    let pinned_id = pinned["id"].as_str().expect("id").to_owned();
    let file = folder.path().join("pinned.json");
    std::fs::write(&file, serde_json::to_string(&json).expect("text")).expect("write");
    let db = folder.path().join("store.db");
    let import = kpitree(&db, &["import", file.to_str().expect("path")]);
    assert_eq!(import.status.code(), Some(0), "{}", stderr(&import));

    let output = export(&db, "Zira growth", "json", "-", &["--layout", "top-down"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let laid_out: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    let nodes = laid_out["nodes"].as_array().expect("nodes");
    let node = nodes
        .iter()
        .find(|n| n["id"] == pinned_id.as_str())
        .expect("pinned node");
    assert_eq!(node["position"], serde_json::json!({"x": 5000, "y": -700}));
    let moved = nodes.iter().filter(|n| n["id"] != pinned_id.as_str());
    let original = json["nodes"].as_array().expect("nodes");
    assert!(
        moved
            .zip(original.iter().filter(|n| n["id"] != pinned_id.as_str()))
            .any(|(a, b)| a["position"] != b["position"]),
        "the other nodes were not laid out"
    );
}

/// SVG export (SPEC 5): a standalone SVG with a group per node and link, the same
/// bytes for the same tree, and no font unless asked; PNG at the chosen scale.
#[test]
fn export_svg_and_png() {
    let (folder, db) = store_with_zira();
    let svg = |extra: &[&str]| {
        let output = export(&db, "Zira growth", "svg", "-", extra);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        stdout(&output)
    };
    let light = svg(&[]);
    assert!(
        light.contains("<svg") && light.contains("viewBox="),
        "not an svg"
    );
    assert!(light.contains("<g id=\"node-arr\" class=\"node north_star\""));
    assert!(light.contains("class=\"link drives\""));
    assert!(
        light.contains("@font-face"),
        "the font is embedded by default"
    );
    assert_eq!(light, svg(&[]), "the same tree gives the same bytes");
    let bare = svg(&[
        "--no-embed-font",
        "--theme",
        "dark",
        "--layout",
        "left-right",
    ]);
    assert!(!bare.contains("@font-face"));
    assert_ne!(bare, light);

    let png_path = folder.path().join("zira.png");
    let output = export(
        &db,
        "Zira growth",
        "png",
        png_path.to_str().expect("path"),
        &["--scale", "1"],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let png = std::fs::read(&png_path).expect("png written");
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    let svg_width: f64 = light
        .split("width=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|text| text.parse().ok())
        .expect("an svg width");
    assert_eq!(f64::from(width), svg_width.ceil());
}

/// Both layout engines are selectable; the tidy one refuses a tree where a node
/// drives two parents, saying which node and what to use instead.
#[test]
fn export_engine_choice() {
    let (_folder, db) = store_with_zira();
    for engine in ["auto", "tidy", "layered"] {
        let output = export(&db, "Zira growth", "svg", "-", &["--engine", engine]);
        assert_eq!(
            output.status.code(),
            Some(0),
            "{engine}: {}",
            stderr(&output)
        );
    }
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(data("zira.json")).expect("read"))
            .expect("json");
    // Give a node that drives a non-root a second parent: the root, which drives
    // nothing, so no cycle can close.
    let links = json["links"].as_array_mut().expect("links");
    let drives: Vec<serde_json::Value> = links
        .iter()
        .filter(|l| l["kind"] == "drives")
        .cloned()
        .collect();
    let is_root = |id: &serde_json::Value| !drives.iter().any(|l| &l["from"] == id);
    let root = drives
        .iter()
        .map(|l| l["to"].clone())
        .find(|to| is_root(to))
        .expect("a root");
    let child = drives
        .iter()
        .find(|l| l["to"] != root)
        .expect("a link below the root's children")["from"]
        .clone();
    links.push(serde_json::json!({"from": child, "to": root, "kind": "drives"}));
    json["name"] = serde_json::json!("Zira DAG");
    let folder = tempfile::tempdir().expect("temp folder");
    let file = folder.path().join("dag.json");
    std::fs::write(&file, json.to_string()).expect("write");
    let import = kpitree(&db, &["import", file.to_str().expect("path")]);
    assert_eq!(import.status.code(), Some(0), "{}", stderr(&import));
    let tidy = export(&db, "Zira DAG", "svg", "-", &["--engine", "tidy"]);
    assert_eq!(tidy.status.code(), Some(1));
    assert!(stderr(&tidy).contains("layered"), "{}", stderr(&tidy));
    let layered = export(&db, "Zira DAG", "svg", "-", &["--engine", "layered"]);
    assert_eq!(layered.status.code(), Some(0), "{}", stderr(&layered));
}

/// The tree's status thresholds (kept in the store) decide the statuses of its
/// export: with a wider at-risk band, a value 20% short is at risk, not off track.
#[test]
fn export_uses_the_trees_status_thresholds() {
    let (_folder, db) = store_with_zira();
    let before = stdout(&export(&db, "Zira growth", "svg", "-", &[]));
    assert!(before.contains("At risk: within 10% of its target"));
    let store = kpitree_core::store::Store::open(&db).expect("the store");
    let id = store.find_tree("Zira growth").expect("the tree");
    let wide = kpitree_core::analysis::StatusThresholds::new(0.05, 0.3).expect("thresholds");
    store.set_status_thresholds(id, &wide).expect("kept");
    drop(store);
    let after = stdout(&export(&db, "Zira growth", "svg", "-", &[]));
    assert!(
        after.contains("At risk: within 30% of its target"),
        "{after}"
    );
    let off = |svg: &str| svg.matches("class=\"status off_track\"").count();
    assert!(
        off(&after) < off(&before),
        "fewer off track with the wider band"
    );
}
