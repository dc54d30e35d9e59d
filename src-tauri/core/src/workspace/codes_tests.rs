//! The colour codes a tree was shown in, kept by the store: the window's view and
//! an export remember them, and they survive edits, undo and reopening the store.

use std::collections::BTreeMap;

use super::*;
use crate::edit::{Document, Edit};
use crate::interchange;
use crate::model::{Color, Link, LinkKind, NodeId, Strength, Tree, TreeId};
use crate::store::Store;

fn zira_uncoloured() -> Tree {
    let text = include_str!("../../../../tests/data/zira.json");
    let mut tree = interchange::read(text, "zira.json").unwrap();
    tree.nodes.iter_mut().for_each(|n| n.color = None);
    tree.links.iter_mut().for_each(|l| l.color = None);
    tree
}

/// Each coded node's colour in the view of tree `id`.
fn view_codes(store: &Store, id: TreeId, document: &Document) -> BTreeMap<String, String> {
    let view = tree_view(store, id, document).unwrap();
    view.alignment
        .colors
        .kpis
        .iter()
        .map(|k| (k.id.to_string(), k.color.as_str().to_owned()))
        .collect()
}

fn recolour(document: &Document, node: &str, color: &str) -> Edit {
    let mut node = document
        .tree()
        .node(&NodeId::new(node).unwrap())
        .unwrap()
        .clone();
    node.color = Some(Color::new(color).unwrap());
    Edit::UpdateNode { node }
}

#[test]
fn the_codes_shown_survive_edits_undo_and_reopening_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kpitree.db");
    let mut store = Store::open(&path).unwrap();
    let id = store.insert_tree(&zira_uncoloured()).unwrap();
    let mut document = Document::new(store.load_tree(id).unwrap());
    let shown = view_codes(&store, id, &document);
    assert!(!settings::color_codes(&store, id).unwrap().0.is_empty());

    // Recolour Acquired customers; bet on Net new customers (its first bet).
    let edit = recolour(&document, "acquired", "#6b4226");
    editing::perform(&mut store, id, &mut document, &edit).unwrap();
    let bet = Link {
        strength: Some(Strength::Weak),
        ..Link::new(
            LinkKind::Impacts,
            NodeId::new("sso").unwrap(),
            NodeId::new("net_new").unwrap(),
        )
    };
    editing::perform(&mut store, id, &mut document, &Edit::AddLink { link: bet }).unwrap();
    let mut edited = view_codes(&store, id, &document);
    assert_eq!(edited.remove("acquired").as_deref(), Some("#6b4226"));
    let mut others = shown.clone();
    others.remove("acquired");
    assert_eq!(edited, others);

    // Undo both, reopen the store: every code as first shown.
    editing::undo(&mut store, id, &mut document).unwrap();
    editing::undo(&mut store, id, &mut document).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    let document = Document::new(store.load_tree(id).unwrap());
    assert_eq!(view_codes(&store, id, &document), shown);
}

#[test]
fn an_export_draws_the_codes_the_window_shows_and_remembers_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("kpitree.db")).unwrap();
    let tree = zira_uncoloured();
    let id = store.insert_tree(&tree).unwrap();
    // Shown once with acquired recoloured: churned then took the first code.
    let mut recoloured = tree.clone();
    let acquired = recoloured
        .nodes
        .iter_mut()
        .find(|n| n.id.as_str() == "acquired")
        .unwrap();
    acquired.color = Some(Color::new("#6b4226").unwrap());
    let first = crate::alignment::ColorCodes::new(&recoloured, &Default::default());
    settings::remember_color_codes(&store, id, &Default::default(), &first.memory()).unwrap();
    let churned = first
        .color(&NodeId::new("churned").unwrap())
        .unwrap()
        .clone();

    let options = ExportOptions::new(ExportFormat::Svg);
    let svg = String::from_utf8(export_tree(&store, id, &options).unwrap()).unwrap();
    let link = svg
        .split("<g id=\"link-impacts-faster_mobile-churned\"")
        .nth(1)
        .unwrap();
    let stroke = format!("stroke=\"{}\"", churned.as_str());
    assert!(
        link[..link.find("</g>").unwrap()].contains(&stroke),
        "{link}"
    );
    let remembered = settings::color_codes(&store, id).unwrap();
    assert!(
        remembered.0.contains_key(&NodeId::new("acquired").unwrap()),
        "acquired, shown first by the export, is remembered"
    );
    let document = Document::new(store.load_tree(id).unwrap());
    let view = view_codes(&store, id, &document);
    assert_eq!(view["churned"], churned.as_str());
}
