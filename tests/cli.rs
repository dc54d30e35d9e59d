//! The command line as a process (SPEC 4): exit codes, messages that name the file,
//! node or link, and a store that a failed command leaves exactly as it was.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

fn kpitree(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("KPITREE_DB")
        .output()
        .expect("kpitree runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `kpitree export --tree TREE --format FORMAT -o OUT` followed by `extra`.
fn export(db: &Path, tree: &str, format: &str, out: &str, extra: &[&str]) -> Output {
    let mut args = vec!["export", "--tree", tree, "--format", format, "-o", out];
    args.extend_from_slice(extra);
    kpitree(db, &args)
}

/// A store holding the Zira tree, in its own temporary folder.
fn store_with_zira() -> (TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("store.db");
    let output = kpitree(
        &db,
        &["import", data("zira.json").to_str().expect("utf-8 path")],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    (folder, db)
}

/// Everything a user can see of a store: its list and every tree's JSON.
fn snapshot(db: &Path) -> String {
    let list = kpitree(db, &["list"]);
    assert_eq!(list.status.code(), Some(0), "{}", stderr(&list));
    let mut seen = stdout(&list);
    for line in stdout(&list).lines() {
        let id = line.split('\t').next().expect("an id column");
        let exported = export(db, id, "json", "-", &[]);
        seen.push_str(&stdout(&exported));
    }
    seen
}

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

#[test]
fn check_of_a_good_file_and_of_a_stored_tree_exits_zero() {
    let (_folder, db) = store_with_zira();
    let file = kpitree(&db, &["check", data("zira.json").to_str().expect("path")]);
    assert_eq!(
        file.status.code(),
        Some(0),
        "{}{}",
        stdout(&file),
        stderr(&file)
    );
    assert!(!stdout(&file).contains("error:"));
    let stored = kpitree(&db, &["check", "--tree", "Zira growth"]);
    assert_eq!(stored.status.code(), Some(0), "{}", stderr(&stored));
}

/// The alignment lines of `check` (issue #6): the findings as warnings, then the
/// bets on each KPI.
fn alignment_lines(output: &str) -> Vec<&str> {
    output
        .lines()
        .filter(|line| line.starts_with("warning: alignment:") || line.starts_with("alignment:"))
        .collect()
}

/// `tests/data/alignment.json` has one of each alignment finding: `check` prints
/// them as warnings after the validation problems, then the strength summary, and
/// still exits 0, for the file and for the tree once stored.
#[test]
fn check_reports_alignment_findings_as_warnings_after_the_problems() {
    let expected = [
        "warning: alignment: node \"empty_theme\": strategic intent linked to no metric (no drives or impacts path leads from it to a metric)",
        "warning: alignment: node \"side_project\": initiative linked to no metric (no drives or impacts path leads from it to a metric)",
        "warning: alignment: node \"price\": business KPI with no lever (no initiative or product metric drives or impacts it, directly or through other nodes)",
        "warning: alignment: node \"activation\": pushed by \"onboarding\", \"usability\" with no health metric guarding it (no tripwire)",
        "warning: alignment: node \"refunds\": health metric guarding nothing (it has no guards link)",
        // KPIs with bets get the first automatic codes (activation), then the others.
        "alignment: node \"revenue\" (#0072b2): no bets",
        "alignment: node \"price\" (#009e73): no bets",
        "alignment: node \"churn\" (#e63946): bets 1 strong, 1 medium, 0 weak",
        "alignment: node \"activation\" (#d55e00): bets 0 strong, 0 medium, 1 weak, 1 without a strength",
    ];
    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("store.db");
    let path = data("alignment.json");
    let file = kpitree(&db, &["check", path.to_str().expect("path")]);
    let import = kpitree(&db, &["import", path.to_str().expect("path")]);
    assert_eq!(import.status.code(), Some(0), "{}", stderr(&import));
    let stored = kpitree(&db, &["check", "--tree", "Misaligned"]);
    for output in [file, stored] {
        let text = stdout(&output);
        assert_eq!(output.status.code(), Some(0), "{text}{}", stderr(&output));
        assert_eq!(alignment_lines(&text), expected, "{text}");
        // Whatever else `check` reports comes first; nothing says "no problems".
        let lines: Vec<&str> = text.lines().collect();
        let others = lines.len() - expected.len();
        assert_eq!(lines[others..], expected, "{text}");
        assert!(
            !text.contains("error:") && !text.contains("no problems"),
            "{text}"
        );
    }
}

/// A tree with no problem and no alignment finding still says so, after the bets.
#[test]
fn check_of_a_well_aligned_tree_says_no_problems() {
    let tree = serde_json::json!({
        "kpitree": 1,
        "name": "Aligned",
        "nodes": [
            {"id": "revenue", "kind": "north_star", "name": "Revenue"},
            {"id": "churn", "kind": "business_kpi", "name": "Churn"},
            {"id": "fast_app", "kind": "initiative", "name": "Faster app"},
            {"id": "errors", "kind": "health_metric", "name": "Error rate"}
        ],
        "links": [
            {"from": "churn", "to": "revenue", "kind": "drives"},
            {"from": "fast_app", "to": "churn", "kind": "impacts", "strength": "strong"},
            {"from": "errors", "to": "churn", "kind": "guards"}
        ]
    });
    let folder = tempfile::tempdir().expect("temp folder");
    let file = folder.path().join("aligned.json");
    std::fs::write(&file, tree.to_string()).expect("write");
    let output = kpitree(
        &folder.path().join("store.db"),
        &["check", file.to_str().expect("path")],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!(
            "alignment: node \"churn\" (#d55e00): bets 1 strong, 0 medium, 0 weak\n{}: no problems\n",
            file.display()
        )
    );
}

/// A file that cannot be read has no tree to analyse: only its errors are listed.
#[test]
fn check_of_an_invalid_file_has_no_alignment_lines() {
    let (_folder, db) = store_with_zira();
    let output = kpitree(&db, &["check", data("cycle.json").to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(alignment_lines(&stdout(&output)), Vec::<&str>::new());
}

#[test]
fn usage_errors_exit_two() {
    let (_folder, db) = store_with_zira();
    for args in [
        &["import"][..],
        &[
            "export",
            "--tree",
            "Zira growth",
            "--format",
            "xml",
            "-o",
            "-",
        ],
        &["export", "--format", "json", "-o", "-"],
        &["frobnicate"],
        &[
            "export",
            "--tree",
            "Zira growth",
            "--format",
            "png",
            "--scale",
            "0",
            "-o",
            "-",
        ],
    ] {
        let output = kpitree(&db, args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).is_empty(), "{args:?} says nothing");
    }
}

#[test]
fn an_unknown_tree_is_named_with_the_trees_there_are() {
    let (_folder, db) = store_with_zira();
    let output = export(&db, "Nope", "json", "-", &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("Nope"), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("Zira growth"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_missing_input_file_is_named() {
    let (_folder, db) = store_with_zira();
    let output = kpitree(&db, &["import", "/nonexistent/tree.json"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("/nonexistent/tree.json"),
        "{}",
        stderr(&output)
    );
}

/// Files that are not kpitree stores are refused and left byte for byte as they were.
#[test]
fn foreign_corrupt_and_newer_stores_are_refused_untouched() {
    let folder = tempfile::tempdir().expect("temp folder");

    let text = folder.path().join("notes.db");
    std::fs::write(&text, "these are my notes, not a database\n").expect("write");

    let (_zira_folder, good) = store_with_zira();
    let corrupt = folder.path().join("corrupt.db");
    let mut bytes = std::fs::read(&good).expect("read store");
    let half = bytes.len() / 2;
    bytes.truncate(half.max(200));
    for byte in bytes.iter_mut().skip(100) {
        *byte ^= 0x5a;
    }
    std::fs::write(&corrupt, &bytes).expect("write");

    let newer = folder.path().join("newer.db");
    std::fs::copy(&good, &newer).expect("copy");
    let connection = rusqlite::Connection::open(&newer).expect("open");
    connection
        .pragma_update(None, "user_version", 99)
        .expect("user_version");
    connection
        .pragma_update(None, "journal_mode", "DELETE")
        .expect("journal");
    drop(connection);

    for (path, fragment) in [(&text, "not a"), (&corrupt, "corrupt"), (&newer, "newer")] {
        let before = std::fs::read(path).expect("read");
        for args in [
            &["list"][..],
            &["import", data("zira.json").to_str().expect("path")],
        ] {
            let output = kpitree(path, args);
            assert_eq!(
                output.status.code(),
                Some(1),
                "{}: {}",
                path.display(),
                stderr(&output)
            );
            let message = stderr(&output).to_lowercase();
            assert!(message.contains(fragment), "{}: {message}", path.display());
            assert!(
                message.contains(&path.display().to_string().to_lowercase()),
                "{message}"
            );
        }
        assert_eq!(
            std::fs::read(path).expect("read"),
            before,
            "{} was modified",
            path.display()
        );
    }
}

#[test]
fn reading_commands_refuse_a_missing_store_instead_of_creating_one() {
    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("typo.db");
    for args in [
        &["list"][..],
        &[
            "export",
            "--tree",
            "Zira growth",
            "--format",
            "json",
            "-o",
            "-",
        ],
        &["check", "--tree", "Zira growth"],
    ] {
        let output = kpitree(&db, args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(stderr(&output).contains("no store"), "{}", stderr(&output));
        assert!(!db.exists(), "{args:?} created {}", db.display());
    }
}

/// While another program holds a write lock on the store, a write is refused with a
/// message saying so (after the busy timeout), and nothing is written.
#[test]
fn a_locked_store_is_reported_and_left_unchanged() {
    let (_folder, db) = store_with_zira();
    let before = snapshot(&db);
    let holder = rusqlite::Connection::open(&db).expect("open");
    holder
        .execute_batch("BEGIN EXCLUSIVE;")
        .expect("an exclusive lock");
    let output = kpitree(&db, &["import", data("zira.json").to_str().expect("path")]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("locked"), "{}", stderr(&output));
    holder.execute_batch("ROLLBACK;").expect("release");
    drop(holder);
    assert_eq!(snapshot(&db), before);
}

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

/// `check --leverage` (issue #8): after the report, the leaves below the root
/// ranked by elasticity; a node that does not exist is exit 1 and named.
#[test]
fn check_with_leverage_ranks_the_leaves_below_the_root() {
    let (_folder, db) = store_with_zira();
    let file = data("zira.json");
    let output = kpitree(&db, &["check", file.to_str().expect("path"), "--leverage"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    let leverage: Vec<&str> = text
        .lines()
        .filter(|line| line.starts_with("leverage:"))
        .collect();
    assert_eq!(
        leverage[..6],
        [
            "leverage: node \"arr\" <- \"seats_per_customer\": 1",
            "leverage: node \"arr\" <- \"price_per_seat\": 1",
            "leverage: node \"arr\" <- \"customers_at_start\": 0.77",
            "leverage: node \"arr\" <- \"acquired\": 0.35",
            "leverage: node \"arr\" <- \"churned\": -0.12",
            "leverage: node \"arr\" <- \"activation_rate\": undefined (no formula on the way to the node uses it, so the formulas give it no effect)",
        ],
        "{text}"
    );

    let one = kpitree(
        &db,
        &["check", "--tree", "Zira growth", "--leverage", "net_new"],
    );
    assert_eq!(one.status.code(), Some(0), "{}", stderr(&one));
    assert!(stdout(&one).contains("leverage: node \"net_new\" <- \"acquired\": 1.5"));

    let unknown = kpitree(
        &db,
        &["check", "--tree", "Zira growth", "--leverage", "ghost"],
    );
    assert_eq!(unknown.status.code(), Some(1));
    assert!(stderr(&unknown).contains("no leverage for node \"ghost\": there is no node \"ghost\""));
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
