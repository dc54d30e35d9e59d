//! The Tauri commands: each a few lines that lock the state, call the core and
//! return. They are registered (by their module path, which the command macros
//! need) in `bindings`, which also exports their types to TypeScript.

pub mod clipboard;
pub mod collapse;
pub mod drawing;
pub mod edits;
pub mod files;
pub mod library;
pub mod merge;
pub mod numbers;
pub mod preferences;
pub mod present;
pub mod session;
pub mod snapshots;
pub mod time;
pub mod trees;
pub mod values;
