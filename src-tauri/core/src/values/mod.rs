//! Values over time as CSV (SPEC 8): reading a table of values that a spreadsheet
//! produced, and writing a tree's histories back out.
//!
//! - [`read_values_csv`]: UTF-8 text, comma- or tab-separated (told apart by the
//!   header row), in the long form `node,period,value` or the wide form
//!   `node,2026-01,2026-02,…`, validated against a tree into a [`ValuesTable`] of
//!   typed cells. It only reads: the tree and the store are left alone; the caller
//!   turns the cells into one edit, so that an import is one undo step and a failed
//!   one changes nothing.
//! - [`values_csv`]: the long form, nodes in tree order, periods ascending, each
//!   number in the shortest form that reads back to the same `f64`.
//!
//! - [`paste_cells`], [`grid_periods`]: the window's values grid (a block typed or
//!   pasted from a spreadsheet, and the periods it offers).
//!
//! Invariants: writing a tree's histories and reading them back against the same
//! tree gives the same cells; the wide and the long form of one table read the same
//! cells. Any problem is reported with the row (the 1-based line of the file where
//! the record starts) and the column (its header), and no cells are returned then.

mod csv_error;
mod csv_lines;
mod csv_read;
mod csv_write;
mod grid;
#[cfg(test)]
mod tests;

pub use csv_error::{CsvColumn, CsvProblem, CsvProblemKind, ValuesCsvError};
pub use csv_read::{read_values_csv, CsvForm, ValueCell, ValuesTable};
pub use csv_write::{number_text, values_csv};
pub use grid::{grid_periods, paste_cells, period_of_day, today, GridPasteError};
