//! The native menu bar (File, Edit, View, Help) with the platform's accelerators. A menu
//! item does not act by itself: it sends its [`MenuAction`] to the page as the
//! `menu-action` event, and the page runs the same handler as its toolbar button
//! or shortcut. On Linux and macOS the menu takes an accelerator's key before the
//! page sees it, so the page also handles these actions when a text field has the
//! focus (e.g. Edit → Paste pastes text there).

use serde::{Deserialize, Serialize};
use tauri::menu::{Menu, MenuBuilder, MenuEvent, MenuItemBuilder, Submenu, SubmenuBuilder};
use tauri::{AppHandle, Emitter, Runtime};

/// The name of the event that carries a [`MenuAction`] to the page.
pub const MENU_EVENT: &str = "menu-action";

/// What a menu item asks the page to do; the item's id is the snake_case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum MenuAction {
    NewTree,
    NewSaasArr,
    NewMarketplace,
    NewMediaStreaming,
    NewEcommerce,
    DuplicateTree,
    RenameTree,
    DeleteTree,
    ImportJson,
    ImportValues,
    ExportJson,
    ExportSvg,
    ExportPng,
    ExportHtml,
    ExportPdf,
    Undo,
    Redo,
    Cut,
    Copy,
    Paste,
    Duplicate,
    Delete,
    SelectAll,
    Find,
    ZoomIn,
    ZoomOut,
    ZoomToFit,
    AutoLayout,
    LayoutTopDown,
    LayoutLeftRight,
    ToggleMinimap,
    ToggleInspector,
    ToggleAlignment,
    ToggleLeverage,
    Present,
    AddChild,
    AddSibling,
    RenameNode,
    ChangeKind,
    ReverseLink,
    TakeSnapshot,
    MergeTrees,
    LayoutCompact,
    CollapseBranch,
    ExpandBranch,
    About,
}

/// One item: its action, label and accelerator.
type Item = (MenuAction, &'static str, Option<&'static str>);

const FILE: &[Item] = &[
    (MenuAction::NewTree, "New Tree", Some("CmdOrCtrl+N")),
    (MenuAction::DuplicateTree, "Duplicate Tree", None),
    (MenuAction::RenameTree, "Rename Tree…", None),
    (MenuAction::DeleteTree, "Delete Tree", None),
];
const FILE_SNAPSHOTS: &[Item] = &[
    (MenuAction::TakeSnapshot, "Take Snapshot…", None),
    (MenuAction::MergeTrees, "Merge Trees…", None),
];
const TEMPLATES: &[Item] = &[
    (MenuAction::NewSaasArr, "SaaS ARR", None),
    (MenuAction::NewMarketplace, "Two-sided Marketplace", None),
    (MenuAction::NewMediaStreaming, "Media & Streaming", None),
    (MenuAction::NewEcommerce, "E-commerce", None),
];
const FILE_IO: &[Item] = &[
    (MenuAction::ImportJson, "Import JSON…", Some("CmdOrCtrl+O")),
    (MenuAction::ImportValues, "Import Values…", None),
    (
        MenuAction::ExportJson,
        "Export JSON…",
        Some("CmdOrCtrl+Shift+S"),
    ),
    (MenuAction::ExportSvg, "Export SVG…", Some("CmdOrCtrl+E")),
    (
        MenuAction::ExportPng,
        "Export PNG…",
        Some("CmdOrCtrl+Shift+E"),
    ),
    (MenuAction::ExportHtml, "Export HTML…", None),
    (MenuAction::ExportPdf, "Export PDF…", None),
];
const EDIT_HISTORY: &[Item] = &[
    (MenuAction::Undo, "Undo", Some("CmdOrCtrl+Z")),
    (MenuAction::Redo, "Redo", Some("CmdOrCtrl+Shift+Z")),
];
const EDIT_CLIPBOARD: &[Item] = &[
    (MenuAction::Cut, "Cut", Some("CmdOrCtrl+X")),
    (MenuAction::Copy, "Copy", Some("CmdOrCtrl+C")),
    (MenuAction::Paste, "Paste", Some("CmdOrCtrl+V")),
    (MenuAction::Duplicate, "Duplicate", Some("CmdOrCtrl+D")),
    (MenuAction::Delete, "Delete", Some("Delete")),
    (MenuAction::SelectAll, "Select All", Some("CmdOrCtrl+A")),
];
const EDIT_FIND: &[Item] = &[(MenuAction::Find, "Find Node…", Some("CmdOrCtrl+F"))];
// Tab and Enter are the canvas's own keys (a menu accelerator would take them from
// text fields too), so their items show the key in the label instead.
const EDIT_DRAW: &[Item] = &[
    (MenuAction::AddChild, "Add Child Node (Tab)", None),
    (MenuAction::AddSibling, "Add Sibling Node (Enter)", None),
    (MenuAction::RenameNode, "Rename", Some("F2")),
    (MenuAction::ChangeKind, "Change Kind", Some("CmdOrCtrl+K")),
    (MenuAction::ReverseLink, "Reverse Link", Some("CmdOrCtrl+R")),
];
const VIEW_ZOOM: &[Item] = &[
    (MenuAction::ZoomIn, "Zoom In", Some("CmdOrCtrl+=")),
    (MenuAction::ZoomOut, "Zoom Out", Some("CmdOrCtrl+-")),
    (MenuAction::ZoomToFit, "Zoom to Fit", Some("Shift+1")),
];
const VIEW_LAYOUT: &[Item] = &[
    (
        MenuAction::AutoLayout,
        "Auto-layout",
        Some("CmdOrCtrl+Shift+L"),
    ),
    (MenuAction::LayoutTopDown, "Lay Out Top-down", None),
    (MenuAction::LayoutLeftRight, "Lay Out Left-to-right", None),
    (MenuAction::LayoutCompact, "Lay Out Compact", None),
];
// Alt+arrows: the plain arrows move along the tree, and typing renames.
const VIEW_BRANCHES: &[Item] = &[
    (
        MenuAction::CollapseBranch,
        "Collapse Branch",
        Some("Alt+Left"),
    ),
    (MenuAction::ExpandBranch, "Expand Branch", Some("Alt+Right")),
];
const VIEW_PRESENT: &[Item] = &[(MenuAction::Present, "Present", Some("F5"))];
const VIEW_PANELS: &[Item] = &[
    (
        MenuAction::ToggleInspector,
        "Show/Hide Inspector",
        Some("CmdOrCtrl+I"),
    ),
    (
        MenuAction::ToggleAlignment,
        "Show/Hide Alignment",
        Some("CmdOrCtrl+Shift+A"),
    ),
    (
        MenuAction::ToggleLeverage,
        "Show/Hide Leverage",
        Some("CmdOrCtrl+Shift+K"),
    ),
    (MenuAction::ToggleMinimap, "Show/Hide Minimap", None),
];

