//! The editor window: keeps one window per store (`handoff`), opens the store,
//! seeds a new one with the sample tree, empties the trash left by the last run,
//! opens the file it was given (`opening`), hands the commands and the menu to
//! Tauri, and watches the store for changes made elsewhere (`watch`).

mod handoff;
mod menu;
mod opening;
mod watch;

pub use menu::MenuAction;
pub use opening::FileOpened;
pub use watch::StoreChanged;

use std::path::{Path, PathBuf};

use kpitree_core::sample;
use kpitree_core::store::Store;

use crate::bindings::specta_builder;
use crate::error::AppError;
use crate::state::AppState;

/// Opens the store at `store_path` (creating and seeding it on a first start) and
/// runs the window until it is closed, showing `file`'s tree when given one. A
/// store that cannot be opened is left as it is, and the window says why. When a
/// window is open on the store already, it is handed `file` instead and this
/// returns at once.
pub fn open(store_path: PathBuf, file: Option<&Path>) -> Result<(), AppError> {
    let listener = match handoff::claim(&store_path, file) {
        Ok(handoff::Claim::Handed) => return Ok(()),
        Ok(handoff::Claim::Ours(listener)) => Some(listener),
        Err(error) => {
            eprintln!(
                "kpitree: later starts on this store will open windows of their own: {error}"
            );
            None
        }
    };
    let closer = listener.as_ref().map(handoff::Listener::closer);
    let mut store = open_seeded(&store_path);
    if let Err(error) = &store {
        eprintln!("kpitree: {error}");
    }
    let opened = match (&mut store, file) {
        (Ok(store), Some(file)) => Some(opening::at_start(store, file)),
        _ => None,
    };
    let builder = specta_builder();
    let app = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .manage(AppState::new(store_path, store, opened))
        .menu(menu::build)
        .on_menu_event(menu::forward)
        .setup(move |app| {
            watch::start(app.handle());
            if let Some(listener) = listener {
                let handle = app.handle().clone();
                listener.serve(move |file| opening::handed(&handle, file));
            }
            Ok(())
        })
        .invoke_handler(builder.invoke_handler())
        .build(tauri::generate_context!())
        .map_err(|error| AppError::new(crate::ErrorKind::Internal, error.to_string()))?;
    app.run(move |_, event| {
        // Handoffs end as the window starts to close, not when the process ends:
        // a start meanwhile opens a window of its own (see `handoff`).
        let closing = matches!(
            event,
            tauri::RunEvent::ExitRequested { .. }
                | tauri::RunEvent::Exit
                | tauri::RunEvent::WindowEvent {
                    event: tauri::WindowEvent::CloseRequested { .. }
                        | tauri::WindowEvent::Destroyed,
                    ..
                }
        );
        if let (true, Some(closer)) = (closing, &closer) {
            closer.close();
        }
    });
    Ok(())
}

/// A store that did not exist before this start gets the sample tree with a year
/// of history, so that a first start shows a real KPI tree, and time, instead of
/// an empty canvas. Trees deleted in the last run (whose deletion could be undone
/// until then) are deleted for good.
///
/// A store the user may not write opens read-only: nothing is seeded or emptied,
/// and the window says so (`Startup::read_only`).
fn open_seeded(store_path: &PathBuf) -> Result<Store, AppError> {
    let is_new = !store_path.exists();
    let mut store = Store::open(store_path)?;
    if store.is_read_only() {
        return Ok(store);
    }
    if is_new {
        store.insert_tree(&sample::with_history(sample::saas_arr()))?;
    }
    store.empty_trash()?;
    Ok(store)
}
