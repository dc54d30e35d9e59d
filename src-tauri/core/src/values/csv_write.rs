//! Writing a tree's histories as a values CSV, the long form of SPEC 8.
//!
//! Written by hand rather than through `csv::Writer`: every field is a node id
//! (letters, digits, `_`), a period (`2026-05`) or a number, none of which ever
//! needs quoting, so the text is plain and writing cannot fail.

use std::fmt::Write;

use crate::model::Tree;

/// The long form `node,period,value` of every history point of `tree`: nodes in
/// tree order, each node's periods ascending (as its history keeps them), lines
/// ending in `\n`. A tree without history gives the header alone.
pub fn values_csv(tree: &Tree) -> String {
    let mut text = String::from("node,period,value\n");
    for node in &tree.nodes {
        for point in &node.history {
            // `{}` of an f64 is `number_text`; writing into the string saves an
            // allocation per field. Writing to a String cannot fail.
            let _ = writeln!(text, "{},{},{}", node.id, point.period, point.value);
        }
    }
    text
}

/// A number as the shortest decimal text that reads back to the same `f64`,
/// never in exponent form (`1e-7` is `0.0000001`): Rust's `Display` for `f64`
/// does exactly that, and [`crate::model::parse_number_text`] reads it.
pub fn number_text(value: f64) -> String {
    value.to_string()
}
