//! The typed IPC surface: every command of `command_list.rs` registered here, for
//! both the Tauri invoke handler and the generated TypeScript
//! (`ui/src/ipc/bindings.ts`).

use specta_typescript::Typescript;
use tauri::Wry;
use tauri_specta::{collect_commands, Builder};

use crate::commands;

include!("command_list.rs");

/// `collect_commands!` over the commands' paths under `commands`.
macro_rules! collect_window_commands {
    ($($module:ident::$name:ident),* $(,)?) => {
        collect_commands![$(commands::$module::$name),*]
    };
}

/// The name of every command the window may call, as `build.rs` declares them.
pub const COMMAND_NAMES: &[&str] = window_commands!(command_names);

/// Where the generated bindings live, relative to the repository root.
pub const BINDINGS_PATH: &str = "ui/src/ipc/bindings.ts";

pub fn specta_builder() -> Builder<Wry> {
    // One TypeScript type per Rust type: the UI reads what Rust serialises, and
    // optional fields are always sent (as null), so phase-split types would only
    // add noise.
    Builder::<Wry>::new()
        .disable_serde_phases()
        .commands(window_commands!(collect_window_commands))
        .typ::<crate::window::MenuAction>()
        .typ::<crate::window::StoreChanged>()
        .typ::<crate::window::FileOpened>()
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
