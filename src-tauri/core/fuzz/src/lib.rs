//! Fuzz targets for every parser of text the user gives kpitree-core, on the stable
//! toolchain: proptest draws the inputs, shrinks a failing one and replays a run
//! from its seed. There is no coverage feedback (that needs nightly or an AFL
//! build); seed corpora and structure-aware strategies make up for part of it.
//!
//! One module per target, each with one `#[test] fn fuzz_<target>` and its seed
//! corpus in `corpus/<target>/`:
//!
//! - [`interchange`]: the JSON import of SPEC 3 (`interchange::read`, used by
//!   `kpitree import` and the window's Import).
//! - [`formula`]: node formulas, and renaming ids inside them.
//! - [`outline`]: an outline pasted on the canvas (`parse_outline`, `outline_edit`).
//! - [`number_text`]: numbers as spreadsheets write them (`parse_number_text`).
//! - [`csv`]: the place for CSV import's target (issue 16).
//!
//! `cargo test -p kpitree-fuzz` runs each target briefly (the corpus and 64 inputs
//! per strategy); `scripts/fuzz MINUTES` runs each for MINUTES (see [`engine`] for
//! the environment variables). A failure found becomes a regression test in the
//! core's own tests, named for what it checks, and a corpus file here.

pub mod engine;
mod mutate;

pub mod csv;
pub mod formula;
pub mod interchange;
pub mod number_text;
pub mod outline;
