//! The window's and the command line's command bodies run headless, on a
//! temporary store file (as Yaak tests its commands).

use super::*;
use crate::edit::Document;
use crate::export::Theme;
use crate::interchange;
use crate::layout::{LayoutDirection, LayoutEngine, LayoutOptions};
use crate::model::{Position, Tree, TreeId};
use crate::sample::saas_arr;
use crate::store::Store;

fn temp_store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("kpitree.db")).unwrap();
    (dir, store)
}

fn stored_sample(store: &mut Store) -> TreeId {
    store.insert_tree(&saas_arr()).unwrap()
}

#[test]
fn a_tree_view_derives_from_the_document_and_the_store() {
    let (_dir, mut store) = temp_store();
    let id = stored_sample(&mut store);
    settings::set_layout_direction(&store, id, LayoutDirection::LeftRight).unwrap();
    let mut document = Document::new(store.load_tree(id).unwrap());
    let view = tree_view(&store, id, &document).unwrap();
    assert_eq!(view.id, id);
    assert_eq!(view.direction, LayoutDirection::LeftRight);
    assert_eq!(view.faces.len(), document.tree().nodes.len());
    assert_eq!(view.routes.len(), document.tree().links.len());
    assert_eq!(view.levels.get("arr"), Some(&0));
    assert!(!view.can_undo && !view.can_redo);
    let rename = crate::edit::Edit::RenameTree { name: "x".into() };
    document.perform(&rename).unwrap();
    let view = tree_view(&store, id, &document).unwrap();
    assert_eq!(view.tree.name, "x");
    assert!(view.can_undo);
}

#[test]
fn unique_names_take_the_first_free_number() {
    let (_dir, mut store) = temp_store();
    assert_eq!(unique_name(&store, "Growth").unwrap(), "Growth");
    store.insert_tree(&Tree::new("Growth")).unwrap();
    assert_eq!(unique_name(&store, "Growth").unwrap(), "Growth 2");
    store.insert_tree(&Tree::new("Growth 2")).unwrap();
    assert_eq!(unique_name(&store, "Growth").unwrap(), "Growth 3");
    assert_eq!(unique_name(&store, "Other").unwrap(), "Other");
}

#[test]
fn a_layout_is_applied_as_moves_an_edit_or_in_place() {
    let mut tree = saas_arr();
    for node in &mut tree.nodes {
        node.position = None;
    }
    let options = LayoutOptions::default();
    let moves = layout_moves(&tree, &options).unwrap();
    assert_eq!(moves.len(), tree.nodes.len());
    let mut edited = Document::new(tree.clone());
    edited
        .perform(&layout_edit(&tree, &options).unwrap())
        .unwrap();
    lay_out(&mut tree, &options).unwrap();
    assert!(tree.nodes.iter().all(|node| node.position.is_some()));
    assert_eq!(edited.tree(), &tree);
    // Laid out again, nothing moves.
    assert!(layout_moves(&tree, &options).unwrap().is_empty());
}

#[test]
fn the_export_pipeline_writes_each_format() {
    let (_dir, mut store) = temp_store();
    let id = stored_sample(&mut store);
    let json = export_tree(&store, id, &ExportOptions::new(ExportFormat::Json)).unwrap();
    let stored = store.load_tree(id).unwrap();
    assert_eq!(
        String::from_utf8(json).unwrap(),
        interchange::write(&stored)
    );

    let svg = ExportOptions {
        theme: Theme::Dark,
        ..ExportOptions::new(ExportFormat::Svg)
    };
    let svg = String::from_utf8(export_tree(&store, id, &svg).unwrap()).unwrap();
    assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"));
    let drawn = crate::export::write_svg(
        &stored,
        &crate::export::SvgOptions {
            theme: Theme::Dark,
            ..Default::default()
        },
    )
    .unwrap();
    assert_eq!(svg, drawn);

    let png = export_tree(&store, id, &ExportOptions::new(ExportFormat::Png)).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
}

