//! The bridge (waterfall) chart of a change explained (SPEC 9) as a standalone SVG
//! for print: a column per row of [`super::super::bridge`] (the node's total in
//! the first period, the largest contributions, the others grouped, the total in
//! the second period). Each step floats from the running total; it is green when
//! it moves the node the way its direction wants, red when not, grey for the
//! others grouped. The window draws the same rows (`ui/src/time/BridgeChart.tsx`).
//!
//! A change is small beside its total, so the value axis starts below the lowest
//! running total (as bridge charts in decks do): the two totals are drawn cut, and
//! a break mark on them says so. Text is text in the tree export's font (the
//! glyphs used embedded as a subset of Inter); names are escaped.

use std::fmt::Write as _;

use super::super::bridge::{bridge, Bridge, BridgeKind};
use super::super::format::Status;
use super::super::ExportError;
use super::card::Painter;
use super::document::{font_style, wrap};
use super::markup::{escape, fit, num, Text, Writer};
use super::{Theme, FONT_STACK};
use crate::analysis::Explanation;
use crate::layout::FontWeight;
use crate::model::Tree;

const MARGIN: f64 = 32.0;
const COLUMN: f64 = 104.0;
const BAR: f64 = 60.0;
const PLOT_H: f64 = 260.0;
const LABEL_LINES: usize = 3;
const LABEL_LINE: f64 = 15.0;

