//! `kpitree check`: validation problems, alignment findings as warnings, the
//! strength summary, and `--leverage`.

use super::common::*;

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
