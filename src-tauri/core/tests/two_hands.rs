//! Two windows on one store (SPEC 7), played by two `Store` connections on one real
//! file: edits of different rows both land; an edit, undo or redo made for rows
//! the other changed is refused naming the node, and nothing is lost.

mod common;

use common::{id, rich_tree, temp_store};
use kpitree_core::edit::{Document, Edit};
use kpitree_core::model::{Node, NodeKind, Tree, TreeId};
use kpitree_core::store::{Elsewhere, Store, StoreError};
use kpitree_core::workspace::{editing, reload, OutsideChange, WorkspaceError};

/// A window: its own connection and its own document of the tree.
struct Window {
    store: Store,
    document: Document,
}

impl Window {
    fn open(path: &std::path::Path, tree: TreeId) -> Window {
        let store = Store::open(path).unwrap();
        let document = Document::new(store.load_tree(tree).unwrap());
        Window { store, document }
    }

    fn edit(&mut self, tree: TreeId, edit: Edit) -> Result<(), WorkspaceError> {
        editing::perform(&mut self.store, tree, &mut self.document, &edit).map(|_| ())
    }

    fn node(&self, id_text: &str) -> Node {
        self.document.tree().node(&id(id_text)).unwrap().clone()
    }

    fn stored(&self, tree: TreeId) -> Tree {
        self.store.load_tree(tree).unwrap()
    }
}

/// Two windows on a new store holding the rich tree.
fn two_windows() -> (tempfile::TempDir, TreeId, Window, Window) {
    let (dir, path) = temp_store();
    let tree = Store::open(&path)
        .unwrap()
        .insert_tree(&rich_tree())
        .unwrap();
    let (a, b) = (Window::open(&path, tree), Window::open(&path, tree));
    (dir, tree, a, b)
}

fn renamed(mut node: Node, name: &str) -> Edit {
    node.name = name.into();
    Edit::UpdateNode { node }
}

/// The conflict inside `error`, with its message.
fn conflict(error: WorkspaceError) -> (Elsewhere, String) {
    let message = error.to_string();
    match error {
        WorkspaceError::Store(StoreError::Conflict { change, .. }) => (change, message),
        other => panic!("not a conflict: {other:?}"),
    }
}

#[test]
fn edits_of_different_nodes_both_land() {
    let (_dir, tree, mut a, mut b) = two_windows();
    a.edit(tree, renamed(a.node("arr"), "Annual revenue"))
        .unwrap();
    b.edit(tree, renamed(b.node("customers"), "Paying customers"))
        .unwrap();
    // Rows added and removed elsewhere shift positions but do not conflict.
    let ids = vec![id("aov")];
    a.edit(tree, Edit::RemoveNodes { ids }).unwrap();
    let node = Node::new(id("churn"), NodeKind::ProductMetric, "Churn");
    b.edit(tree, Edit::AddNode { node, index: None }).unwrap();
    let ids = vec![id("usability")];
    b.edit(tree, Edit::RemoveNodes { ids }).unwrap();

    let stored = a.stored(tree);
    let name = |text: &str| stored.node(&id(text)).map(|n| n.name.clone());
    assert_eq!(name("arr").as_deref(), Some("Annual revenue"));
    assert_eq!(name("customers").as_deref(), Some("Paying customers"));
    assert_eq!(name("churn").as_deref(), Some("Churn"));
    assert_eq!((name("aov"), name("usability")), (None, None));
    assert_eq!(stored.nodes.len(), 5);
}

#[test]
fn a_conflicting_update_is_refused_naming_the_node_and_the_window_reloads() {
    let (_dir, tree, mut a, mut b) = two_windows();
    a.edit(tree, renamed(a.node("activation"), "Activation rate"))
        .unwrap();
    let after_a = a.stored(tree);
    let mut node = b.node("activation");
    node.value = Some(0.4);
    let (change, message) = conflict(b.edit(tree, Edit::UpdateNode { node }).unwrap_err());
    assert_eq!(change, Elsewhere::Changed);
    assert_eq!(
        message,
        "\"activation «名前»\" in tree \"Zira growth — ARR ✓\" was changed elsewhere \
         (another window or the command line); your change was not saved"
    );
    assert_eq!(b.stored(tree), after_a, "the store is unchanged");
    assert_eq!(b.document.tree(), &after_a, "the window shows the store");
}

#[test]
fn a_conflicting_remove_and_add_are_refused() {
    let (_dir, tree, mut a, mut b) = two_windows();
    // A node edited in one window cannot be removed by the other.
    a.edit(tree, renamed(a.node("usability"), "Usable"))
        .unwrap();
    let ids = vec![id("usability")];
    let (change, message) = conflict(b.edit(tree, Edit::RemoveNodes { ids }).unwrap_err());
    assert_eq!(change, Elsewhere::Changed);
    assert!(
        message.starts_with("\"usability «名前»\" in tree"),
        "{message}"
    );
    // A node removed in one window cannot be edited by the other.
    let ids = vec![id("aov")];
    a.edit(tree, Edit::RemoveNodes { ids }).unwrap();
    let mut b_stale = Document::new(rich_tree());
    let stale_aov = b_stale.tree().node(&id("aov")).unwrap().clone();
    let refused = editing::perform(&mut b.store, tree, &mut b_stale, &renamed(stale_aov, "x"));
    let (change, message) = conflict(refused.unwrap_err());
    assert_eq!(change, Elsewhere::Removed);
    assert!(message.starts_with("\"aov «名前»\""), "{message}");
    // The same new id added in both windows: the second is refused.
    let before = a.stored(tree);
    let node = Node::new(id("churn"), NodeKind::ProductMetric, "Churn");
    a.edit(tree, Edit::AddNode { node, index: None }).unwrap();
    let node = Node::new(id("churn"), NodeKind::BusinessKpi, "Churn too");
    let b_before = before.clone();
    b.document.reload(b_before);
    let (change, message) = conflict(
        b.edit(tree, Edit::AddNode { node, index: None })
            .unwrap_err(),
    );
    assert_eq!(change, Elsewhere::Added);
    assert!(message.starts_with("\"Churn too\" in tree"), "{message}");
    assert_eq!(b.stored(tree).node(&id("churn")).unwrap().name, "Churn");
}

