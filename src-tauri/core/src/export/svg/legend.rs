//! The legend under the diagram: columns of rows, each a sample and a label. Node
//! kinds (their marks), link kinds and bet strengths (their strokes), the colour
//! codes of `impacts` links (which colour points at which KPI) and the statuses,
//! each column only when the tree has something of it.

use std::collections::{BTreeSet, HashMap};

use super::super::codes::ExportCodes;
use super::super::format::Status;
use super::card::{Card, Painter};
use super::links::{Markers, Stroke};
use super::mark::{mark, mark_size};
use super::markup::{fit, num, Text, Writer};
use super::theme::Palette;
use crate::analysis::StatusThresholds;
use crate::layout::{FontWeight, TextWidths};
use crate::model::look::code_legend_dash;
use crate::model::{LinkKind, Node, NodeId, NodeKind, Strength, Tree};

/// A line of the legend: a sample (drawn at its left) and a label.
enum Sample {
    Kind(NodeKind),
    Line(Stroke),
    Status(Status),
    Computed,
}

struct LegendRow {
    sample: Sample,
    label: String,
}

pub(super) struct LegendColumn {
    heading: &'static str,
    rows: Vec<LegendRow>,
}

const LEGEND_ROW: f64 = 20.0;
const LEGEND_SAMPLE: f64 = 30.0;
const LEGEND_LABEL_MAX: f64 = 300.0;
const LEGEND_PADDING: f64 = 16.0;
const LEGEND_COLUMN_GAP: f64 = 36.0;
const LEGEND_HEADING: f64 = 22.0;

