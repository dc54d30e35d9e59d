//! `kpitree import` (and `list`): ids and names of imported trees, the round trip
//! through export, bad files refused whole, and trees without positions laid out.

use super::common::*;

#[test]
fn import_prints_the_id_and_list_shows_the_tree() {
    let (_folder, db) = store_with_zira();
    let list = stdout(&kpitree(&db, &["list"]));
    let line = list.lines().next().expect("one tree");
    let columns: Vec<&str> = line.split('\t').collect();
    assert_eq!(columns[1], "Zira growth", "{line}");
    assert!(columns[0].parse::<i64>().is_ok(), "{line}");
}

/// A second import of a tree whose name is taken gets the first free number, as
/// the window's Import does, so that `--tree NAME` stays unambiguous.
#[test]
fn an_import_whose_name_is_taken_is_renamed() {
    let (_folder, db) = store_with_zira();
    let zira = data("zira.json");
    let output = kpitree(&db, &["import", zira.to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let id = stdout(&output).trim().to_owned();
    assert!(id.parse::<i64>().is_ok(), "stdout is the id: {id:?}");
    let list = stdout(&kpitree(&db, &["list"]));
    let names: Vec<&str> = list
        .lines()
        .map(|line| line.split('\t').nth(1).expect("a name column"))
        .collect();
    assert_eq!(names, ["Zira growth", "Zira growth 2"], "{list}");
    let renamed = export(&db, "Zira growth 2", "json", "-", &[]);
    assert_eq!(renamed.status.code(), Some(0), "{}", stderr(&renamed));
    assert!(stdout(&renamed).contains("\"name\": \"Zira growth 2\""));
}

#[test]
fn import_export_import_export_is_byte_identical() {
    let (folder, db) = store_with_zira();
    let first = folder.path().join("first.json");
    let output = export(
        &db,
        "Zira growth",
        "json",
        first.to_str().expect("path"),
        &[],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));

    let db2 = folder.path().join("second.db");
    let imported = kpitree(&db2, &["import", first.to_str().expect("path")]);
    assert_eq!(imported.status.code(), Some(0), "{}", stderr(&imported));
    let id = stdout(&imported).trim().to_owned();
    let second = export(&db2, &id, "json", "-", &[]);
    let first_text = std::fs::read_to_string(&first).expect("first export");
    assert_eq!(first_text, stdout(&second));
    assert!(first_text.contains("\"kpitree\": 1"));
}

/// Each bad file is refused whole with exit 1 and a message naming the file and the
/// problem; the store is unchanged.
#[test]
fn every_kind_of_bad_file_is_refused_and_changes_nothing() {
    let cases: &[(&str, &[&str])] = &[
        ("malformed.json", &["line"]),
        ("wrong_version.json", &["kpitree"]),
        ("unknown_field.json", &["unknown field"]),
        ("unknown_kind.json", &["kind"]),
        ("duplicate_id.json", &["duplicate"]),
        ("dangling.json", &["link"]),
        ("cycle.json", &["cycle"]),
        ("bad_formula.json", &["formula"]),
        ("long_name.json", &["200"]),
        ("bad_color.json", &["colour"]),
        ("bad_date.json", &["date"]),
        ("bad_id.json", &["1price", "id"]),
        ("unknown_formula_id.json", &["seats", "not a driver"]),
        ("missing_field.json", &["acquired", "missing"]),
        ("wrong_type.json", &["price", "must be a number"]),
        (
            "link_kind_not_allowed.json",
            &["impacts price", "must start at"],
        ),
    ];
    let (_folder, db) = store_with_zira();
    let before = snapshot(&db);
    for (file, fragments) in cases {
        let path = data(file);
        let output = kpitree(&db, &["import", path.to_str().expect("path")]);
        let message = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{file}: {message}");
        assert!(
            message.contains(file),
            "{file}: message does not name the file: {message}"
        );
        for fragment in *fragments {
            assert!(
                message.to_lowercase().contains(fragment),
                "{file}: no {fragment:?} in {message}"
            );
        }
        assert_eq!(snapshot(&db), before, "{file} changed the store");

        let check = kpitree(&db, &["check", path.to_str().expect("path")]);
        assert_eq!(check.status.code(), Some(1), "check {file}");
        assert!(
            stdout(&check).contains("error:"),
            "check {file}: {}",
            stdout(&check)
        );
    }
}

/// A file written without positions (by another tool, or by hand) is laid out on
/// import: every node gets a place and no two cards overlap.
#[test]
fn a_tree_imported_without_positions_is_laid_out() {
    use kpitree_core::layout::{measure_faces, overlapping_boxes};
    use kpitree_core::sample::generated::synthetic;

    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("store.db");
    let file = folder.path().join("unplaced.json");
    let tree = synthetic("Unplaced", 200);
    assert!(tree.nodes.iter().all(|n| n.position.is_none()));
    std::fs::write(&file, kpitree_core::interchange::write(&tree)).expect("written");
    let imported = kpitree(&db, &["import", file.to_str().expect("path")]);
    assert_eq!(imported.status.code(), Some(0), "{}", stderr(&imported));
    let id = stdout(&imported).trim().to_owned();
    let exported = export(&db, &id, "json", "-", &[]);
    assert_eq!(exported.status.code(), Some(0), "{}", stderr(&exported));
    let stored = kpitree_core::interchange::read(&stdout(&exported), "export").expect("a tree");
    let positions: std::collections::BTreeMap<_, _> = stored
        .nodes
        .iter()
        .map(|n| (n.id.clone(), n.position.expect("a position")))
        .collect();
    assert!(overlapping_boxes(&measure_faces(&stored), &positions).is_empty());
    let rows: std::collections::BTreeSet<i64> =
        positions.values().map(|p| p.y.round() as i64).collect();
    assert!(rows.len() > 2, "{rows:?}");
}
