//! Comparing two trees (SPEC 10): [`diff`] finds what differs (nodes and links
//! added, removed and changed, every field, values and history included), [`text`]
//! writes it one line a change, [`apply`] applies it. The merges
//! ([`crate::merge`]) use the same field view ([`fields`]).
//!
//! Invariant: for any trees `a` and `b`, `apply(a, &diff(a, b))` equals `b` up to
//! the order of the items both hold, and `diff(a, a).same`.

mod apply;
#[cfg(test)]
pub(crate) mod arbitrary;
mod diff;
pub mod fields;
mod text;

#[cfg(test)]
mod tests;

pub use apply::{apply, ApplyError};
pub use diff::{diff, FieldChange, FieldChanges, LinkChange, LinkChanges, NodeChanges, TreeDiff};
pub use text::text;
