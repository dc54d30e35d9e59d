//! What every command refuses, and how: usage errors (exit 2), unknown trees and
//! missing files named, foreign, corrupt, newer, missing and locked stores left
//! as they were.

use super::common::*;

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
