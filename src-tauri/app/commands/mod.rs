//! The Tauri commands: each a few lines that lock the state, call the core and
//! return. Their types are exported to TypeScript by `bindings`.

mod trees;

pub use trees::{list_trees, open_tree, startup, Startup, TreeView};
