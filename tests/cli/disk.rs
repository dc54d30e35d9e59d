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

/// A store the user may not write: export reads it, import is refused with a
/// message saying so. As root (who may write anything), `kpitree` runs as the
/// user "nobody"; otherwise the file and its folder lose their write permission.
#[test]
fn a_read_only_store_exports_and_refuses_an_import() {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;

    let (folder, db) = store_with_zira();
    let set_mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).expect("chmod");
    };
    // /proc/self belongs to this process's effective user.
    let as_root = std::fs::metadata("/proc/self")
        .is_ok_and(|meta| std::os::unix::fs::MetadataExt::uid(&meta) == 0);
    set_mode(&db, 0o444);
    set_mode(folder.path(), 0o555);
    let before = disk(folder.path());
    let run = |args: &[&str]| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_kpitree"));
        command
            .args(args)
            .arg("--db")
            .arg(&db)
            .env_remove("KPITREE_DB");
        if as_root {
            command.uid(65_534).gid(65_534);
        }
        command.output().expect("kpitree runs")
    };
    let exported = run(&[
        "export",
        "--tree",
        "Zira growth",
        "--format",
        "json",
        "-o",
        "-",
    ]);
    assert_eq!(exported.status.code(), Some(0), "{}", stderr(&exported));
    assert!(String::from_utf8_lossy(&exported.stdout).contains("Zira growth"));
    let zira = data("zira.json");
    let imported = run(&["import", zira.to_str().expect("utf-8 path")]);
    assert_eq!(imported.status.code(), Some(1), "{}", stderr(&imported));
    assert_eq!(
        stderr(&imported),
        format!(
            "kpitree: {} is read-only: you may look but not change it\n",
            db.display()
        )
    );
    assert_eq!(disk(folder.path()), before);
    set_mode(folder.path(), 0o755);
}
