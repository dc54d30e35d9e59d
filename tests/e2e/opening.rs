//! Opening files from outside (issue 20): `kpitree open FILE.json` (what the file
//! manager's "Open with" runs) opens the window on the file's tree, imported the
//! first time and shown after that; with a window already open on the store, the
//! file is handed to it and the new process ends at once (one window per store).
//! A bad file is named in the window's banner. Help → About shows the version and
//! the store.

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use kpitree_core::store::Store;

use crate::harness::{app_binary, store_with_laid_out_tree, window_pids, App};

/// F1, as WebDriver names it: Help → About's key.
const F1: char = '\u{E031}';

/// `kpitree --db STORE open FILE`, as a real process, with no display: a start
/// that failed to hand the file over could not open a window and would fail.
fn open_from_outside(store: &Path, file: &Path) -> (Output, Duration) {
    let started = Instant::now();
    let output = Command::new(app_binary())
        .arg("--db")
        .arg(store)
        .arg("open")
        .arg(file)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("kpitree open runs");
    (output, started.elapsed())
}

fn tree_count(store: &Path) -> usize {
    let store = Store::open(store).expect("the store opens beside the window");
    store.list_trees().expect("the trees").len()
}

async fn selected(app: &App, test_id: &str) -> bool {
    let item = app.wait_for_test_id(test_id).await;
    item.attr("aria-current").await.ok().flatten().as_deref() == Some("true")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_file_opened_beside_the_open_window_is_handed_to_it_and_imported_once() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("open.db");
    store_with_laid_out_tree(&store, "Zira", 8);
    let file = folder.path().join("misaligned.kpitree.json");
    std::fs::copy("tests/data/alignment.json", &file).expect("the file is copied");
    let app = App::start(&store).await;
    app.wait_until_shown("node-n2").await;
    let before = tree_count(&store);

    let (output, took) = open_from_outside(&store, &file);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(took < Duration::from_secs(3), "the handoff took {took:?}");
    // The window answers at once and opens the file just after.
    app.wait_until_shown("node-growth").await;
    let id = Store::open(&store)
        .and_then(|store| store.find_tree("Misaligned"))
        .expect("the file's tree is in the store");
    assert!(selected(&app, &format!("tree-item-{id}")).await);
    assert_eq!(tree_count(&store), before + 1);

    // Opened again (by another spelling of its path): shown, nothing imported.
    app.click("tree-item-1").await;
    app.wait_until_shown("node-n2").await;
    let again = folder.path().join(".").join("misaligned.kpitree.json");
    let (output, _) = open_from_outside(&store, &again);
    assert!(output.status.success());
    app.wait_until_shown("node-growth").await;
    assert!(selected(&app, &format!("tree-item-{id}")).await);
    assert_eq!(tree_count(&store), before + 1, "nothing more was imported");
    assert_eq!(window_pids(&store).len(), 1, "one window on the store");
    app.screenshot("file-handed-over").await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_window_started_on_a_bad_file_names_it_and_about_shows_version_and_store() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("bad.db");
    store_with_laid_out_tree(&store, "Zira", 8);
    let bad = folder.path().join("broken.kpitree.json");
    std::fs::write(&bad, "{\"version\": 1, \"name\": ").expect("the file is written");
    let app = App::start_opening(&store, &bad).await;

    // The window opens all the same, on the usual tree, and says what is wrong.
    app.wait_until_shown("node-n2").await;
    let banner = app
        .wait_for_text("error-banner", "broken.kpitree.json")
        .await;
    assert_eq!(tree_count(&store), 1, "{banner}");

    // Help → About (F1): the version and where the store is.
    app.press(F1).await;
    let version = app
        .wait_for_text("about-version", env!("CARGO_PKG_VERSION"))
        .await;
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    let shown = app.text_of("about-store").await;
    assert_eq!(shown, store.display().to_string());
    app.screenshot("about").await;
    app.click("about-close").await;
    app.wait_until_gone("about-dialog").await;
}
