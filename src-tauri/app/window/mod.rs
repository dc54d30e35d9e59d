//! The editor window: opens the store, seeds a new one with the sample tree, and
//! hands the commands to Tauri.

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
        .manage(AppState::new(store_path, store))
        .invoke_handler(builder.invoke_handler())
        .run(tauri::generate_context!())
        .map_err(|error| AppError::new(crate::ErrorKind::Internal, error.to_string()))
}

/// A store that did not exist before this start gets the sample tree, so that a
/// first start shows a real KPI tree instead of an empty canvas.
fn open_seeded(store_path: &PathBuf) -> Result<Store, AppError> {
    let is_new = !store_path.exists();
    let mut store = Store::open(store_path)?;
    if is_new {
        store.insert_tree(&sample::saas_arr())?;
    }
    Ok(store)
}
