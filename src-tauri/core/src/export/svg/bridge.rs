//! The bridge (waterfall) chart of a change explained (SPEC 9) as a standalone SVG
//! for print: a column for the node's total in the first period, one per largest
//! contribution (at most [`BARS_SHOWN`], the rest grouped as "N others"), a column
//! for the total in the second period. Each step floats from the running total;
//! it is green when it moves the node the way its direction wants (up unless the
//! node's direction is down), red when not, grey for the others grouped. The
//! window draws the same rows (`ui/src/time/BridgeChart.tsx`).
//!
//! A change is small beside its total, so the value axis starts below the lowest
//! running total (as bridge charts in decks do): the two totals are drawn cut, and
//! a break mark on them says so. Text is text in the tree export's font (the
//! glyphs used embedded as a subset of Inter); names are escaped.

use std::fmt::Write as _;

use super::super::format::{format_period, format_value, Status};
use super::super::ExportError;
use super::card::Painter;
use super::document::{font_style, wrap};
use super::markup::{escape, fit, num, Text, Writer};
use super::{Theme, FONT_STACK};
use crate::analysis::Explanation;
use crate::layout::FontWeight;
use crate::model::{Direction, Tree};

/// Contributions shown one by one; the rest make one "others" column.
pub const BARS_SHOWN: usize = 6;

const MARGIN: f64 = 32.0;
const COLUMN: f64 = 104.0;
const BAR: f64 = 60.0;
const PLOT_H: f64 = 260.0;
const LABEL_LINES: usize = 3;
const LABEL_LINE: f64 = 15.0;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Total,
    Good,
    Bad,
    Others,
}

struct Column {
    label: String,
    from: f64,
    to: f64,
    kind: Kind,
}

/// The chart's columns, from the first total through the contributions to the last.
fn columns(explanation: &Explanation, tree: &Tree) -> Vec<Column> {
    let node = tree.node(&explanation.node);
    let up_is_good = node.and_then(|n| n.direction) != Some(Direction::Down);
    let name = |id: &crate::model::NodeId| {
        tree.node(id)
            .map_or_else(|| id.to_string(), |node| node.name.clone())
    };
    let mut columns = vec![Column {
        label: format_period(explanation.from),
        from: 0.0,
        to: explanation.before,
        kind: Kind::Total,
    }];
    let mut running = explanation.before;
    let moved: Vec<_> = explanation
        .contributions
        .iter()
        .filter(|part| part.contribution != 0.0 && part.contribution.is_finite())
        .collect();
    let mut step = |label: String, amount: f64, kind: Kind| {
        columns.push(Column {
            label,
            from: running,
            to: running + amount,
            kind,
        });
        running += amount;
    };
    for part in moved.iter().take(BARS_SHOWN) {
        let good = (part.contribution > 0.0) == up_is_good;
        let kind = if good { Kind::Good } else { Kind::Bad };
        step(name(&part.node), part.contribution, kind);
    }
    let rest = &moved[moved.len().min(BARS_SHOWN)..];
    if !rest.is_empty() {
        let sum = rest.iter().map(|part| part.contribution).sum();
        let label = format!(
            "{} other{}",
            rest.len(),
            if rest.len() == 1 { "" } else { "s" }
        );
        step(label, sum, Kind::Others);
    }
    columns.push(Column {
        label: format_period(explanation.to),
        from: 0.0,
        to: explanation.after,
        kind: Kind::Total,
    });
    columns
}

/// `explanation` (of a node of `tree`) as a standalone SVG bridge chart, with the
/// glyphs it uses embedded.
pub fn bridge_svg(
    explanation: &Explanation,
    tree: &Tree,
    theme: Theme,
) -> Result<String, ExportError> {
    let painter = Painter::new(theme);
    let p = painter.palette;
    let node = tree.node(&explanation.node);
    let unit = node.and_then(|n| n.unit.as_deref());
    let node_name = node.map_or_else(|| explanation.node.to_string(), |n| n.name.clone());
    let columns = columns(explanation, tree);

    // The value axis: from below the lowest running total to the highest end.
    let steps: Vec<f64> = columns
        .iter()
        .filter(|c| c.kind != Kind::Total)
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
    let title = format!(
        "{node_name}: {} → {}",
        format_period(explanation.from),
        format_period(explanation.to)
    );
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
    let ratio = if explanation.before != 0.0 {
        let percent = explanation.change / explanation.before.abs() * 100.0;
        format!(" ({}{:.1} %)", sign(percent), percent.abs())
    } else {
        String::new()
    };
    let summary = format!(
        "{}{}{ratio}, from {} to {}",
        sign(explanation.change),
        format_value(Some(explanation.change.abs()), unit),
        format_value(Some(explanation.before), unit),
        format_value(Some(explanation.after), unit)
    );
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
    let fill = |kind: Kind| match kind {
        Kind::Total => total_fill,
        Kind::Good => p.status(Status::OnTrack).0,
        Kind::Bad => p.status(Status::OffTrack).0,
        Kind::Others => "#98a2b3",
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
            Kind::Total => "total",
            Kind::Good => "good",
            Kind::Bad => "bad",
            Kind::Others => "others",
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
        if column.kind == Kind::Total && cut {
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
        let amount = match column.kind {
            Kind::Total => format_value(Some(column.to), unit),
            _ => {
                let change = column.to - column.from;
                format!("{}{}", sign(change), format_value(Some(change.abs()), unit))
            }
        };
        let amount_fill = if column.kind == Kind::Total {
            p.text
        } else {
            fill(column.kind)
        };
        body.text(Text {
            x: x + COLUMN / 2.0,
            y: bar_top - 7.0,
            content: &fit(
                &amount,
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
                weight: if column.kind == Kind::Total {
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

/// `+` or the minus sign.
fn sign(value: f64) -> &'static str {
    if value < 0.0 {
        "\u{2212}"
    } else {
        "+"
    }
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
