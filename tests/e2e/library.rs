//! The tree library on the real window: a tree from a template, renamed,
//! duplicated, deleted and brought back; JSON imported and an SVG exported through
//! the file dialogs (answered by `KPITREE_DIALOG_ANSWER`, as a test cannot click a
//! native dialog).

use std::path::Path;
use std::process::Command;

use crate::harness::App;

const ENTER: char = '\u{E007}';

/// The names of the store's trees, through `kpitree list`.
fn listed(store: &Path) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .arg("list")
        .arg("--db")
        .arg(store)
        .output()
        .expect("kpitree list runs");
    assert!(output.status.success());
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The id of the tree item whose text holds `name`.
async fn tree_item(app: &App, name: &str) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let found = app
            .client
            .execute(
                "return [...document.querySelectorAll('[data-testid^=\"tree-item-\"]')]
                   .filter(e => e.textContent.includes(arguments[0]))
                   .map(e => e.getAttribute('data-testid'))[0] || null;",
                vec![serde_json::Value::from(name)],
            )
            .await
            .expect("the tree list");
        if let Some(id) = found.as_str() {
            return id.trim_start_matches("tree-item-").to_owned();
        }
        assert!(
            std::time::Instant::now() < deadline,
            "no tree {name:?} in the list"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn tree_menu(app: &App, tree: &str, action: &str) {
    // The ⋯ button shows on hover (and on keyboard focus).
    app.hover(&format!("tree-item-{tree}")).await;
    app.click(&format!("tree-menu-{tree}")).await;
    app.click(action).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_template_tree_is_renamed_duplicated_deleted_and_restored() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("library.db");
    let app = App::start(&store).await;
    app.wait_until_shown("node-arr").await;

    app.click("action-new-tree").await;
    app.click("action-new-tree-marketplace").await;
    app.wait_until_shown("node-nights_booked").await;
    let id = tree_item(&app, "Marketplace growth").await;

    tree_menu(&app, &id, "action-rename-tree").await;
    let input = app.wait_until_shown("tree-rename-input").await;
    app.client
        .execute(
            "arguments[0].select();",
            vec![serde_json::to_value(&input).expect("element")],
        )
        .await
        .expect("select the name");
    app.type_text("Two-sided growth").await;
    app.press(ENTER).await;
    app.wait_for_text(&format!("tree-item-{id}"), "Two-sided growth")
        .await;

    tree_menu(&app, &id, "action-duplicate-tree").await;
    let copy = tree_item(&app, "Two-sided growth (copy)").await;
    app.wait_until_shown("node-nights_booked").await;

    tree_menu(&app, &copy, "action-delete-tree").await;
    app.wait_for_text("notice", "Deleted").await;
    app.wait_until_gone(&format!("tree-item-{copy}")).await;
    app.click("notice-action").await;
    app.wait_until_shown(&format!("tree-item-{copy}")).await;
    app.close().await;

    let list = listed(&store);
    for name in [
        "SaaS growth (sample)",
        "Two-sided growth",
        "Two-sided growth (copy)",
    ] {
        assert!(list.contains(name), "{name:?} is not in the store: {list}");
    }
    assert!(!list.contains("Marketplace growth"), "{list}");
}

#[tokio::test(flavor = "multi_thread")]
async fn json_is_imported_and_an_svg_exported_through_the_dialogs() {
    let folder = tempfile::tempdir().expect("a temporary folder");
    let store = folder.path().join("files.db");
    let zira = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/zira.json");
    let answer = zira.display().to_string();
    let app = App::start_with_env(&store, &[("KPITREE_DIALOG_ANSWER", &answer)]).await;
    app.wait_until_shown("node-arr").await;
    app.click("action-import-json").await;
    let id = tree_item(&app, "Zira growth").await;
    app.wait_for_text("tree-header", "Zira growth").await;
    app.close().await;
    assert!(listed(&store).contains("Zira growth"));

    let svg = folder.path().join("zira.svg");
    let answer = svg.display().to_string();
    let app = App::start_with_env(&store, &[("KPITREE_DIALOG_ANSWER", &answer)]).await;
    app.wait_until_shown(&format!("tree-item-{id}")).await;
    app.click("action-export").await;
    app.click("action-export-svg").await;
    app.wait_for_text("notice", "Exported").await;
    app.close().await;
    let text = std::fs::read_to_string(&svg).expect("the SVG was written");
    assert!(
        text.contains("<svg") && text.contains("Zira growth"),
        "{}",
        &text[..200.min(text.len())]
    );
}
