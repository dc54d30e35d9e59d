//! The JSON interchange format of SPEC 3, version 1: what `import` reads and
//! `export --format json` writes.
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
//!   without a fraction. For any tree `t` that `read` accepts,
//!   `write(read(write(t))) == write(t)`, byte for byte.

mod error;
mod fields;
mod json;
mod link;
mod node;
mod read;
mod write;

pub use error::InterchangeError;
pub use read::read;
pub use write::write;

/// The format version this build reads and writes.
pub const VERSION: u32 = 1;

#[cfg(test)]
mod tests;
