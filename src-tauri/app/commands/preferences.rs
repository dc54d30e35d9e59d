//! The user's preferences (`kpitree_core::workspace::preferences`): handed to the
//! window in `Startup`, written back whole by [`save_preferences`].

use kpitree_core::workspace::preferences::{set_preferences, Preferences};
use tauri::State;

use crate::error::AppError;
use crate::state::AppState;

/// Keeps `preferences` in the store, replacing the ones kept before.
#[tauri::command]
#[specta::specta]
pub fn save_preferences(
    state: State<'_, AppState>,
    preferences: Preferences,
) -> Result<(), AppError> {
    Ok(set_preferences(&*state.store()?, &preferences)?)
}
