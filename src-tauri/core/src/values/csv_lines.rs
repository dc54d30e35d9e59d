//! The lines of a values CSV as the `csv` crate should see them, and the line a
//! record starts on, so that a problem names the row a user sees in an editor.
//!
//! Line ends are made `\n` before the `csv` crate reads the text: with CRLF it
//! reports the line of the record before (BurntSushi/rust-csv#395). And a record's
//! position is where the previous record ended, so the blank lines before it are
//! counted in by [`line_of`].

use std::borrow::Cow;

/// `bytes` with every CRLF and every lone CR made LF (Excel for the Mac once
/// ended lines with CR). Inside a quoted cell this only touches line breaks,
/// which no node name or number holds.
pub(super) fn lf_only(bytes: &[u8]) -> Cow<'_, [u8]> {
    if !bytes.contains(&b'\r') {
        return Cow::Borrowed(bytes);
    }
    let mut lf = Vec::with_capacity(bytes.len());
    for (index, byte) in bytes.iter().enumerate() {
        match byte {
            b'\r' if bytes.get(index + 1) == Some(&b'\n') => {}
            b'\r' => lf.push(b'\n'),
            byte => lf.push(*byte),
        }
    }
    Cow::Owned(lf)
}

/// The 1-based line where a record starts: the `csv` crate's position is where
/// the previous record ended, so the blank lines from there are counted in.
pub(super) fn line_of(bytes: &[u8], position: &csv::Position) -> u64 {
    let start = usize::try_from(position.byte()).unwrap_or(usize::MAX);
    let blank = bytes.get(start..).unwrap_or_default();
    let blank_lines = blank.iter().take_while(|b| **b == b'\n').count();
    position.line() + blank_lines as u64
}

/// Tab when the header line (the first that is not blank) holds more tabs than
/// commas (a block copied from a spreadsheet), else comma.
pub(super) fn delimiter(bytes: &[u8]) -> u8 {
    let mut lines = bytes.split(|b| *b == b'\n');
    let first_line = lines
        .find(|line| !line.trim_ascii().is_empty())
        .unwrap_or_default();
    let count = |wanted: u8| first_line.iter().filter(|b| **b == wanted).count();
    if count(b'\t') > count(b',') {
        b'\t'
    } else {
        b','
    }
}
