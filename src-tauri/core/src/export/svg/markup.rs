//! The SVG being written, line by line: numbers as the document writes them,
//! XML escaping, `<text>` runs (and the characters each weight of Inter draws, for
//! the embedded font subset), and text cut to fit a width.
//!
//! Everything is appended straight to one `String`: a drawing of a large tree has
//! tens of thousands of numbers and about ten lines per node.

use std::collections::BTreeSet;
use std::fmt::{self, Write as _};

use crate::export::embed::vertical_metrics;
use crate::layout::{FontWeight, TextWidths};

/// A number for SVG: rounded to 0.01, no trailing zeros, never `-0`. Written
/// straight into the document (a drawing has tens of thousands of numbers).
pub(super) fn num(value: f64) -> Num {
    Num(value)
}

pub(super) struct Num(f64);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rounded = (self.0 * 100.0).round() / 100.0;
        if rounded == 0.0 || !rounded.is_finite() {
            f.write_str("0")
        } else {
            write!(f, "{rounded}")
        }
    }
}

/// Whether XML 1.0 allows `c` in a document.
fn xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// `text` escaped for XML content and attribute values; characters XML forbids are
/// dropped.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text);
    out
}

/// [`escape`], appended to `out`.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if xml_char(c) => out.push(c),
            _ => {}
        }
    }
}

/// `text` cut with an ellipsis to fit `max` (as CSS `text-overflow: ellipsis`).
pub(super) fn fit(
    text: &str,
    weight: FontWeight,
    size: f64,
    max: f64,
    widths: &TextWidths,
) -> String {
    if widths.of(text, weight, size) <= max {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    for end in (0..chars.len()).rev() {
        let candidate = format!("{}…", chars[..end].iter().collect::<String>().trim_end());
        if widths.of(&candidate, weight, size) <= max {
            return candidate;
        }
    }
    "…".to_owned()
}

/// Where a face row's text sits: the baseline of a line of `size` px centred in a
/// line box `height` tall starting at `top`, as CSS places it.
pub(super) struct Baseline {
    /// (ascender - descender) / 2, in ems.
    half_span: f64,
}

impl Baseline {
    pub(super) fn new() -> Self {
        let (ascender, descender) = vertical_metrics();
        Baseline {
            half_span: (ascender - descender) / 2.0,
        }
    }

    pub(super) fn at(&self, top: f64, height: f64, size: f64) -> f64 {
        top + height / 2.0 + self.half_span * size
    }
}

/// One `<text>`: what it says and how it is set.
pub(super) struct Text<'a> {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) content: &'a str,
    pub(super) size: f64,
    pub(super) weight: FontWeight,
    pub(super) fill: &'a str,
    /// Further attributes, already escaped, each with a leading space.
    pub(super) extra: &'a str,
}

/// The document being written, and the characters each weight of Inter draws.
#[derive(Default)]
pub(super) struct Writer {
    pub(super) out: String,
    /// By weight: Regular, SemiBold, Bold (see [`Writer::used`]).
    used: [BTreeSet<char>; 3],
}

impl Writer {
    pub(super) fn text(&mut self, text: Text<'_>) {
        // Spaces too: a space missing from the font would take another font's width.
        self.used[slot(text.weight)].extend(text.content.chars());
        let _ = write!(
            self.out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"{}\" fill=\"{}\"{}>",
            num(text.x),
            num(text.y),
            num(text.size),
            text.weight.css_weight(),
            text.fill,
            text.extra,
        );
        escape_into(&mut self.out, text.content);
        self.out.push_str("</text>\n");
    }

    pub(super) fn line(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }

    /// A formatted line, written straight into the document (no `String` of its
    /// own: a drawing has about ten lines per node).
    pub(super) fn line_fmt(&mut self, line: fmt::Arguments<'_>) {
        let _ = self.out.write_fmt(line);
        self.out.push('\n');
    }

    /// The characters drawn in `weight` so far.
    pub(super) fn used(&self, weight: FontWeight) -> &BTreeSet<char> {
        &self.used[slot(weight)]
    }
}

fn slot(weight: FontWeight) -> usize {
    match weight {
        FontWeight::Regular => 0,
        FontWeight::SemiBold => 1,
        FontWeight::Bold => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_forbids() {
        assert_eq!(
            escape("<b>\"x\" & 'y'</b>\u{0}\u{7}"),
            "&lt;b&gt;&quot;x&quot; &amp; &apos;y&apos;&lt;/b&gt;"
        );
    }

    #[test]
    fn numbers_are_short_and_stable() {
        assert_eq!(num(12.0).to_string(), "12");
        assert_eq!(num(0.1 + 0.2).to_string(), "0.3");
        assert_eq!(num(-0.001).to_string(), "0");
        assert_eq!(num(14.094).to_string(), "14.09");
        assert_eq!(num(f64::NAN).to_string(), "0");
    }
}
