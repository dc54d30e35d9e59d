//! Files opened from outside the window (`kpitree open FILE.json`, the file
//! manager's "Open with"): the one given at start-up, opened before the page asks
//! for its start (`Startup` then names the file's tree, or the error), and those
//! handed over later by another start on the same store (`handoff`), which bring
//! the window to the front and reach the page as the `file-opened` event. The rule
//! (imported the first time, shown after that) is the core's
//! `workspace::open_file`.

use std::path::{Path, PathBuf};

use kpitree_core::model::TreeId;
use kpitree_core::store::Store;
use kpitree_core::workspace;
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::commands::library::TreeListChange;
use crate::error::AppError;
use crate::state::AppState;

/// The event that carries a [`FileOpened`] to the page.
pub const FILE_OPENED_EVENT: &str = "file-opened";

/// A file handed over by another start, opened (its tree and the store's list) or
/// refused (why, naming the file).
#[derive(Debug, Clone, Serialize, specta::Type)]
pub struct FileOpened {
    pub opened: Option<TreeListChange>,
    pub error: Option<AppError>,
}

/// Opens `file` in the store the window starts on: its tree, or why not.
pub fn at_start(store: &mut Store, file: &Path) -> Result<TreeId, AppError> {
    Ok(workspace::open_file(store, file)?.tree)
}

/// Takes a handoff: brings the window to the front and opens the file, if any.
pub fn handed<R: Runtime>(app: &AppHandle<R>, file: Option<PathBuf>) {
    if let Some(window) = app.get_webview_window("main") {
        // Each may be refused by the window manager; the file opens all the same.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    let Some(file) = file else {
        return;
    };
    let state = app.state::<AppState>();
    let event = match open(&state, &file) {
        Ok(opened) => FileOpened {
            opened: Some(opened),
            error: None,
        },
        Err(error) => FileOpened {
            opened: None,
            error: Some(error),
        },
    };
    if let Err(error) = app.emit(FILE_OPENED_EVENT, event) {
        eprintln!(
            "kpitree: {} could not reach the page: {error}",
            file.display()
        );
    }
}

fn open(state: &AppState, file: &Path) -> Result<TreeListChange, AppError> {
    let mut store = state.store()?;
    let id = workspace::open_file(&mut store, file)?.tree;
    Ok(TreeListChange {
        id,
        trees: store.list_trees()?,
    })
}
