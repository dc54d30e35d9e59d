//! `kpitree values import|export` (SPEC 8) and `kpitree explain` (SPEC 9) as
//! processes on a real store: values a spreadsheet wrote are stored and written
//! back in the long form, a bad file is refused naming row and column and changes
//! nothing, and a change of ARR is split among the leaves that moved it.

use crate::common::{kpitree, snapshot, stderr, stdout, store_with, store_with_zira};

#[test]
fn values_from_a_spreadsheet_are_stored_and_exported_in_the_long_form() {
    let (folder, db) = store_with_zira();
    let csv = folder.path().join("q1.csv");
    // Wide, tab-separated, as pasted from a spreadsheet: a quoted number with a
    // thousands separator, a blank cell, CRLF.
    std::fs::write(
        &csv,
        "node\t2026-01\t2026-02\r\nacquired\t\"1,200\"\t\r\nChurned customers\t40\t38\r\n",
    )
    .unwrap();
    let imported = kpitree(
        &db,
        &[
            "values",
            "import",
            csv.to_str().unwrap(),
            "--tree",
            "Zira growth",
        ],
    );
    assert_eq!(imported.status.code(), Some(0), "{}", stderr(&imported));
    assert_eq!(stdout(&imported), "3\n");

    let exported = kpitree(
        &db,
        &["values", "export", "--tree", "Zira growth", "-o", "-"],
    );
    assert_eq!(exported.status.code(), Some(0), "{}", stderr(&exported));
    assert_eq!(
        stdout(&exported),
        "node,period,value\nacquired,2026-01,1200\nchurned,2026-01,40\nchurned,2026-02,38\n"
    );
}

#[test]
fn a_bad_values_file_is_refused_naming_row_and_column_and_changes_nothing() {
    let (folder, db) = store_with_zira();
    let before = snapshot(&db);
    let csv = folder.path().join("bad.csv");
    std::fs::write(
        &csv,
        "node,2026-01,2026-02\nacquired,10,11\nchurned,12,n/a\n",
    )
    .unwrap();
    let output = kpitree(
        &db,
        &[
            "values",
            "import",
            csv.to_str().unwrap(),
            "--tree",
            "Zira growth",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(
        message.contains("bad.csv") && message.contains("row 3") && message.contains("2026-02"),
        "{message}"
    );
    assert_eq!(snapshot(&db), before);
}

#[test]
fn explain_splits_the_change_of_arr_among_the_leaves_that_moved_it() {
    let (_folder, db) = store_with("zira_history.json");
    let args = [
        "explain",
        "--tree",
        "Zira growth",
        "--node",
        "arr",
        "--from",
        "2026-04",
        "--to",
        "2026-05",
        "--format",
        "json",
    ];
    let output = kpitree(&db, &args);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("json");
    // ARR = (at start + acquired − churned) × seats × price.
    let before = (386.0 + 175.0 - 60.0) * 24.5 * 94.0;
    let after = (400.0 + 180.0 - 60.0) * 25.0 * 96.0;
    assert_eq!(json["before"], before);
    assert_eq!(json["after"], after);
    let contributions = json["contributions"].as_array().expect("contributions");
    let total: f64 = contributions
        .iter()
        .map(|c| c["contribution"].as_f64().unwrap())
        .sum::<f64>()
        + json["residual"].as_f64().unwrap();
    assert!((total - (after - before)).abs() <= 1e-6 * (after - before));
    let of = |id: &str| {
        contributions
            .iter()
            .find(|c| c["node"] == id)
            .map(|c| c["contribution"].as_f64().unwrap())
    };
    assert_eq!(
        of("churned"),
        Some(0.0),
        "an unchanged leaf contributes nothing"
    );
    let sizes: Vec<f64> = contributions
        .iter()
        .map(|c| c["contribution"].as_f64().unwrap().abs())
        .collect();
    assert!(
        sizes.windows(2).all(|w| w[0] >= w[1]),
        "largest first: {sizes:?}"
    );

    let text = kpitree(&db, &args[..9]);
    assert_eq!(text.status.code(), Some(0), "{}", stderr(&text));
    let first = stdout(&text);
    assert!(
        first.starts_with("arr: 1153803 in 2026-04 → 1248000 in 2026-05, change +94197"),
        "{first}"
    );
}

#[test]
fn explain_names_a_missing_period() {
    let (_folder, db) = store_with("zira_history.json");
    let output = kpitree(
        &db,
        &[
            "explain",
            "--tree",
            "Zira growth",
            "--node",
            "arr",
            "--from",
            "2024-01",
            "--to",
            "2026-05",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let message = stderr(&output);
    assert!(message.contains("2024-01"), "{message}");
}

#[test]
fn explain_draws_its_bridge_chart_and_export_shows_a_period() {
    let (folder, db) = store_with("zira_history.json");
    let chart = folder.path().join("bridge.svg");
    let output = kpitree(
        &db,
        &[
            "explain",
            "--tree",
            "Zira growth",
            "--node",
            "arr",
            "--from",
            "2026-04",
            "--to",
            "2026-05",
            "--format",
            "svg",
            "-o",
            chart.to_str().unwrap(),
        ],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let svg = std::fs::read_to_string(&chart).unwrap();
    assert!(
        svg.starts_with("<svg") || svg.starts_with("<?xml"),
        "{}",
        &svg[..40]
    );
    assert!(svg.contains("Apr 2026") && svg.contains("May 2026"));

    let timed = kpitree(
        &db,
        &[
            "export",
            "--tree",
            "Zira growth",
            "--format",
            "svg",
            "-o",
            "-",
            "--period",
            "2026-05",
        ],
    );
    assert_eq!(timed.status.code(), Some(0), "{}", stderr(&timed));
    assert!(stdout(&timed).contains("May 2026 vs Apr 2026"));
    let plain = kpitree(
        &db,
        &[
            "export",
            "--tree",
            "Zira growth",
            "--format",
            "svg",
            "-o",
            "-",
        ],
    );
    assert!(
        !stdout(&plain).contains("May 2026 vs Apr 2026"),
        "no period unless asked"
    );

    let bad = kpitree(
        &db,
        &[
            "export",
            "--tree",
            "Zira growth",
            "--format",
            "svg",
            "-o",
            "-",
            "--period",
            "May",
        ],
    );
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).contains("--period"), "{}", stderr(&bad));
}
