//! Present mode's window: full screen without the menu bar, and back. What present
//! mode shows is the page's own state; nothing here touches the document.

use tauri::Window;

use crate::error::{AppError, ErrorKind};

/// Puts the window in (or takes it out of) presentation: full screen, menu hidden.
#[tauri::command]
#[specta::specta]
pub fn set_presenting(window: Window, presenting: bool) -> Result<(), AppError> {
    let failed = |error: tauri::Error| AppError::new(ErrorKind::Internal, error.to_string());
    window.set_fullscreen(presenting).map_err(failed)?;
    if presenting {
        window.hide_menu().map_err(failed)
    } else {
        window.show_menu().map_err(failed)
    }
}
