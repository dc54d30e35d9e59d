//! The editor window: opens the store, seeds a new one with the sample tree, empties
//! the trash left by the last run, hands the commands and the menu to Tauri, and
//! watches the store for changes made elsewhere (`watch`).

mod menu;
mod watch;

pub use menu::MenuAction;
pub use watch::StoreChanged;

use std::path::PathBuf;

use kpitree_core::sample;
use kpitree_core::store::Store;

use crate::bindings::specta_builder;
use crate::error::AppError;
use crate::state::AppState;

/// Opens the store at `store_path` (creating and seeding it on a first start) and
/// runs the window until it is closed. A store that cannot be opened is left as it
/// is, and the window says why.
pub fn open(store_path: PathBuf) -> Result<(), AppError> {
    let store = open_seeded(&store_path);
    if let Err(error) = &store {
        eprintln!("kpitree: {error}");
    }
    let builder = specta_builder();
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .manage(AppState::new(store_path, store))
        .menu(menu::build)
        .on_menu_event(menu::forward)
        .setup(|app| {
            watch::start(app.handle());
            Ok(())
        })
        .invoke_handler(builder.invoke_handler())
        .run(tauri::generate_context!())
        .map_err(|error| AppError::new(crate::ErrorKind::Internal, error.to_string()))
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
