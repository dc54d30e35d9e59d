//! Tauri's build step: generates the context (config, embedded UI, capabilities).

use std::path::Path;

include!("command_list.rs");

/// Every command of `src-tauri/app/commands`, from the one list in `command_list.rs`.
const COMMANDS: &[&str] = window_commands!(command_names);

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
