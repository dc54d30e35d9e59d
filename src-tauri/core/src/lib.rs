//! kpitree-core: everything kpitree knows about KPI trees, with no window attached.
//!
//! The command line, the tests and the Tauri shell all use this crate; it has no
//! Tauri dependency, so the compiler guarantees it runs headless.
//!
//! - [`compare`]: the difference of two trees (SPEC 10), as data, text and JSON.
//! - [`merge`]: trees merged into one (union, three-way), conflicts as data.
//! - [`model`]: trees, nodes, links and their field types (SPEC 2).
//! - [`graph`]: the `drives` DAG, levels and cycle detection (petgraph).
//! - [`formula`]: parsing and evaluating node formulas.
//! - [`interchange`]: the JSON file format of SPEC 3, with strict validation.
//! - [`edit`]: typed edit commands, diffs, undo and redo.
//! - [`store`]: the SQLite store.
//! - [`layout`]: auto-layout (tidy and layered via layout-rs), link routes, card sizes.
//! - [`export`]: the tree as a standalone SVG (and PNG), drawn like the canvas.
//! - [`sample`]: the sample tree a new store is seeded with.
//! - [`analysis`]: status against target, leverage, what-if, target and unit checks.
//! - [`drawing`]: ids from names, guessed kinds and links, outlines pasted as nodes.
//! - [`values`]: values over time read from and written to CSV (SPEC 8).
//! - [`workspace`]: what the window and the command line do with the store (tree
//!   view, unique names, layout, export, import, settings), so that both are thin.

pub mod alignment;
pub mod analysis;
pub mod compare;
pub mod drawing;
pub mod edit;
pub mod export;
pub mod formula;
pub mod graph;
pub mod interchange;
pub mod layout;
pub mod merge;
pub mod model;
pub mod sample;
pub mod store;
mod test_trees;
pub mod validate;
pub mod values;
pub mod workspace;