#[test]
fn a_json_export_is_laid_out_only_when_asked() {
    let (_dir, mut store) = temp_store();
    let mut tree = saas_arr();
    tree.nodes[0].position = Some(Position { x: 1.0, y: 1.0 });
    let id = store.insert_tree(&tree).unwrap();
    let options = ExportOptions {
        direction: LayoutDirection::LeftRight,
        engine: LayoutEngine::Layered,
        ..ExportOptions::new(ExportFormat::Json)
    };
    let kept = export_tree(&store, id, &options).unwrap();
    assert_eq!(kept, interchange::write(&tree).into_bytes());
    let laid = ExportOptions {
        lay_out_json: true,
        ..options
    };
    let laid = export_tree(&store, id, &laid).unwrap();
    let mut expected = tree.clone();
    let layout = LayoutOptions {
        direction: LayoutDirection::LeftRight,
        engine: LayoutEngine::Layered,
        aspect: None,
    };
    lay_out(&mut expected, &layout).unwrap();
    assert_eq!(laid, interchange::write(&expected).into_bytes());
}

#[test]
fn an_import_gets_a_unique_name_and_a_bad_file_changes_nothing() {
    let (dir, mut store) = temp_store();
    let path = dir.path().join("tree.json");
    std::fs::write(&path, interchange::write(&saas_arr())).unwrap();
    let first = import_file(&mut store, &path).unwrap();
    let second = import_file(&mut store, &path).unwrap();
    let name = |id| store.load_tree(id).unwrap().name;
    assert_eq!(name(second), format!("{} 2", name(first)));

    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        r#"{"kpitree": 1, "name": "x", "nodes": [{}], "links": []}"#,
    )
    .unwrap();
    let error = import_file(&mut store, &bad).unwrap_err();
    assert!(matches!(error, WorkspaceError::Interchange(_)), "{error}");
    let missing = dir.path().join("missing.json");
    let error = import_file(&mut store, &missing).unwrap_err();
    assert!(error
        .to_string()
        .starts_with(&missing.display().to_string()));
    assert_eq!(store.list_trees().unwrap().len(), 2);
}

#[test]
fn settings_are_remembered_typed() {
    let (dir, mut store) = temp_store();
    let id = stored_sample(&mut store);
    let other = store.insert_tree(&Tree::new("other")).unwrap();

    assert_eq!(
        settings::layout_direction(&store, id).unwrap(),
        LayoutDirection::TopDown
    );
    settings::set_layout_direction(&store, id, LayoutDirection::LeftRight).unwrap();
    assert_eq!(
        settings::layout_direction(&store, id).unwrap(),
        LayoutDirection::LeftRight
    );
    assert_eq!(
        settings::layout_direction(&store, other).unwrap(),
        LayoutDirection::TopDown
    );

    assert_eq!(settings::view_state(&store, id).unwrap(), None);
    let shown = ViewState {
        viewport: Some(Viewport {
            x: 1.0,
            y: -2.0,
            zoom: 0.5,
        }),
        nodes: vec!["arr".into()],
        links: vec![],
    };
    settings::set_view_state(&store, id, &shown).unwrap();
    assert_eq!(
        settings::view_state(&store, id).unwrap(),
        Some(shown.clone())
    );
    let zero_zoom = ViewState {
        viewport: Some(Viewport {
            x: 0.0,
            y: 0.0,
            zoom: 0.0,
        }),
        ..shown.clone()
    };
    assert!(matches!(
        settings::set_view_state(&store, id, &zero_zoom),
        Err(WorkspaceError::Invalid(_))
    ));
    assert_eq!(settings::view_state(&store, id).unwrap(), Some(shown));

    let purpose = FolderPurpose::Import;
    assert_eq!(settings::last_folder(&store, purpose).unwrap(), None);
    settings::remember_folder(&store, purpose, &dir.path().join("x.json")).unwrap();
    assert_eq!(
        settings::last_folder(&store, purpose).unwrap().as_deref(),
        Some(dir.path())
    );
    assert_eq!(
        settings::last_folder(&store, FolderPurpose::Export).unwrap(),
        None
    );

    let trees = store.list_trees().unwrap();
    assert_eq!(
        settings::last_tree(&store, &trees).unwrap(),
        Some(trees[0].id)
    );
    settings::set_last_tree(&store, other).unwrap();
    assert_eq!(settings::last_tree(&store, &trees).unwrap(), Some(other));
    store.delete_tree(other).unwrap();
    let trees = store.list_trees().unwrap();
    assert_eq!(settings::last_tree(&store, &trees).unwrap(), Some(id));
}

