//! The installed package's window (scripts/test-package): ignored by default, run
//! with `KPITREE_E2E_APP=/usr/bin/kpitree` once the .deb is installed, so that
//! tauri-driver starts the installed `kpitree`, which hands over to the installed
//! `kpitree-window` beside it. It must show the sample tree on a new store, and
//! the store imported by the installed command line.

use std::path::Path;

use crate::harness::{app_binary, window_pids, App};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "needs the installed package: scripts/test-package runs it"]
async fn the_installed_window_shows_the_sample_tree_and_an_imported_one() {
    let installed = app_binary();
    assert!(
        installed.starts_with("/usr/bin/"),
        "KPITREE_E2E_APP names the installed kpitree, not {installed}"
    );
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("installed.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;
    app.wait_until_shown("node-paying_customers").await;
    let name = app.text_of("node-arr").await;
    assert!(name.contains("Annual recurring revenue"), "{name:?}");

    // The window is the installed program, not this build's.
    let pids = window_pids(&store);
    assert_eq!(pids.len(), 1, "one window on the store");
    let program = std::fs::read_link(format!("/proc/{}/exe", pids[0])).expect("its program");
    assert_eq!(program, Path::new("/usr/bin/kpitree-window"));

    // A file opened with the installed command line is handed to it.
    let file = folder.path().join("zira.kpitree.json");
    std::fs::copy("tests/data/zira.json", &file).expect("the file is copied");
    let status = std::process::Command::new(&installed)
        .arg("--db")
        .arg(&store)
        .arg("open")
        .arg(&file)
        .env_remove("DISPLAY")
        .status()
        .expect("the installed kpitree runs");
    assert!(status.success());
    app.wait_until_shown("node-customers").await;
    app.screenshot("installed").await;
}
