//! The typed IPC surface: every command registered once, here, for both the Tauri
//! invoke handler and the generated TypeScript (`ui/src/ipc/bindings.ts`).

use specta_typescript::Typescript;
use tauri::Wry;
use tauri_specta::{collect_commands, Builder};

use crate::commands;

/// Where the generated bindings live, relative to the repository root.
pub const BINDINGS_PATH: &str = "ui/src/ipc/bindings.ts";

pub fn specta_builder() -> Builder<Wry> {
    // One TypeScript type per Rust type: the UI reads what Rust serialises, and
    // optional fields are always sent (as null), so phase-split types would only
    // add noise.
    Builder::<Wry>::new()
        .disable_serde_phases()
        .commands(collect_commands![
            commands::trees::startup,
            commands::trees::list_trees,
            commands::trees::open_tree,
            commands::edits::perform_edit,
            commands::edits::undo,
            commands::edits::redo,
            commands::edits::auto_layout,
            commands::library::create_tree,
            commands::library::duplicate_tree,
            commands::library::delete_tree,
            commands::library::restore_tree,
            commands::clipboard::copy_nodes,
            commands::clipboard::paste_nodes,
            commands::clipboard::duplicate_nodes,
            commands::clipboard::read_clipboard_text,
            commands::files::import_json,
            commands::files::export_tree,
            commands::session::save_view_state,
            commands::session::load_view_state,
            commands::present::set_presenting,
            commands::numbers::leverage,
            commands::numbers::what_if,
            commands::numbers::set_status_thresholds,
        ])
        .typ::<crate::window::MenuAction>()
}

/// The TypeScript text of the bindings, as `export_bindings` writes it.
pub fn typescript_bindings() -> Result<String, String> {
    let dir = std::env::temp_dir().join(format!("kpitree-bindings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let path = dir.join("bindings.ts");
    specta_builder()
        .export(typescript_config(), &path)
        .map_err(|e| e.to_string())?;
    let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(text)
}

fn typescript_config() -> Typescript {
    Typescript::default()
        .header("// Generated from the Rust types by `scripts/bindings`. Do not edit by hand.")
}