/// `explanation` (of a node of `tree`) as a standalone SVG bridge chart, with the
/// glyphs it uses embedded.
pub fn bridge_svg(
    explanation: &Explanation,
    tree: &Tree,
    theme: Theme,
) -> Result<String, ExportError> {
    let painter = Painter::new(theme);
    let p = painter.palette;
    let Bridge {
        title,
        summary,
        rows: columns,
    } = bridge(explanation, tree);

    // The value axis: from below the lowest running total to the highest end.
    let steps: Vec<f64> = columns
        .iter()
        .filter(|c| c.kind != BridgeKind::Total)
        .flat_map(|c| [c.from, c.to])
        .collect();
    let ends: Vec<f64> = columns.iter().flat_map(|c| [c.from, c.to]).collect();
    let low = if steps.is_empty() { &ends } else { &steps }
        .iter()
        .copied()
        .fold(f64::INFINITY, f64::min);
    let high = ends.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let floor = (low - (high - low) * 0.25).min(low);
    let cut = floor > 0.0;
    let floor = if cut { floor } else { low.min(0.0) };

    let width = (2.0 * MARGIN + COLUMN * columns.len() as f64)
        .max(640.0)
        .ceil();
    let title_lines = wrap(
        &title,
        FontWeight::Bold,
        22.0,
        width - 2.0 * MARGIN,
        &painter.widths,
    );
    let plot_top = MARGIN + title_lines.len() as f64 * 28.0 + 18.0 + 28.0 + 22.0;
    let plot_bottom = plot_top + PLOT_H;
    let height = (plot_bottom + 10.0 + LABEL_LINES as f64 * LABEL_LINE + MARGIN).ceil();
    let y = |value: f64| {
        if high <= floor {
            plot_bottom
        } else {
            plot_bottom - (value.max(floor) - floor) / (high - floor) * PLOT_H
        }
    };
    let left = (width - COLUMN * columns.len() as f64) / 2.0;

    let mut body = Writer::default();
    body.line_fmt(format_args!(
        "<rect class=\"background\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
        num(width),
        num(height),
        p.background
    ));
    body.line("<g id=\"title\" class=\"title\">");
    let mut top = MARGIN;
    for line in &title_lines {
        body.text(Text {
            x: MARGIN,
            y: painter.baseline.at(top, 28.0, 22.0),
            content: line,
            size: 22.0,
            weight: FontWeight::Bold,
            fill: p.text,
            extra: "",
        });
        top += 28.0;
    }
    body.text(Text {
        x: MARGIN,
        y: painter.baseline.at(top + 4.0, 18.0, 13.0),
        content: &summary,
        size: 13.0,
        weight: FontWeight::SemiBold,
        fill: p.muted,
        extra: " class=\"summary\"",
    });
    body.line("</g>");

    let total_fill = match theme {
        Theme::Light => "#1d3557",
        Theme::Dark => "#8fb3de",
    };
    let fill = |kind: BridgeKind| match kind {
        BridgeKind::Total => total_fill,
        BridgeKind::Good => p.status(Status::OnTrack).0,
        BridgeKind::Bad => p.status(Status::OffTrack).0,
        BridgeKind::Others => "#98a2b3",
    };
    body.line("<g id=\"bridge\">");
    body.line_fmt(format_args!(
        "<line class=\"axis\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"1\"/>",
        num(left),
        num(plot_bottom),
        num(left + COLUMN * columns.len() as f64),
        num(plot_bottom),
        p.border
    ));
    for (i, column) in columns.iter().enumerate() {
        let x = left + COLUMN * i as f64;
        let bar_x = x + (COLUMN - BAR) / 2.0;
        let (a, b) = (y(column.from), y(column.to));
        let bar_top = a.min(b);
        let bar_h = (a - b).abs().max(1.5);
        let class = match column.kind {
            BridgeKind::Total => "total",
            BridgeKind::Good => "good",
            BridgeKind::Bad => "bad",
            BridgeKind::Others => "others",
        };
        body.line_fmt(format_args!("<g class=\"bar {class}\">"));
        body.line_fmt(format_args!(
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\"/>",
            num(bar_x),
            num(bar_top),
            num(BAR),
            num(bar_h),
            fill(column.kind)
        ));
        if column.kind == BridgeKind::Total && cut {
            // The break mark: this bar does not start at 0.
            for dy in [-14.0, -9.0] {
                body.line_fmt(format_args!(
                    "<path class=\"break\" d=\"M{} {} L{} {}\" stroke=\"{}\" stroke-width=\"2\"/>",
                    num(bar_x - 3.0),
                    num(plot_bottom + dy + 3.0),
                    num(bar_x + BAR + 3.0),
                    num(plot_bottom + dy - 3.0),
                    p.background
                ));
            }
        }
        let amount = &column.amount;
        let amount_fill = if column.kind == BridgeKind::Total {
            p.text
        } else {
            fill(column.kind)
        };
        body.text(Text {
            x: x + COLUMN / 2.0,
            y: bar_top - 7.0,
            content: &fit(
                amount,
                FontWeight::SemiBold,
                12.0,
                COLUMN - 4.0,
                &painter.widths,
            ),
            size: 12.0,
            weight: FontWeight::SemiBold,
            fill: amount_fill,
            extra: " class=\"amount\" text-anchor=\"middle\"",
        });
        let mut label_top = plot_bottom + 10.0;
        for line in label_lines(&column.label, &painter) {
            body.text(Text {
                x: x + COLUMN / 2.0,
                y: painter.baseline.at(label_top, LABEL_LINE, 11.0),
                content: &line,
                size: 11.0,
                weight: if column.kind == BridgeKind::Total {
                    FontWeight::SemiBold
                } else {
                    FontWeight::Regular
                },
                fill: p.muted,
                extra: " class=\"label\" text-anchor=\"middle\"",
            });
            label_top += LABEL_LINE;
        }
        body.line("</g>");
        // The connector to the next column, at the running total.
        if i + 1 < columns.len() {
            body.line_fmt(format_args!(
                "<line class=\"connector\" x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{}\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>",
                num(bar_x + BAR),
                num(b),
                num(bar_x + COLUMN),
                num(b),
                p.subtle
            ));
        }
    }
    body.line("</g>");

    let mut svg = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_STACK}\" class=\"kpitree bridge {}\">",
        theme.as_str(),
        w = num(width),
        h = num(height),
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(&title));
    svg.push_str("<defs>\n");
    svg.push_str(&font_style(&body)?);
    svg.push_str("</defs>\n");
    svg.push_str(&body.out);
    svg.push_str("</svg>\n");
    Ok(svg)
}

/// A column's label in at most [`LABEL_LINES`] lines of its width, the last cut.
fn label_lines(label: &str, painter: &Painter) -> Vec<String> {
    let room = COLUMN - 8.0;
    let mut lines = wrap(label, FontWeight::Regular, 11.0, room, &painter.widths);
    if lines.len() > LABEL_LINES {
        let rest = lines[LABEL_LINES - 1..].join(" ");
        lines.truncate(LABEL_LINES - 1);
        lines.push(rest);
    }
    lines
        .iter()
        .map(|line| fit(line, FontWeight::SemiBold, 11.0, room, &painter.widths))
        .collect()
}
