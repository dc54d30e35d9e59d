//! The store on real temporary files: round trips, diffs, lookups, settings, the
//! trash and migrations. Refused files and locks are in `store_refusals.rs`.

mod common;

use common::{id, rich_tree, temp_store};
use kpitree_core::edit::{Change, Diff, Document, Edit, NodeMove};
use kpitree_core::model::{Color, Link, LinkKind, Node, NodeKind, Position, Tree};
use kpitree_core::store::{Store, StoreError, SCHEMA_VERSION};
use rusqlite::Connection;

#[test]
fn a_tree_round_trips() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let tree = rich_tree();
    let tree_id = store.insert_tree(&tree).unwrap();
    assert_eq!(store.load_tree(tree_id).unwrap(), tree);
    drop(store);
    let reopened = Store::open(&path).unwrap();
    assert_eq!(reopened.load_tree(tree_id).unwrap(), tree);
}

#[test]
fn open_creates_the_folder_and_sets_wal_and_foreign_keys() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a").join("b").join("kpitree.db");
    let mut store = Store::open(&path).unwrap();
    let mode: String = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA journal_mode", [], |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    // Foreign keys are on: a link to a missing node is refused.
    let mut tree = Tree::new("t");
    tree.links
        .push(Link::new(LinkKind::Drives, id("a"), id("b")));
    assert!(store.insert_tree(&tree).is_err());
    assert!(
        store.list_trees().unwrap().is_empty(),
        "the failed insert left a tree"
    );
}

/// Every edit, undo and redo written through the store reloads as the document.
#[test]
fn diffs_written_to_the_store_reload_as_the_document() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let tree_id = store.insert_tree(&rich_tree()).unwrap();
    let mut doc = Document::new(store.load_tree(tree_id).unwrap());
    let mut new = Node::new(id("sso"), NodeKind::Initiative, "SSO");
    new.position = Some(Position { x: 1.0, y: 2.0 });
    let mut renamed = doc.tree().nodes[2].clone();
    renamed.name = "Activated teams".into();
    let mut recoloured = doc.tree().links[2].clone();
    recoloured.color = Some(Color::new("#00ff00").unwrap());
    recoloured.note = None;
    let edits = [
        Edit::UpdateLink { link: recoloured },
        Edit::AddNode {
            node: new,
            index: Some(1),
        },
        Edit::AddLink {
            link: Link::new(LinkKind::Impacts, id("sso"), id("arr")),
        },
        Edit::MoveNodes {
            moves: vec![NodeMove {
                id: id("arr"),
                position: Position { x: 5.0, y: 6.0 },
            }],
        },
        Edit::UpdateNode { node: renamed },
        Edit::RemoveNodes {
            ids: vec![id("customers"), id("usability")],
        },
        Edit::RenameTree {
            name: "Renamed".into(),
        },
        Edit::SetDescription { description: None },
    ];
    let mut save = |diff: &Diff| store.apply_diff(tree_id, diff);
    for edit in &edits {
        doc.perform_with(edit, &mut save).unwrap();
    }
    for _ in 0..4 {
        doc.undo_with(&mut save).unwrap();
    }
    doc.redo_with(&mut save).unwrap();
    doc.perform_with(
        &Edit::RemoveNodes {
            ids: vec![id("sso")],
        },
        &mut save,
    )
    .unwrap();
    assert_eq!(&store.load_tree(tree_id).unwrap(), doc.tree());
    while doc.can_undo() {
        doc.undo_with(|diff| store.apply_diff(tree_id, diff))
            .unwrap();
        assert_eq!(&store.load_tree(tree_id).unwrap(), doc.tree());
    }
    assert_eq!(store.load_tree(tree_id).unwrap(), rich_tree());
}

#[test]
fn a_diff_that_fails_midway_leaves_the_store_as_it_was() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let tree_id = store.insert_tree(&rich_tree()).unwrap();
    let before = store.load_tree(tree_id).unwrap();
    let mut moved = before.nodes[0].clone();
    moved.position = None;
    let diff = Diff::new(vec![
        Change::TreeRenamed {
            before: before.name.clone(),
            after: "half done".into(),
        },
        Change::NodeUpdated {
            before: before.nodes[0].clone(),
            after: moved,
        },
        Change::NodeAdded {
            index: 0,
            node: Node::new(id("x"), NodeKind::Initiative, "x"),
        },
        // The last row breaks a foreign key: "ghost" is not a node.
        Change::LinkAdded {
            index: 0,
            link: Link::new(LinkKind::Drives, id("x"), id("ghost")),
        },
    ]);
    let error = store.apply_diff(tree_id, &diff).unwrap_err();
    let named = format!(
        "\"ghost\" in tree \"{}\" was removed elsewhere",
        before.name
    );
    assert!(error.to_string().starts_with(&named), "{error}");
    assert_eq!(store.load_tree(tree_id).unwrap(), before);
    assert_eq!(
        Store::open(&path).unwrap().load_tree(tree_id).unwrap(),
        before
    );
}

