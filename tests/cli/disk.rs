//! A refused command leaves the disk as it was: no new store file, no `-wal` or
//! `-shm` beside it, no folder made for it; an existing store keeps every byte.

use std::path::{Path, PathBuf};

use super::common::{data, export, kpitree, stderr, store_with_zira};

/// Every file and folder under `root` with the bytes of each file, sorted.
fn disk(root: &Path) -> Vec<(PathBuf, Option<Vec<u8>>)> {
    let mut seen = Vec::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a readable folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                folders.push(path.clone());
                seen.push((path, None));
            } else {
                let bytes = std::fs::read(&path).expect("a readable file");
                seen.push((path, Some(bytes)));
            }
        }
    }
    seen.sort();
    seen
}

#[test]
fn a_refused_import_creates_no_store_and_no_folder() {
    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("new").join("deeper").join("store.db");
    for bad in ["malformed.json", "cycle.json", "unknown_field.json"] {
        let file = data(bad);
        let output = kpitree(&db, &["import", file.to_str().expect("utf-8 path")]);
        assert_eq!(output.status.code(), Some(1), "{bad}: {}", stderr(&output));
        assert!(stderr(&output).contains(bad), "{}", stderr(&output));
        assert_eq!(disk(folder.path()), [], "{bad} left something behind");
    }
    let output = kpitree(&db, &["import", "/nonexistent/tree.json"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(disk(folder.path()), []);
}

#[test]
fn a_refused_import_into_a_new_store_beside_other_files_removes_only_its_own() {
    let folder = tempfile::tempdir().expect("temp folder");
    std::fs::write(folder.path().join("notes.txt"), "mine").expect("a file");
    let before = disk(folder.path());
    let db = folder.path().join("store.db");
    let output = kpitree(
        &db,
        &["import", data("dangling.json").to_str().expect("path")],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(disk(folder.path()), before);
}

#[test]
fn refused_commands_on_an_existing_store_change_no_byte() {
    let (folder, db) = store_with_zira();
    let before = disk(folder.path());
    let out = folder.path().join("out").join("tree.json");
    let out = out.to_str().expect("utf-8 path");
    let refused = [
        export(&db, "No such tree", "json", out, &[]),
        export(&db, "Zira growth", "png", out, &["--scale=0"]),
        kpitree(
            &db,
            &["import", data("bad_formula.json").to_str().expect("path")],
        ),
        kpitree(&db, &["check", "--tree", "No such tree"]),
    ];
    for output in refused {
        assert!(!output.status.success(), "{}", stderr(&output));
        assert_eq!(disk(folder.path()), before, "{}", stderr(&output));
    }
}
