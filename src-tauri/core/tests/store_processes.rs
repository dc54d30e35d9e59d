//! Many real processes on one store at once (SPEC 7): each test spawns this test
//! binary again in a child mode (the `CHILD_DB` variable) that opens the store named
//! there as soon as the start file exists, so that the children start together.

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use kpitree_core::store::{Store, SCHEMA_VERSION};
use rusqlite::Connection;

/// In a child: the store to open.
const CHILD_DB: &str = "KPITREE_TEST_CHILD_DB";
/// In a child: the file whose appearance starts it.
const CHILD_START: &str = "KPITREE_TEST_CHILD_START";
/// How many processes open the store at once.
const PROCESSES: usize = 16;

/// In a child process, opens the store and exits: 0 when it opened, 1 with the
/// error on stderr when not. Returns in the parent.
fn run_child_mode() {
    let (Some(db), Some(start)) = (std::env::var_os(CHILD_DB), std::env::var_os(CHILD_START))
    else {
        return;
    };
    let started = Instant::now();
    while !Path::new(&start).exists() {
        assert!(started.elapsed() < Duration::from_secs(60), "no start");
        std::thread::sleep(Duration::from_micros(200));
    }
    let code = match Store::open(&db).and_then(|store| store.list_trees().map(|_| ())) {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("CHILD ERROR: {error}");
            1
        }
    };
    std::process::exit(code);
}

/// Starts `PROCESSES` children of `test` on `db`, releases them together and
/// asserts that every one opened the store.
fn open_at_once(test: &str, db: &Path) {
    let folder = tempfile::tempdir().unwrap();
    let start = folder.path().join("start");
    let children: Vec<Child> = (0..PROCESSES)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .args(["--exact", test, "--nocapture", "--test-threads=1"])
                .env(CHILD_DB, db)
                .env(CHILD_START, &start)
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    // Let every child reach its wait for the start file.
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(&start, b"go").unwrap();
    let failures: Vec<String> = children
        .into_iter()
        .map(|child| child.wait_with_output().unwrap())
        .filter(|output| !output.status.success())
        .map(|output| String::from_utf8_lossy(&output.stderr).into_owned())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {PROCESSES} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let version: i64 = Connection::open(db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |row| row.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
    let check: String = Connection::open(db)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

fn new_store_path() -> (tempfile::TempDir, PathBuf) {
    common::temp_store()
}

#[test]
fn many_processes_create_one_new_store_at_once() {
    run_child_mode();
    let (_dir, db) = new_store_path();
    open_at_once("many_processes_create_one_new_store_at_once", &db);
}

#[test]
fn many_processes_migrate_one_old_store_at_once() {
    run_child_mode();
    let (_dir, db) = new_store_path();
    common::write_schema_1_store(&db);
    open_at_once("many_processes_migrate_one_old_store_at_once", &db);
    let store = Store::open(&db).unwrap();
    let names: Vec<String> = store
        .list_trees()
        .unwrap()
        .into_iter()
        .map(|tree| tree.name)
        .collect();
    assert_eq!(names, ["Old"]);
}
