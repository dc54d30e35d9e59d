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
