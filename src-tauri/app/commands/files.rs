//! Import and export through the platform's file dialogs. The dialog runs on an
//! async command's thread (a blocking dialog on the main thread would freeze the
//! event loop); each dialog opens in the folder used last for its purpose. What
//! is read and written is the core's (`kpitree_core::workspace::{import, export}`),
//! the same as `kpitree import` and `kpitree export`.
//!
//! Automated tests cannot click a native dialog: when `KPITREE_DIALOG_ANSWER` is
//! set, every dialog answers with that path at once.

use std::path::PathBuf;

use kpitree_core::export::{write_atomically, Theme};
use kpitree_core::model::TreeId;
use kpitree_core::store::Store;
use kpitree_core::workspace::settings::{last_folder, layout_direction, remember_folder};
use kpitree_core::workspace::time::time_choice;
use kpitree_core::workspace::values::import_values_into;
use kpitree_core::workspace::{
    export_tree as export_bytes, import_file, tree_view, ExportFormat, ExportOptions,
    FolderPurpose, TreeView, WorkspaceError,
};
use serde::Serialize;
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::library::{changed, TreeListChange};
use crate::error::AppError;
use crate::state::AppState;

/// The environment variable that answers every file dialog (for tests).
const DIALOG_ANSWER: &str = "KPITREE_DIALOG_ANSWER";

/// Asks for a JSON file and adds its tree to the store; `None` when the user
/// cancelled. A file that is not a valid tree changes nothing, and the error names
/// every problem in it.
#[tauri::command]
#[specta::specta]
pub async fn import_json(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<TreeListChange>, AppError> {
    let folder = last_folder(&*state.store()?, FolderPurpose::Import)?;
    let Some(path) = pick(
        &app,
        folder,
        "Import a KPI tree",
        ("kpitree JSON", &["json"]),
    ) else {
        return Ok(None);
    };
    let mut store = state.store()?;
    let id = import_file(&mut store, &path)?;
    remember_folder(&store, FolderPurpose::Import, &path)?;
    changed(&store, id).map(Some)
}

/// What an import of values did: how many it stored, from which file, and the
/// tree after it.
#[derive(Debug, Serialize, specta::Type)]
pub struct ValuesImported {
    pub count: u32,
    pub file: String,
    pub view: TreeView,
}

/// Asks for a CSV file of values (SPEC 8) and adds or replaces them in tree
/// `tree_id` as one edit; `None` when the user cancelled. A file with any bad cell
/// changes nothing, and the error names its rows and columns.
#[tauri::command]
#[specta::specta]
pub async fn import_values(
    app: AppHandle,
    state: State<'_, AppState>,
    tree_id: u32,
) -> Result<Option<ValuesImported>, AppError> {
    let id = TreeId::from(tree_id);
    let folder = last_folder(&*state.store()?, FolderPurpose::Import)?;
    let Some(path) = pick(
        &app,
        folder,
        "Import values",
        ("Values (CSV)", &["csv", "tsv", "txt"]),
    ) else {
        return Ok(None);
    };
    state.with_document(id, |store, document| {
        let count = import_values_into(store, id, document, &path)?;
        remember_folder(store, FolderPurpose::Import, &path)?;
        Ok(Some(ValuesImported {
            count: u32::try_from(count).unwrap_or(u32::MAX),
            file: path.display().to_string(),
            view: tree_view(store, id, document)?,
        }))
    })
}

/// Asks where to save tree `tree_id` as `format` and writes it there (an image in
/// `theme`, laid out the way the tree was last laid out, without what its collapsed
/// nodes hide); the path written, or
/// `None` when the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_tree(
    app: AppHandle,
    state: State<'_, AppState>,
    tree_id: u32,
    format: ExportFormat,
    theme: Theme,
) -> Result<Option<String>, AppError> {
    let id = TreeId::from(tree_id);
    let name = state.with_document(id, |_, document| Ok(document.tree().name.clone()))?;
    save_export(&app, &state, &name, format, |store| {
        // A tree with history is exported at the period (and comparison) it shows,
        // and its collapsed branches as the window shows them (a "+N" on each).
        let options = ExportOptions {
            direction: layout_direction(store, id)?,
            theme,
            time: Some(time_choice(store, id)?),
            collapsed: true,
            ..ExportOptions::new(format)
        };
        Ok(export_bytes(store, id, &options)?)
    })
}

/// Asks where to save a file named after `name` in `format` (in the folder of the
/// last export), writes the bytes `export` makes there and remembers the folder;
/// the path written, or `None` when the user cancelled. The store is not held
/// while the dialog is open.
pub(super) fn save_export(
    app: &AppHandle,
    state: &AppState,
    name: &str,
    format: ExportFormat,
    export: impl FnOnce(&Store) -> Result<Vec<u8>, AppError>,
) -> Result<Option<String>, AppError> {
    let folder = last_folder(&*state.store()?, FolderPurpose::Export)?;
    let file_name = format!("{}.{}", file_stem(name), format.extension());
    let Some(path) = save_file(app, folder, &file_name, format) else {
        return Ok(None);
    };
    let store = state.store()?;
    let bytes = export(&store)?;
    write_atomically(&path, &bytes).map_err(|error| WorkspaceError::io(&path, error))?;
    remember_folder(&store, FolderPurpose::Export, &path)?;
    Ok(Some(path.display().to_string()))
}

/// Asks for a file to read, titled `title`, showing the files of `filter`.
fn pick(
    app: &AppHandle,
    folder: Option<PathBuf>,
    title: &str,
    (kind, extensions): (&str, &[&str]),
) -> Option<PathBuf> {
    if let Some(answer) = std::env::var_os(DIALOG_ANSWER) {
        return Some(PathBuf::from(answer));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title(title)
        .add_filter(kind, extensions);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog.blocking_pick_file()?.into_path().ok()
}

pub(super) fn save_file(
    app: &AppHandle,
    folder: Option<PathBuf>,
    file_name: &str,
    format: ExportFormat,
) -> Option<PathBuf> {
    if let Some(answer) = std::env::var_os(DIALOG_ANSWER) {
        return Some(PathBuf::from(answer));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title("Export the tree")
        .set_file_name(file_name)
        .add_filter(format.description(), &[format.extension()]);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog.blocking_save_file()?.into_path().ok()
}

/// The tree's name made safe as a file name.
pub(super) fn file_stem(name: &str) -> String {
    let stem: String = name
        .chars()
        .map(|c| match c {
            '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|' => '-',
            c if c.is_control() => '-',
            c => c,
        })
        .collect();
    match stem.trim().trim_matches('.') {
        "" => "tree".to_owned(),
        stem => stem.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn file_stems_are_safe() {
        assert_eq!(file_stem("SaaS growth (sample)"), "SaaS growth (sample)");
        assert_eq!(file_stem("a/b:c"), "a-b-c");
        assert_eq!(file_stem(" .. "), "tree");
    }
}
