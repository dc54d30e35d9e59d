//! `kpitree snapshot`, `list --snapshots`, `diff` and `merge` (SPEC 10): a
//! snapshot keeps the tree as it was and exports; differences in text and JSON;
//! merges written only without conflicts, and a failed one changes nothing.

use std::path::{Path, PathBuf};

use serde_json::Value;

use super::common::*;

/// Zira's file with `edit` applied, written as `name` in `folder`.
fn zira_with(folder: &Path, name: &str, edit: impl FnOnce(&mut Value)) -> PathBuf {
    let text = std::fs::read_to_string(data("zira.json")).expect("zira.json");
    let mut file: Value = serde_json::from_str(&text).expect("json");
    edit(&mut file);
    let path = folder.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(&file).expect("json")).expect("write");
    path
}

fn ok(output: &std::process::Output) -> String {
    assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
    stdout(output)
}

fn path(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

#[test]
fn a_snapshot_is_listed_compared_exported_and_unchanged_by_later_imports() {
    let (folder, db) = store_with_zira();
    let id = ok(&kpitree(
        &db,
        &["snapshot", "--tree", "Zira growth", "--name", "Q3 review"],
    ));
    assert!(id.trim().parse::<i64>().is_ok(), "{id:?}");
    let list = ok(&kpitree(&db, &["list", "--snapshots"]));
    let columns: Vec<&str> = list.trim_end().split('\t').collect();
    assert_eq!(
        &columns[..3],
        [id.trim(), "Zira growth", "Q3 review"],
        "{list}"
    );

    let same = ok(&kpitree(
        &db,
        &["diff", "Zira growth", "Zira growth@Q3 review"],
    ));
    assert_eq!(same, "no differences\n");
    let exported = ok(&export(&db, "Zira growth@Q3 review", "json", "-", &[]));
    let tree = ok(&export(&db, "Zira growth", "json", "-", &[]));
    assert_eq!(exported, tree);

    let edited = zira_with(folder.path(), "edited.json", |f| {
        f["nodes"][1]["target"] = Value::from(650);
    });
    let text = ok(&kpitree(
        &db,
        &["diff", "Zira growth@Q3 review", path(&edited)],
    ));
    assert_eq!(text, "~ node customers: target 600 → 650\n");
    let json = ok(&kpitree(
        &db,
        &["diff", "Zira growth", path(&edited), "--format", "json"],
    ));
    let json: Value = serde_json::from_str(&json).expect("json");
    assert_eq!(json["same"], Value::Bool(false));
    assert_eq!(
        json["nodes"]["changed"]["customers"]["target"],
        serde_json::json!([600, 650])
    );
    assert_eq!(json["links"]["added"], serde_json::json!([]));
}

#[test]
fn a_snapshot_name_taken_twice_and_an_unknown_snapshot_are_refused() {
    let (_folder, db) = store_with_zira();
    ok(&kpitree(
        &db,
        &["snapshot", "--tree", "Zira growth", "--name", "Q3"],
    ));
    let before = snapshot(&db);
    let again = kpitree(&db, &["snapshot", "--tree", "Zira growth", "--name", "Q3"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(
        stderr(&again).contains("has a snapshot named \"Q3\" already"),
        "{}",
        stderr(&again)
    );
    let unknown = kpitree(&db, &["diff", "Zira growth", "Zira growth@Q4"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(
        stderr(&unknown).contains("no snapshot \"Q4\""),
        "{}",
        stderr(&unknown)
    );
    assert_eq!(snapshot(&db), before);
}

#[test]
fn diff_of_two_files_needs_no_store_and_creates_none() {
    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("none.db");
    let edited = zira_with(folder.path(), "e.json", |f| {
        let nps = serde_json::json!({"id": "nps", "kind": "product_metric", "name": "NPS"});
        f["nodes"].as_array_mut().expect("nodes").push(nps);
        let link = serde_json::json!({"from": "nps", "to": "arr", "kind": "drives"});
        f["links"].as_array_mut().expect("links").push(link);
    });
    let text = ok(&kpitree(
        &db,
        &["diff", path(&data("zira.json")), path(&edited)],
    ));
    assert_eq!(text, "+ node nps \"NPS\"\n+ link drives nps → arr\n");
    assert!(!db.exists());
    let missing = kpitree(&db, &["diff", "nothing.json", path(&edited)]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("nothing.json: no such file"),
        "{}",
        stderr(&missing)
    );
}

#[test]
fn merge_with_a_conflict_writes_nothing_and_prefer_settles_it() {
    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("new.db");
    let a = zira_with(folder.path(), "a.json", |f| {
        f["nodes"][1]["target"] = Value::from(650)
    });
    let b = zira_with(folder.path(), "b.json", |f| {
        f["nodes"][1]["target"] = Value::from(700)
    });
    let out = folder.path().join("out.json");
    let args = [
        "merge",
        path(&a),
        path(&b),
        "--name",
        "All squads",
        "-o",
        path(&out),
    ];
    let refused = kpitree(&db, &args);
    assert_eq!(refused.status.code(), Some(1));
    let message = stderr(&refused);
    let expected = format!(
        "conflict: node customers, field target: 650 ({}), 700 ({})",
        path(&a),
        path(&b)
    );
    assert!(message.contains(&expected), "{message}");
    assert!(
        message.contains("1 conflict: nothing was written"),
        "{message}"
    );
    assert!(!out.exists() && !db.exists());

    let mut prefer = args.to_vec();
    prefer.extend(["--prefer", path(&b)]);
    ok(&kpitree(&db, &prefer));
    let merged = std::fs::read_to_string(&out).expect("merged file");
    assert!(merged.contains("\"name\": \"All squads\""));
    assert!(merged.contains("\"target\": 700"));
    assert!(!db.exists(), "-o writes no store");
}

#[test]
fn merge_into_the_store_adds_a_laid_out_tree_and_prints_its_id() {
    let (folder, db) = store_with_zira();
    let squad = zira_with(folder.path(), "squad.json", |f| {
        f["name"] = Value::from("Squad");
        f["nodes"] = serde_json::json!([
            {"id": "arr", "kind": "north_star", "name": "Annual recurring revenue"},
            {"id": "nps", "kind": "product_metric", "name": "NPS", "value": 41}
        ]);
        f["links"] = serde_json::json!([{"from": "nps", "to": "arr", "kind": "drives"}]);
    });
    let id = ok(&kpitree(
        &db,
        &["merge", "Zira growth", path(&squad), "--name", "Common"],
    ));
    let merged = ok(&export(&db, id.trim(), "json", "-", &[]));
    let merged: Value = serde_json::from_str(&merged).expect("json");
    assert_eq!(merged["name"], "Common");
    let nodes = merged["nodes"].as_array().expect("nodes");
    assert!(nodes.iter().any(|n| n["id"] == "nps"));
    assert!(nodes.iter().all(|n| n["position"].is_object()), "laid out");
}

#[test]
fn a_merge_that_fails_leaves_no_store_behind() {
    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("new.db");
    let a = zira_with(folder.path(), "a.json", |f| {
        f["nodes"][1]["target"] = Value::from(650)
    });
    let b = zira_with(folder.path(), "b.json", |f| {
        f["nodes"][1]["target"] = Value::from(700)
    });
    let refused = kpitree(&db, &["merge", path(&a), path(&b), "--name", "All"]);
    assert_eq!(refused.status.code(), Some(1), "{}", stderr(&refused));
    assert!(!db.exists());
    let usage = kpitree(&db, &["merge", path(&a), "--base", path(&b)]);
    assert_eq!(usage.status.code(), Some(2), "{}", stderr(&usage));
    assert!(!db.exists());
}