/// The window's `set_status_thresholds`: one edit, saved with its diff, undone and
/// redone like any other; a bad pair is refused and changes nothing.
#[test]
fn status_thresholds_are_an_edit_with_undo_and_redo() {
    use crate::edit::{Edit, EditError};
    use crate::model::StatusThresholds;

    let (_dir, mut store) = temp_store();
    let id = stored_sample(&mut store);
    let mut document = Document::new(store.load_tree(id).unwrap());
    let wide = StatusThresholds::new(0.05, 0.3).unwrap();
    let set = Edit::SetStatusThresholds { thresholds: wide };

    editing::perform(&mut store, id, &mut document, &set).unwrap();
    assert_eq!(document.tree().thresholds, wide);
    assert_eq!(tree_view(&store, id, &document).unwrap().thresholds, wide);
    assert_eq!(store.load_tree(id).unwrap().thresholds, wide);
    assert!(document.can_undo());

    editing::undo(&mut store, id, &mut document).unwrap();
    assert_eq!(document.tree().thresholds, StatusThresholds::default());
    assert_eq!(
        store.status_thresholds(id).unwrap(),
        StatusThresholds::default()
    );

    editing::redo(&mut store, id, &mut document).unwrap();
    assert_eq!(store.load_tree(id).unwrap(), *document.tree());
    assert_eq!(store.status_thresholds(id).unwrap(), wide);

    let inverted = StatusThresholds {
        on_track_within: 0.5,
        at_risk_within: 0.1,
    };
    let refused = editing::perform(
        &mut store,
        id,
        &mut document,
        &Edit::SetStatusThresholds {
            thresholds: inverted,
        },
    );
    assert!(matches!(
        refused,
        Err(WorkspaceError::Edit(EditError::Thresholds(_)))
    ));
    assert_eq!(store.status_thresholds(id).unwrap(), wide);
    assert_eq!(document.tree().thresholds, wide);
}

#[test]
fn preferences_are_kept_in_the_store_and_read_forgivingly() {
    let (_dir, store) = temp_store();
    assert_eq!(
        preferences::preferences(&store).unwrap(),
        Preferences::default()
    );
    let chosen = Preferences {
        layout_direction: LayoutDirection::LeftRight,
        layout_engine: crate::layout::LayoutEngine::Compact,
        export_theme: Theme::Dark,
        panels: PanelPreferences {
            inspector: false,
            leverage: true,
            ..PanelPreferences::default()
        },
        present: PresentPreferences {
            values: false,
            theme: Theme::Dark,
            ..PresentPreferences::default()
        },
    };
    preferences::set_preferences(&store, &chosen).unwrap();
    assert_eq!(preferences::preferences(&store).unwrap(), chosen);

    // A preference added since they were saved takes its default.
    store
        .set_setting(
            "preferences",
            r#"{"export_theme": "dark", "panels": {"minimap": false}}"#,
        )
        .unwrap();
    let read = preferences::preferences(&store).unwrap();
    assert_eq!(read.export_theme, Theme::Dark);
    assert!(!read.panels.minimap && read.panels.inspector);
    assert_eq!(read.present, PresentPreferences::default());
    // What no longer reads gives the defaults.
    store.set_setting("preferences", "not json").unwrap();
    assert_eq!(
        preferences::preferences(&store).unwrap(),
        Preferences::default()
    );
}

#[test]
fn a_refused_cycle_names_the_nodes_by_their_names() {
    use crate::edit::{Document, Edit};
    use crate::model::{Link, LinkKind, Node, NodeId, NodeKind, Tree};
    let folder = tempfile::tempdir().expect("a temporary folder");
    let mut store = crate::store::Store::open(folder.path().join("cycle.db")).expect("a store");
    let id_of = |text: &str| NodeId::new(text).expect("an id");
    let mut tree = Tree::new("Cycle");
    tree.nodes = vec![
        Node::new(id_of("upsell"), NodeKind::BusinessKpi, "Upsell revenue"),
        Node::new(id_of("seats"), NodeKind::BusinessKpi, "Expansion seats"),
    ];
    tree.links = vec![Link::new(LinkKind::Drives, id_of("seats"), id_of("upsell"))];
    let id = store.insert_tree(&tree).expect("inserted");
    let mut document = Document::new(store.load_tree(id).expect("loaded"));
    let back = Edit::AddLink {
        link: Link::new(LinkKind::Drives, id_of("upsell"), id_of("seats")),
    };
    let error = super::editing::perform(&mut store, id, &mut document, &back)
        .expect_err("a cycle is refused");
    assert_eq!(
        error.to_string(),
        "this link would close a cycle: Upsell revenue → Expansion seats → Upsell revenue"
    );
    assert_eq!(
        store.load_tree(id).expect("loaded").links.len(),
        1,
        "nothing saved"
    );
}