#[test]
fn a_diff_that_does_not_fit_is_a_conflict() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let tree_id = store.insert_tree(&rich_tree()).unwrap();
    let ghost = Node::new(id("ghost"), NodeKind::Initiative, "g");
    let diff = Diff::new(vec![Change::NodeRemoved {
        index: 0,
        node: ghost,
    }]);
    let error = store.apply_diff(tree_id, &diff).unwrap_err();
    assert!(matches!(error, StoreError::Conflict { .. }), "{error}");
    assert_eq!(
        error.to_string(),
        "\"g\" in tree \"Zira growth — ARR ✓\" was removed elsewhere (another window or the \
         command line); your change was not saved"
    );
    let missing = store.apply_diff(
        999,
        &Diff::new(vec![Change::DescriptionSet {
            before: None,
            after: None,
        }]),
    );
    assert!(matches!(missing, Err(StoreError::NotFound { .. })));
}

#[test]
fn trees_are_listed_found_renamed_and_deleted() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let b = store.insert_tree(&Tree::new("Beta")).unwrap();
    let a1 = store.insert_tree(&rich_tree()).unwrap();
    let a2 = store.insert_tree(&Tree::new("Alpha")).unwrap();
    let a3 = store.insert_tree(&Tree::new("Alpha")).unwrap();
    let names: Vec<_> = store
        .list_trees()
        .unwrap()
        .into_iter()
        .map(|t| (t.name, t.id))
        .collect();
    assert_eq!(
        names[..3],
        [
            ("Alpha".into(), a2),
            ("Alpha".into(), a3),
            ("Beta".into(), b)
        ]
    );
    let rich = store
        .list_trees()
        .unwrap()
        .into_iter()
        .find(|t| t.id == a1)
        .unwrap();
    assert_eq!((rich.node_count, rich.link_count), (6, 4));

    assert_eq!(store.find_tree("Beta").unwrap(), b);
    assert_eq!(store.find_tree(&a1.to_string()).unwrap(), a1);
    let ambiguous = store.find_tree("Alpha").unwrap_err();
    assert!(
        ambiguous.to_string().contains(&format!("ids {a2}, {a3}")),
        "{ambiguous}"
    );
    let missing = store.find_tree("Gamma").unwrap_err();
    assert!(matches!(missing, StoreError::NotFound { .. }));
    assert!(
        missing
            .to_string()
            .contains("the trees are: \"Alpha\", \"Alpha\", \"Beta\""),
        "{missing}"
    );

    store.rename_tree(a3, "Gamma").unwrap();
    assert_eq!(store.find_tree("Gamma").unwrap(), a3);
    assert!(store.rename_tree(a3, "").is_err());
    store.delete_tree(a1).unwrap();
    assert!(matches!(
        store.load_tree(a1),
        Err(StoreError::NotFound { .. })
    ));
    assert!(matches!(
        store.delete_tree(a1),
        Err(StoreError::NotFound { .. })
    ));
    let orphans: i64 = Connection::open(&path)
        .unwrap()
        .query_row(
            "SELECT (SELECT count(*) FROM nodes) + (SELECT count(*) FROM links)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0);
}

#[test]
fn settings_persist() {
    let (_dir, path) = temp_store();
    let store = Store::open(&path).unwrap();
    assert_eq!(store.get_setting("last_tree_id").unwrap(), None);
    store.set_setting("last_tree_id", "3").unwrap();
    store.set_setting("last_tree_id", "4").unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.get_setting("last_tree_id").unwrap().as_deref(),
        Some("4")
    );
    store.remove_setting("last_tree_id").unwrap();
    assert_eq!(store.get_setting("last_tree_id").unwrap(), None);
}

#[test]
fn a_trashed_tree_is_hidden_until_restored_and_gone_once_the_trash_is_emptied() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let kept = store.insert_tree(&Tree::new("Kept")).unwrap();
    let rich = store.insert_tree(&rich_tree()).unwrap();
    store.trash_tree(rich).unwrap();
    let listed: Vec<_> = store.list_trees().unwrap().iter().map(|t| t.id).collect();
    assert_eq!(listed, [kept]);
    assert!(matches!(
        store.load_tree(rich),
        Err(StoreError::NotFound { .. })
    ));
    assert!(store.find_tree(&rich_tree().name).is_err());
    assert!(store.find_tree(&rich.to_string()).is_err());
    assert!(matches!(
        store.trash_tree(rich),
        Err(StoreError::NotFound { .. })
    ));

    // Restored, it is exactly the tree that went in.
    store.restore_tree(rich).unwrap();
    assert_eq!(store.load_tree(rich).unwrap(), rich_tree());
    assert!(store.restore_tree(rich).is_err());

    store.trash_tree(rich).unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    assert_eq!(store.empty_trash().unwrap(), 1);
    assert!(store.restore_tree(rich).is_err());
    assert_eq!(store.load_tree(kept).unwrap(), Tree::new("Kept"));
}

#[test]
fn a_store_of_schema_1_is_migrated_with_its_trees() {
    let (_dir, path) = temp_store();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../src/store/migrations/0001_initial.sql"))
            .unwrap();
        conn.execute_batch("PRAGMA user_version = 1; INSERT INTO trees (name) VALUES ('Old');")
            .unwrap();
    }
    let store = Store::open(&path).unwrap();
    let names: Vec<_> = store
        .list_trees()
        .unwrap()
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(names, ["Old"]);
    let version: i64 = Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}
