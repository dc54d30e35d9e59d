//! The "+N" badge of a collapsed card: how many nodes it hides, on the left of
//! its bottom edge (the time badge takes the right).

use super::card::Painter;
use super::markup::{num, Text, Writer};
use crate::layout::{FontWeight, NodeFace};

const FONT: f64 = 11.0;
const HEIGHT: f64 = 18.0;
const PAD_X: f64 = 7.0;
/// From the card's left side.
const INSET: f64 = 10.0;

impl Painter {
    /// The badge of a card at (x, y) whose collapse hides `hidden` nodes.
    pub(super) fn collapse_badge(
        &self,
        out: &mut Writer,
        hidden: usize,
        face: &NodeFace,
        x: f64,
        y: f64,
    ) {
        let text = format!("+{hidden}");
        let width = self.widths.of(&text, FontWeight::SemiBold, FONT) + 2.0 * PAD_X;
        out.line_fmt(format_args!(
            "<g class=\"collapsed-badge\" transform=\"translate({} {})\">",
            num(x + INSET),
            num(y + face.height - HEIGHT / 2.0)
        ));
        out.line_fmt(format_args!(
            "<rect width=\"{}\" height=\"{HEIGHT}\" rx=\"9\" fill=\"{}\"/>",
            num(width),
            self.palette.muted
        ));
        out.text(Text {
            x: PAD_X,
            y: self.baseline.at(0.0, HEIGHT, FONT),
            content: &text,
            size: FONT,
            weight: FontWeight::SemiBold,
            fill: self.palette.surface,
            extra: " class=\"hidden-count\"",
        });
        out.line("</g>");
    }
}
