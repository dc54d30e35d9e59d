//! What every command's tests share: the test data folder, running `kpitree` on a
//! store, its output as text, and a store that already holds the Zira tree.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tempfile::TempDir;

pub fn data(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(name)
}

pub fn kpitree(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .args(args)
        .arg("--db")
        .arg(db)
        .env_remove("KPITREE_DB")
        .output()
        .expect("kpitree runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// `kpitree export --tree TREE --format FORMAT -o OUT` followed by `extra`.
pub fn export(db: &Path, tree: &str, format: &str, out: &str, extra: &[&str]) -> Output {
    let mut args = vec!["export", "--tree", tree, "--format", format, "-o", out];
    args.extend_from_slice(extra);
    kpitree(db, &args)
}

/// A store holding the Zira tree, in its own temporary folder.
pub fn store_with_zira() -> (TempDir, PathBuf) {
    store_with("zira.json")
}

/// A store holding the tree of the test data file `file`, in its own temporary
/// folder.
pub fn store_with(file: &str) -> (TempDir, PathBuf) {
    let folder = tempfile::tempdir().expect("temp folder");
    let db = folder.path().join("store.db");
    let output = kpitree(&db, &["import", data(file).to_str().expect("utf-8 path")]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    (folder, db)
}

/// Everything a user can see of a store: its list and every tree's JSON.
pub fn snapshot(db: &Path) -> String {
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