const HELP: &[Item] = &[(MenuAction::About, "About kpitree", Some("F1"))];

/// The menu bar.
pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let mut templates = SubmenuBuilder::new(app, "New from Template");
    templates = add_items(app, templates, TEMPLATES)?;
    let templates = templates.build()?;

    let mut file = SubmenuBuilder::new(app, "File");
    file = add_items(app, file, &FILE[..1])?;
    file = file.item(&templates);
    file = add_items(app, file, &FILE[1..])?.separator();
    file = add_items(app, file, FILE_SNAPSHOTS)?.separator();
    file = add_items(app, file, FILE_IO)?.separator().quit();

    let edit = sections(
        app,
        "Edit",
        &[EDIT_HISTORY, EDIT_CLIPBOARD, EDIT_DRAW, EDIT_FIND],
    )?;
    let view = sections(
        app,
        "View",
        &[
            VIEW_ZOOM,
            VIEW_LAYOUT,
            VIEW_BRANCHES,
            VIEW_PANELS,
            VIEW_PRESENT,
        ],
    )?;
    let help = sections(app, "Help", &[HELP])?;
    MenuBuilder::new(app)
        .items(&[&file.build()?, &edit, &view, &help])
        .build()
}

/// A submenu of `groups` of items, with separators between the groups.
fn sections<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    groups: &[&[Item]],
) -> tauri::Result<Submenu<R>> {
    let mut submenu = SubmenuBuilder::new(app, title);
    for (index, group) in groups.iter().enumerate() {
        if index > 0 {
            submenu = submenu.separator();
        }
        submenu = add_items(app, submenu, group)?;
    }
    submenu.build()
}

fn add_items<'a, R: Runtime>(
    app: &AppHandle<R>,
    mut submenu: SubmenuBuilder<'a, R, AppHandle<R>>,
    items: &[Item],
) -> tauri::Result<SubmenuBuilder<'a, R, AppHandle<R>>> {
    for (action, label, accelerator) in items {
        let mut item = MenuItemBuilder::with_id(id_of(*action), *label);
        if let Some(accelerator) = accelerator {
            item = item.accelerator(*accelerator);
        }
        submenu = submenu.item(&item.build(app)?);
    }
    Ok(submenu)
}

/// The item id of `action`: its snake_case name.
fn id_of(action: MenuAction) -> String {
    match serde_json::to_value(action) {
        Ok(serde_json::Value::String(id)) => id,
        _ => unreachable!("a unit variant serialises as a string"),
    }
}

/// Sends the action of a clicked item to the page. Items that are not ours (Quit)
/// are handled by Tauri.
pub fn forward<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let id = serde_json::Value::String(event.id().as_ref().to_owned());
    if let Ok(action) = serde_json::from_value::<MenuAction>(id) {
        if let Err(error) = app.emit(MENU_EVENT, action) {
            eprintln!("kpitree: the menu action could not reach the window: {error}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_id_reads_back_as_its_action() {
        let all = [
            FILE,
            FILE_SNAPSHOTS,
            TEMPLATES,
            FILE_IO,
            EDIT_HISTORY,
            EDIT_CLIPBOARD,
            EDIT_DRAW,
            EDIT_FIND,
            VIEW_ZOOM,
            VIEW_LAYOUT,
            VIEW_BRANCHES,
            VIEW_PANELS,
            VIEW_PRESENT,
            HELP,
        ];
        let mut seen = std::collections::BTreeSet::new();
        for (action, _, _) in all.iter().flat_map(|group| group.iter()) {
            let id = id_of(*action);
            assert!(seen.insert(id.clone()), "{id} is in the menu twice");
            let back: MenuAction = serde_json::from_value(serde_json::Value::String(id)).unwrap();
            assert_eq!(back, *action);
        }
        assert_eq!(seen.len(), 46, "every action has one menu item");
    }
}
