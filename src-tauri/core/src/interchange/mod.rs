//! The JSON interchange format of SPEC 3: what `import` reads and `export
//! --format json` writes. Version 2 (SPEC 8) is version 1 plus the tree's
//! `period` and each node's `history`; a version-1 file with either is refused
//! naming the field. [`write`] writes version 1 for a tree without time (no
//! node has a history and the tree counts in months, the default), else
//! version 2, so a file stays readable by the kpitree that wrote it.
//!
//! Invariants:
//!
//! - [`read`] is strict and complete: it refuses a file with any error, and its
//!   [`InterchangeError`] lists every problem found, each message starting with
//!   the file label and naming the node (`node 3 "arr"`, by position from 1 and
//!   id) or link (`link 2 (drives net_new → arr)`). A tree it returns passes
//!   [`crate::validate::check`] without error. It never panics. An object with
//!   the same key twice is refused (plain JSON parsing would keep the last one).
//! - [`write`] writes the canonical form: 2-space indentation, a trailing
//!   newline, keys in the SPEC's order, only fields that have a value (`pinned`
//!   only when true), nodes and links in the tree's order, integral numbers
//!   without a fraction; in version 2 `period` always, and each history point
//!   on one line. For any tree `t` that `read` accepts, of either version,
//!   `write(read(write(t))) == write(t)`, byte for byte.

mod error;
mod fields;
mod history;
mod json;
mod link;
mod node;
mod read;
mod write;

pub use error::InterchangeError;
pub use read::read;
pub use write::write;

/// The newest format version this build reads and writes (it reads 1 too).
pub const VERSION: u32 = 2;

#[cfg(test)]
mod tests;