#[test]
fn a_link_edited_after_its_node_was_removed_elsewhere_is_refused() {
    let (_dir, tree, mut a, mut b) = two_windows();
    let ids = vec![id("fast_ux")];
    a.edit(tree, Edit::RemoveNodes { ids }).unwrap();
    let mut link = b.document.tree().links[2].clone();
    link.note = Some("changed".into());
    let (change, message) = conflict(b.edit(tree, Edit::UpdateLink { link }).unwrap_err());
    assert_eq!(change, Elsewhere::Removed);
    assert!(message.starts_with("the impacts link from"), "{message}");
    assert!(b.document.tree().node(&id("fast_ux")).is_none(), "reloaded");
}

#[test]
fn an_undo_after_the_other_window_changed_the_node_is_refused() {
    let (_dir, tree, mut a, mut b) = two_windows();
    b.edit(tree, renamed(b.node("arr"), "ARR")).unwrap();
    a.edit(tree, renamed(a.node("arr"), "Revenue")).unwrap_err();
    // A's window now shows "ARR" (reloaded); it renames again, then B edits.
    a.edit(tree, renamed(a.node("arr"), "Revenue")).unwrap();
    b.document.reload(b.stored(tree));
    b.edit(tree, renamed(b.node("arr"), "Recurring revenue"))
        .unwrap();
    let stored = a.stored(tree);
    let undone = editing::undo(&mut a.store, tree, &mut a.document);
    let (change, message) = conflict(undone.unwrap_err());
    assert_eq!(change, Elsewhere::Changed);
    assert!(message.starts_with("\"Revenue\" in tree"), "{message}");
    assert_eq!(a.stored(tree), stored, "the store is unchanged");
    assert_eq!(a.document.tree(), &stored, "the window shows the store");
    assert!(
        a.document.can_undo(),
        "the refused step stays in the history"
    );
}

#[test]
fn reload_keeps_the_undo_history_for_steps_that_still_fit() {
    let (_dir, tree, mut a, mut b) = two_windows();
    a.edit(tree, renamed(a.node("arr"), "Revenue")).unwrap();
    a.edit(tree, renamed(a.node("aov"), "Order value")).unwrap();
    b.document.reload(b.stored(tree));
    b.edit(tree, renamed(b.node("aov"), "Basket")).unwrap();
    let node = Node::new(id("nps"), NodeKind::HealthMetric, "NPS");
    b.edit(
        tree,
        Edit::AddNode {
            node,
            index: Some(0),
        },
    )
    .unwrap();

    let seen = reload(&a.store, tree, &mut a.document).unwrap();
    assert_eq!(
        seen,
        OutsideChange {
            added: vec!["NPS".into()],
            changed: vec!["Basket".into()],
            ..OutsideChange::default()
        }
    );
    assert_eq!(
        seen.text(),
        "Changed elsewhere: 1 node added (NPS), “Basket” edited"
    );
    assert_eq!(a.document.tree(), &a.stored(tree));
    // The last step (aov) no longer fits; undoing it is refused, the history kept.
    let refused = editing::undo(&mut a.store, tree, &mut a.document).unwrap_err();
    assert_eq!(conflict(refused).0, Elsewhere::Changed);
    assert!(a.document.can_undo());
    // A step that still fits (arr, under the refused one) works once the history
    // is past the refused one: here a fresh edit and its undo.
    a.edit(tree, renamed(a.node("arr"), "ARR!")).unwrap();
    editing::undo(&mut a.store, tree, &mut a.document).unwrap();
    assert_eq!(a.stored(tree).node(&id("arr")).unwrap().name, "Revenue");
    assert_eq!(a.document.tree(), &a.stored(tree));
}

#[test]
fn data_version_changes_for_the_other_connections_commit_only() {
    let (_dir, tree, mut a, mut b) = two_windows();
    let (a0, b0) = (
        a.store.data_version().unwrap(),
        b.store.data_version().unwrap(),
    );
    a.edit(tree, renamed(a.node("arr"), "Revenue")).unwrap();
    assert_eq!(
        a.store.data_version().unwrap(),
        a0,
        "not for its own commit"
    );
    let b1 = b.store.data_version().unwrap();
    assert_ne!(b1, b0, "for the other's commit");
    assert_eq!(b.store.data_version().unwrap(), b1, "stable with no commit");
    b.document.reload(b.stored(tree));
    b.edit(tree, renamed(b.node("arr"), "ARR")).unwrap();
    assert_ne!(a.store.data_version().unwrap(), a0);
}

#[test]
fn nothing_changed_is_an_empty_notice() {
    let (_dir, tree, mut a, _b) = two_windows();
    let seen = reload(&a.store, tree, &mut a.document).unwrap();
    assert!(seen.is_empty());
    assert_eq!(seen.text(), "");
}
