//! One store, several users of it (SPEC 7): a window shows changes made elsewhere
//! (the command line, a program writing the store) within 2 s,
//! keeping its selection and viewport, and an edit that no longer fits what the
//! store holds is refused with a message instead of overwriting it.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use kpitree_core::edit::{Document, Edit};
use kpitree_core::model::NodeId;
use kpitree_core::store::Store;
use kpitree_core::workspace::editing;

use crate::editor::{click_node, set_field};
use crate::harness::{read_tree, store_with_laid_out_tree, wait_for_tree, App};

/// How soon SPEC 7 wants an outside change on screen.
const WITHIN: Duration = Duration::from_secs(2);

/// Renames node `id` of tree `tree` to `name` as another program would: its own
/// connection to the store file, its own document, one saved edit.
fn rename_elsewhere(store: &Path, tree: i64, id: &str, name: &str) {
    let mut opened = Store::open(store).expect("the store opens beside the window");
    let mut document = Document::new(opened.load_tree(tree).expect("the tree loads"));
    let id = NodeId::new(id).expect("an id");
    let mut node = document.tree().node(&id).expect("the node").clone();
    node.name = name.to_owned();
    editing::perform(&mut opened, tree, &mut document, &Edit::UpdateNode { node })
        .expect("the edit is saved");
}

/// The canvas's pan and zoom, as React Flow's viewport transform.
async fn viewport(app: &App) -> String {
    app.client
        .execute(
            "return document.querySelector('.react-flow__viewport').style.transform;",
            vec![],
        )
        .await
        .expect("the viewport")
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn changes_made_beside_the_window_show_within_two_seconds_keeping_selection_and_view() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("shared.db");
    let tree = store_with_laid_out_tree(&store, "Zira", 8);
    let app = App::start(&store).await;
    app.wait_until_shown("node-n3").await;
    click_node(&app, "n3").await;
    let view_before = viewport(&app).await;

    // The command line adds a tree to the store the window has open.
    let import = Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .args(["import", "tests/data/alignment.json", "--db"])
        .arg(&store)
        .output()
        .expect("kpitree import runs");
    assert!(
        import.status.success(),
        "{}",
        String::from_utf8_lossy(&import.stderr)
    );
    let imported_at = Instant::now();
    let new_id = String::from_utf8_lossy(&import.stdout).trim().to_owned();
    app.text_within(&format!("tree-item-{new_id}"), "", WITHIN)
        .await
        .unwrap_or_else(|_| panic!("the imported tree {new_id} was not listed within 2 s"));
    assert!(imported_at.elapsed() < WITHIN + Duration::from_millis(500));
    app.wait_for_text("notice", "added elsewhere").await;

    // Another program renames a node of the open tree.
    rename_elsewhere(&store, tree, "n5", "Renamed elsewhere");
    app.text_within("node-n5", "Renamed elsewhere", WITHIN)
        .await
        .unwrap_or_else(|text| panic!("node n5 still says {text:?} after 2 s"));
    app.wait_for_text("notice", "Renamed elsewhere").await;
    // The user's selection and view are where they were.
    app.wait_for_text("inspector-id", "n3").await;
    assert_eq!(viewport(&app).await, view_before);
    app.screenshot("outside-change").await;
}

/// Two hands on one store: the window and another program (one window per store,
/// so the other hand is a program with its own connection and its own undo
/// history, as a second window on a copy of the store path would have had).
#[tokio::test(flavor = "multi_thread")]
async fn the_window_and_another_hand_see_each_others_edits_and_a_stale_undo_is_refused() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("two.db");
    let tree = store_with_laid_out_tree(&store, "Zira", 8);
    let first = App::start(&store).await;
    first.wait_until_shown("node-n2").await;

    // An edit in the window reaches the store, where the other hand reads it.
    click_node(&first, "n2").await;
    set_field(&first, "name", "Churned customers").await;
    let saved = wait_for_tree(&store, "Zira", |tree| {
        name_of(tree, "n2") == "Churned customers"
    });
    assert_eq!(name_of(&saved, "n2"), "Churned customers");

    // And the other way round, on another node: both edits land.
    rename_elsewhere(&store, tree, "n4", "Activation rate");
    first
        .text_within("node-n4", "Activation rate", WITHIN)
        .await
        .unwrap_or_else(|text| panic!("the window still says {text:?}"));

    // The other hand renames n2 again: the window's undo of its own rename no
    // longer fits the store and is refused, naming the node.
    rename_elsewhere(&store, tree, "n2", "Lost customers");
    first
        .text_within("node-n2", "Lost customers", WITHIN)
        .await
        .unwrap_or_else(|text| panic!("the window still says {text:?}"));
    first.click("action-undo").await;
    let banner = first.wait_for_text("error-banner", "Lost customers").await;
    assert!(banner.contains("elsewhere"), "{banner}");
    first.screenshot("stale-undo-refused").await;

    // Nothing is lost: the store holds every edit that was taken.
    let tree = read_tree(&store, "Zira");
    assert_eq!(name_of(&tree, "n2"), "Lost customers");
    assert_eq!(name_of(&tree, "n4"), "Activation rate");
    first.wait_for_text("node-n2", "Lost customers").await;
}

/// The name of node `id` in a tree read as interchange JSON.
fn name_of(tree: &serde_json::Value, id: &str) -> String {
    tree["nodes"]
        .as_array()
        .and_then(|nodes| nodes.iter().find(|node| node["id"] == id))
        .and_then(|node| node["name"].as_str())
        .unwrap_or_default()
        .to_owned()
}
