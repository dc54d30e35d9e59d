//! Import and export through the platform's file dialogs. The dialog runs on an
//! async command's thread (a blocking dialog on the main thread would freeze the
//! event loop); each dialog opens in the folder used last for its purpose.
//!
//! Automated tests cannot click a native dialog: when `KPITREE_DIALOG_ANSWER` is
//! set, every dialog answers with that path at once.

use std::path::{Path, PathBuf};

use kpitree_core::export::png::render_png;
use kpitree_core::export::{write_atomically, write_svg, SvgOptions, Theme};
use kpitree_core::interchange;
use kpitree_core::model::TreeId;
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, State};
use tauri_plugin_dialog::DialogExt;

use super::library::{changed, unique_name, TreeListChange};
use super::view::remembered_direction;
use crate::error::{AppError, ErrorKind};
use crate::state::AppState;

/// The environment variable that answers every file dialog (for tests).
const DIALOG_ANSWER: &str = "KPITREE_DIALOG_ANSWER";
/// PNG pixels per SVG pixel: crisp on slides.
const PNG_SCALE: f32 = 2.0;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    Json,
    Svg,
    Png,
}

impl ExportFormat {
    fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Svg => "svg",
            ExportFormat::Png => "png",
        }
    }

    fn description(self) -> &'static str {
        match self {
            ExportFormat::Json => "kpitree JSON",
            ExportFormat::Svg => "SVG image",
            ExportFormat::Png => "PNG image",
        }
    }
}

/// Asks for a JSON file and adds its tree to the store; `None` when the user
/// cancelled. A file that is not a valid tree changes nothing, and the error names
/// every problem in it.
#[tauri::command]
#[specta::specta]
pub async fn import_json(
    app: AppHandle,
    state: State<'_, AppState>,
) -> Result<Option<TreeListChange>, AppError> {
    let folder = remembered_folder(&state, "import")?;
    let Some(path) = pick_file(&app, folder) else {
        return Ok(None);
    };
    let text = std::fs::read_to_string(&path).map_err(|error| io_error(&path, error))?;
    let mut tree = interchange::read(&text, &path.display().to_string())?;
    let mut store = state.store()?;
    tree.name = unique_name(&store, &tree.name)?;
    let id = store.insert_tree(&tree)?;
    remember_folder(&store, "import", &path)?;
    changed(&store, id).map(Some)
}

/// Asks where to save tree `tree_id` as `format` and writes it there (an image in
/// `theme`, laid out the way the tree was last laid out); the path written, or
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
    let (tree, direction, thresholds) = state.with_document(id, |store, document| {
        let direction = remembered_direction(store, id)?;
        Ok((
            document.tree().clone(),
            direction,
            store.status_thresholds(id)?,
        ))
    })?;
    let folder = remembered_folder(&state, "export")?;
    let file_name = format!("{}.{}", file_stem(&tree.name), format.extension());
    let Some(path) = save_file(&app, folder, &file_name, format) else {
        return Ok(None);
    };
    let svg = || {
        let options = SvgOptions {
            direction,
            theme,
            thresholds,
            ..SvgOptions::default()
        };
        write_svg(&tree, &options).map_err(export_error)
    };
    let bytes = match format {
        ExportFormat::Json => interchange::write(&tree).into_bytes(),
        ExportFormat::Svg => svg()?.into_bytes(),
        ExportFormat::Png => render_png(&svg()?, PNG_SCALE).map_err(export_error)?,
    };
    write_atomically(&path, &bytes).map_err(|error| io_error(&path, error))?;
    remember_folder(&*state.store()?, "export", &path)?;
    Ok(Some(path.display().to_string()))
}

fn pick_file(app: &AppHandle, folder: Option<PathBuf>) -> Option<PathBuf> {
    if let Some(answer) = std::env::var_os(DIALOG_ANSWER) {
        return Some(PathBuf::from(answer));
    }
    let mut dialog = app
        .dialog()
        .file()
        .set_title("Import a KPI tree")
        .add_filter("kpitree JSON", &["json"]);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    dialog.blocking_pick_file()?.into_path().ok()
}

fn save_file(
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
fn file_stem(name: &str) -> String {
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

fn folder_key(purpose: &str) -> String {
    format!("last_folder.{purpose}")
}

fn remembered_folder(state: &AppState, purpose: &str) -> Result<Option<PathBuf>, AppError> {
    let folder = state.store()?.get_setting(&folder_key(purpose))?;
    Ok(folder.map(PathBuf::from).filter(|folder| folder.is_dir()))
}

fn remember_folder(
    store: &kpitree_core::store::Store,
    purpose: &str,
    path: &Path,
) -> Result<(), AppError> {
    match path.parent().and_then(Path::to_str) {
        Some(folder) if !folder.is_empty() => Ok(store.set_setting(&folder_key(purpose), folder)?),
        _ => Ok(()),
    }
}

fn io_error(path: &Path, error: std::io::Error) -> AppError {
    AppError::new(
        ErrorKind::InvalidInput,
        format!("{}: {error}", path.display()),
    )
}

fn export_error(error: impl std::fmt::Display) -> AppError {
    AppError::new(ErrorKind::Internal, format!("the export failed: {error}"))
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
