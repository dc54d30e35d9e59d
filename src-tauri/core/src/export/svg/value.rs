//! A metric card's value row: the value (after `=` when a formula computed it, in
//! italics) and, on the right, the status pill when the node has a target.

use super::super::format::{format_value, Status};
use super::card::{Card, Painter};
use super::markup::{fit, num, Text, Writer};
use crate::layout::FontWeight;
use crate::model::NodeKind;

/// The status colours on the North Star's dark fill, and the pill's background.
fn on_north_star(status: Status) -> (&'static str, &'static str) {
    let fg = match status {
        Status::OnTrack => "#8fe3a1",
        Status::AtRisk => "#ffd66b",
        Status::OffTrack => "#ffb0b0",
    };
    (fg, "#ffffff\" fill-opacity=\"0.12")
}

impl Painter {
    /// The value row at `top`; returns the top of what follows.
    pub(super) fn value_row(&self, out: &mut Writer, card: &Card<'_>, top: f64) -> f64 {
        let m = &self.metrics;
        let row = if card.node.kind == NodeKind::NorthStar {
            m.north_star_value_row_height
        } else {
            m.value_row_height
        };
        let mut right = card.face.width - m.padding_x;
        if let Some(status) = card.status {
            right = self.status_pill(out, card, status, top, row, right) - 8.0;
        }
        self.value(out, card, top, row, right);
        top + row
    }

    /// The status pill, its right edge at `right`; returns its left edge.
    fn status_pill(
        &self,
        out: &mut Writer,
        card: &Card<'_>,
        status: Status,
        top: f64,
        row: f64,
        right: f64,
    ) -> f64 {
        let centre = top + row / 2.0;
        let label = status.label();
        let text_w = self.widths.of(label, FontWeight::SemiBold, 11.0);
        let pill_w = 7.0 + 7.0 + 5.0 + text_w + 8.0;
        let pill_h = 11.0 * 1.35 + 4.0;
        let x = right - pill_w;
        let (fg, bg) = if card.node.kind == NodeKind::NorthStar {
            on_north_star(status)
        } else {
            self.palette.status(status)
        };
        out.line_fmt(format_args!(
            "<g class=\"status {}\"><rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{bg}\"/><circle cx=\"{}\" cy=\"{}\" r=\"3.5\" fill=\"{fg}\"/>",
            status.as_str(),
            num(x),
            num(centre - pill_h / 2.0),
            num(pill_w),
            num(pill_h),
            num(pill_h / 2.0),
            num(x + 7.0 + 3.5),
            num(centre)
        ));
        out.text(Text {
            x: x + 7.0 + 7.0 + 5.0,
            y: self.baseline.at(top, row, 11.0),
            content: label,
            size: 11.0,
            weight: FontWeight::SemiBold,
            fill: fg,
            extra: "",
        });
        out.line("</g>");
        x
    }

    /// The value (or an em dash), cut to end before `right`.
    fn value(&self, out: &mut Writer, card: &Card<'_>, top: f64, row: f64, right: f64) {
        let p = self.palette;
        let north_star = card.node.kind == NodeKind::NorthStar;
        let (size, weight) = if north_star {
            (24.0, FontWeight::Bold)
        } else {
            (18.0, FontWeight::SemiBold)
        };
        let baseline = self.baseline.at(top, row, size);
        let mut x = self.metrics.padding_x;
        if card.computed {
            let subtle = if north_star {
                "#ffffff\" fill-opacity=\"0.6"
            } else {
                p.subtle
            };
            out.text(Text {
                x,
                y: baseline,
                content: "=",
                size,
                weight: FontWeight::Regular,
                fill: subtle,
                extra: " class=\"eq\"",
            });
            x += self.widths.of("=", FontWeight::Regular, size) + 4.0;
        }
        let text = format_value(card.value, card.node.unit.as_deref());
        let empty = card.value.is_none();
        let weight = if empty { FontWeight::Regular } else { weight };
        let text = fit(&text, weight, size, right - x, &self.widths);
        let fill = match (empty, north_star) {
            (true, true) => "#ffffff\" fill-opacity=\"0.55",
            (true, false) => p.subtle,
            (false, true) => "#ffffff",
            (false, false) => p.text,
        };
        let extra = if card.computed {
            " class=\"value computed\" font-style=\"italic\""
        } else {
            " class=\"value\""
        };
        out.text(Text {
            x,
            y: baseline,
            content: &text,
            size,
            weight,
            fill,
            extra,
        });
    }
}
