//! The store file beside an end-to-end test's window: making one with a laid-out
//! tree, importing a file into it and reading a tree back (straight from the file
//! or through the command line); and putting text on the app display's clipboard.

use std::path::Path;
use std::process::{Command, Stdio};

use kpitree_core::layout::LayoutOptions;
use kpitree_core::model::Tree;
use kpitree_core::sample::synthetic;
use kpitree_core::store::Store;
use kpitree_core::workspace::lay_out;

use super::App;

/// A new store at `path` holding one generated KPI tree of `nodes` nodes
/// (`sample::synthetic`), laid out top-down; the tree's id. The window opens it,
/// as the only tree of the store.
pub fn store_with_laid_out_tree(path: &Path, name: &str, nodes: usize) -> i64 {
    store_with_laid_out_tree_then(path, name, nodes, |tree| tree)
}

/// [`store_with_laid_out_tree`], the tree changed by `then` before it is stored
/// (e.g. given a history).
pub fn store_with_laid_out_tree_then(
    path: &Path,
    name: &str,
    nodes: usize,
    then: impl FnOnce(Tree) -> Tree,
) -> i64 {
    let mut tree = synthetic(name, nodes);
    lay_out(&mut tree, &LayoutOptions::default()).expect("layout");
    let mut store = Store::open(path).expect("a new store");
    store
        .insert_tree(&then(tree))
        .expect("the tree in the store")
}

/// The tree `name` as the store holds it, read straight from the store file (as
/// interchange JSON). Unlike an export, reading shows no id to anyone, so ids that
/// follow their node's name keep doing so (SPEC 6).
pub fn read_tree(store: &Path, name: &str) -> serde_json::Value {
    let opened = Store::open(store).expect("the store opens beside the window");
    let id = opened.find_tree(name).expect("the tree is in the store");
    let tree = opened.load_tree(id).expect("the tree loads");
    serde_json::from_str(&kpitree_core::interchange::write(&tree)).expect("json")
}

/// Waits (up to 20 s) until tree `name` of `store`, read as `read_tree` does,
/// satisfies `done`; the last tree read either way (the test's assertions say why).
pub fn wait_for_tree(
    store: &Path,
    name: &str,
    done: impl Fn(&serde_json::Value) -> bool,
) -> serde_json::Value {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let tree = read_tree(store, name);
        if done(&tree) || std::time::Instant::now() >= deadline {
            return tree;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
}

/// The tree `name` as the store holds it, through the command line.
pub fn stored_tree(store: &Path, name: &str) -> serde_json::Value {
    let output = Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .args([
            "export", "--tree", name, "--format", "json", "-o", "-", "--db",
        ])
        .arg(store)
        .output()
        .expect("kpitree export runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("json")
}

/// Puts `text` on the clipboard of the app's display, as copying it in another
/// program would (`xclip`, which scripts/setup installs, serves it until replaced).
pub fn copy_to_clipboard(app: &App, text: &str) {
    use std::io::Write;
    let mut xclip = Command::new("xclip")
        .args(["-selection", "clipboard", "-in"])
        .env("DISPLAY", format!(":{}", app.display))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("xclip runs (scripts/setup installs it)");
    xclip
        .stdin
        .take()
        .expect("xclip's input")
        .write_all(text.as_bytes())
        .expect("the text reaches xclip");
    // xclip forks to serve the selection; the parent ends once it has the text.
    let status = xclip.wait().expect("xclip ends");
    assert!(status.success(), "xclip failed");
}

/// Imports the interchange file `file` into `store` with the command line.
pub fn import_file(store: &Path, file: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_kpitree"))
        .arg("import")
        .arg(file)
        .arg("--db")
        .arg(store)
        .stdout(Stdio::null())
        .status()
        .expect("kpitree import runs");
    assert!(status.success(), "{} was not imported", file.display());
}
