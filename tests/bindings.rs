//! The TypeScript bindings in `ui/src/ipc/bindings.ts` are generated from the Rust
//! types; this test fails when they are stale. `scripts/bindings` (which sets
//! UPDATE_BINDINGS=1) rewrites them.

use std::path::Path;

#[test]
fn typescript_bindings_are_up_to_date() {
    let generated = kpitree_app::typescript_bindings().expect("bindings generate");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(kpitree_app::BINDINGS_PATH);
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::write(&path, &generated).expect("bindings written");
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "{} is stale: run scripts/bindings and commit the result",
        path.display()
    );
}

/// The commands are listed once (`src-tauri/app/command_list.rs`); the window's
/// capability must allow exactly those, and Tauri's own event permissions.
#[test]
fn the_capability_allows_exactly_the_commands() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/app/capabilities/main.json");
    let text = std::fs::read_to_string(&path).expect("capability read");
    let capability: serde_json::Value = serde_json::from_str(&text).expect("capability parses");
    let allowed: Vec<&str> = capability["permissions"]
        .as_array()
        .expect("a list of permissions")
        .iter()
        .filter_map(serde_json::Value::as_str)
        .filter(|permission| !permission.starts_with("core:"))
        .collect();
    let expected: Vec<String> = kpitree_app::COMMAND_NAMES
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .collect();
    assert_eq!(
        allowed,
        expected,
        "{} must allow each command of src-tauri/app/command_list.rs, in its order",
        path.display()
    );
}
