//! Target `csv`: the place for CSV import's fuzz target (issue 16 adds CSV import).
//!
//! When it exists: write `check_text` (no panic; a refused file names the row and
//! column; a file that imports exports back to the same rows), a strategy building
//! CSV from rows of arbitrary cells (quotes, separators, line breaks inside
//! quotes, BOM), fill `corpus/csv/` with realistic exports, and run them from
//! [`fuzz`] as the other targets do. Until then [`fuzz`] checks nothing, so that
//! `scripts/fuzz` can list the target already.

pub const TARGET: &str = "csv";

/// Runs the target for its budget (see [`crate::engine`]); nothing yet.
pub fn fuzz() {}

#[test]
fn fuzz_csv() {
    fuzz();
}