/// The legend's columns, left to right.
pub(super) fn legend_columns(
    tree: &Tree,
    nodes: &HashMap<&NodeId, &Node>,
    palette: &Palette,
    cards: &[Card<'_>],
    codes: &ExportCodes<'_>,
    thresholds: &StatusThresholds,
) -> Vec<LegendColumn> {
    [
        node_column(tree),
        link_column(tree, palette),
        code_column(nodes, codes),
        value_column(cards, thresholds),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The kinds of node in the tree.
fn node_column(tree: &Tree) -> Option<LegendColumn> {
    let kinds: BTreeSet<NodeKind> = tree.nodes.iter().map(|n| n.kind).collect();
    let rows = NodeKind::ALL
        .iter()
        .filter(|k| kinds.contains(k))
        .map(|&kind| LegendRow {
            sample: Sample::Kind(kind),
            label: kind.look().label.to_owned(),
        });
    column("Nodes", rows.collect())
}

/// The kinds of link in the tree; and the strength of the bets, when there are bets.
fn link_column(tree: &Tree, palette: &Palette) -> Option<LegendColumn> {
    let links: BTreeSet<LinkKind> = tree.links.iter().map(|l| l.kind).collect();
    let mut rows: Vec<LegendRow> = LinkKind::ALL
        .iter()
        .filter(|k| links.contains(k))
        .map(|&kind| {
            let look = kind.look();
            LegendRow {
                sample: Sample::Line(Stroke {
                    color: look
                        .color
                        .map_or(palette.impacts, |color| palette.pick(color))
                        .to_owned(),
                    width: 2.0,
                    dash: look.legend_dash.map(str::to_owned),
                    round: look.round,
                }),
                label: look.legend.to_owned(),
            }
        })
        .collect();
    if links.contains(&LinkKind::Impacts) {
        for (strength, label) in [
            (Strength::Strong, "strong bet"),
            (Strength::Medium, "medium bet (or not rated)"),
            (Strength::Weak, "weak bet"),
        ] {
            rows.push(LegendRow {
                sample: Sample::Line(Stroke {
                    color: palette.impacts.to_owned(),
                    width: strength.width(),
                    dash: LinkKind::Impacts.look().dash.map(str::to_owned),
                    round: false,
                }),
                label: label.to_owned(),
            });
        }
    }
    column("Links", rows)
}

/// Colour codes: which colour (and dashes) stands for which KPI.
fn code_column(nodes: &HashMap<&NodeId, &Node>, codes: &ExportCodes<'_>) -> Option<LegendColumn> {
    let rows = codes.legend().map(|(id, color, dash)| LegendRow {
        sample: Sample::Line(Stroke {
            color: color.as_str().to_owned(),
            width: 3.0,
            dash: Some(code_legend_dash(dash)),
            round: false,
        }),
        label: nodes
            .get(id)
            .map_or_else(|| id.to_string(), |node| node.name.clone()),
    });
    column("Colour codes (impacts)", rows.collect())
}

/// The statuses the cards show, and the `=` of computed values.
fn value_column(cards: &[Card<'_>], thresholds: &StatusThresholds) -> Option<LegendColumn> {
    let statuses: BTreeSet<&str> = cards
        .iter()
        .filter_map(|c| c.status)
        .map(Status::as_str)
        .collect();
    let mut rows: Vec<LegendRow> = [Status::OnTrack, Status::AtRisk, Status::OffTrack]
        .into_iter()
        .filter(|s| statuses.contains(s.as_str()))
        .map(|s| LegendRow {
            sample: Sample::Status(s),
            label: thresholds.describe(s),
        })
        .collect();
    if cards.iter().any(|c| c.computed) {
        rows.push(LegendRow {
            sample: Sample::Computed,
            label: "computed by the node's formula".to_owned(),
        });
    }
    column("Values", rows)
}

fn column(heading: &'static str, rows: Vec<LegendRow>) -> Option<LegendColumn> {
    (!rows.is_empty()).then_some(LegendColumn { heading, rows })
}

/// Notes the arrowheads of the legend's line samples.
pub(super) fn legend_markers(columns: &[LegendColumn], markers: &mut Markers) {
    for row in columns.iter().flat_map(|column| &column.rows) {
        if let Sample::Line(stroke) = &row.sample {
            markers.insert(&stroke.color);
        }
    }
}

/// The width of a legend column.
fn column_width(column: &LegendColumn, widths: &TextWidths) -> f64 {
    let heading = widths.of(&column.heading.to_uppercase(), FontWeight::SemiBold, 10.5)
        + 0.63 * column.heading.chars().count() as f64;
    column
        .rows
        .iter()
        .map(|row| {
            LEGEND_SAMPLE
                + 8.0
                + widths
                    .of(&row.label, FontWeight::Regular, 12.0)
                    .min(LEGEND_LABEL_MAX)
        })
        .fold(heading, f64::max)
}

/// The legend's width and height; nothing for no columns.
pub(super) fn legend_size(columns: &[LegendColumn], widths: &TextWidths) -> (f64, f64) {
    if columns.is_empty() {
        return (0.0, 0.0);
    }
    let width: f64 = columns
        .iter()
        .map(|column| column_width(column, widths))
        .sum::<f64>()
        + LEGEND_COLUMN_GAP * (columns.len() - 1) as f64
        + 2.0 * LEGEND_PADDING;
    let rows = columns.iter().map(|c| c.rows.len()).max().unwrap_or(0);
    let height = 2.0 * LEGEND_PADDING + LEGEND_HEADING + rows as f64 * LEGEND_ROW;
    (width, height)
}

/// The legend with its top left corner at (x, y), as `<g id="legend">`.
pub(super) fn draw_legend(
    out: &mut Writer,
    painter: &Painter,
    columns: &[LegendColumn],
    x: f64,
    y: f64,
) {
    if columns.is_empty() {
        return;
    }
    let p = painter.palette;
    let (width, height) = legend_size(columns, &painter.widths);
    out.line_fmt(format_args!(
        "<g id=\"legend\" class=\"legend\" transform=\"translate({} {})\">",
        num(x),
        num(y)
    ));
    out.line_fmt(format_args!(
        "<rect x=\"0.5\" y=\"0.5\" width=\"{}\" height=\"{}\" rx=\"8\" fill=\"{}\" stroke=\"{}\"/>",
        num(width - 1.0),
        num(height - 1.0),
        p.surface,
        p.border
    ));
    let mut left = LEGEND_PADDING;
    for column in columns {
        let heading = column.heading.to_uppercase();
        out.text(Text {
            x: left,
            y: painter.baseline.at(LEGEND_PADDING, 14.0, 10.5),
            content: &heading,
            size: 10.5,
            weight: FontWeight::SemiBold,
            fill: p.muted,
            extra: " letter-spacing=\"0.63\"",
        });
        let mut top = LEGEND_PADDING + LEGEND_HEADING;
        for row in &column.rows {
            draw_sample(out, painter, &row.sample, left, top);
            let label = fit(
                &row.label,
                FontWeight::Regular,
                12.0,
                LEGEND_LABEL_MAX,
                &painter.widths,
            );
            out.text(Text {
                x: left + LEGEND_SAMPLE + 8.0,
                y: painter.baseline.at(top, LEGEND_ROW, 12.0),
                content: &label,
                size: 12.0,
                weight: FontWeight::Regular,
                fill: p.text,
                extra: "",
            });
            top += LEGEND_ROW;
        }
        left += column_width(column, &painter.widths) + LEGEND_COLUMN_GAP;
    }
    out.line("</g>");
}

/// A row's sample, in the row whose top left corner is at (left, top).
fn draw_sample(out: &mut Writer, painter: &Painter, sample: &Sample, left: f64, top: f64) {
    let p = painter.palette;
    let centre = top + LEGEND_ROW / 2.0;
    match sample {
        Sample::Kind(kind) => {
            let size = mark_size(*kind);
            let color = p.accent(kind.default_color());
            let x = left + (LEGEND_SAMPLE - size) / 2.0;
            mark(out, *kind, x, centre - size / 2.0, &color);
        }
        Sample::Line(stroke) => {
            let (dash, cap) = stroke.dash_and_cap();
            out.line_fmt(format_args!(
                "<path d=\"M{} {} H{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{dash}{cap} marker-end=\"url(#{})\"/>",
                num(left + 1.0),
                num(centre),
                num(left + LEGEND_SAMPLE - 4.0),
                stroke.color,
                num(stroke.width),
                Markers::id(&stroke.color)
            ));
        }
        Sample::Status(status) => {
            let (fg, _) = p.status(*status);
            out.line_fmt(format_args!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"4.5\" fill=\"{fg}\"/>",
                num(left + LEGEND_SAMPLE / 2.0),
                num(centre)
            ));
        }
        Sample::Computed => {
            out.text(Text {
                x: left + LEGEND_SAMPLE / 2.0,
                y: painter.baseline.at(top, LEGEND_ROW, 14.0),
                content: "=",
                size: 14.0,
                weight: FontWeight::Regular,
                fill: p.subtle,
                extra: " text-anchor=\"middle\"",
            });
        }
    }
}
