//! Tauri's build step: generates the context (config, embedded UI, capabilities).

use std::path::Path;

/// Every command of `src-tauri/app/commands`; keep in step with `commands::handlers`.
const COMMANDS: &[&str] = &[
    "startup",
    "list_trees",
    "open_tree",
    "perform_edit",
    "undo",
    "redo",
    "auto_layout",
    "create_tree",
    "duplicate_tree",
    "delete_tree",
    "restore_tree",
    "copy_nodes",
    "paste_nodes",
    "duplicate_nodes",
    "read_clipboard_text",
    "import_json",
    "export_tree",
    "save_view_state",
    "load_view_state",
    "set_presenting",
    "leverage",
    "what_if",
    "set_status_thresholds",
];

fn main() {
    // The UI is embedded at compile time; without ui/dist `generate_context!` fails
    // with an obscure panic, so say what to do instead.
    if !Path::new("ui/dist/index.html").exists() {
        println!(
            "cargo::warning=ui/dist is missing: run `npm --prefix ui ci && npm --prefix ui run build` first"
        );
    }
    // Declaring the app's commands makes Tauri generate an `allow-NAME` permission for
    // each and deny any command a capability does not list.
    let manifest = tauri_build::AppManifest::new().commands(COMMANDS);
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/app/capabilities/**/*")
        .app_manifest(manifest);
    if let Err(error) = tauri_build::try_build(attributes) {
        panic!("tauri build step failed: {error:#}");
    }
}
