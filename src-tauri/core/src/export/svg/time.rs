//! Time on an exported tree (SPEC 8), drawn as the window draws it
//! (`ui/src/time/TimeBadge.tsx`, `Sparkline.tsx`, `ui/src/styles/time.css`): the
//! cards show the values and statuses of one period, a line under the title says
//! which period and what it is compared with, and each card whose value moved
//! wears a badge on its bottom edge (right-aligned, half over the edge) with its
//! sparkline and its change: green when the change is good by the node's
//! direction, red when bad, grey without a direction.
//!
//! [`SvgTime`] is what the drawing needs, already decided (the workspace's time
//! view makes it): the export itself picks no period and computes no change.

use std::collections::BTreeMap;

use super::super::format::{format_change, format_period, Status};
use super::card::{Card, Painter};
use super::markup::{num, Text, Writer};
use crate::layout::FontWeight;
use crate::model::{NodeId, Period};

/// The time an export shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SvgTime {
    /// The period whose values and statuses the cards show.
    pub period: Option<Period>,
    /// The period compared with, when there is a comparison with values.
    pub compare: Option<Period>,
    /// By node: its change and sparkline (nodes without either are left out).
    pub nodes: BTreeMap<NodeId, NodeTime>,
}

/// A node's change against the compared period, and its values over time.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NodeTime {
    /// Shown minus compared.
    pub change: Option<f64>,
    /// `change / |compared|`.
    pub ratio: Option<f64>,
    /// Whether the change is good by the node's direction; `None` without one.
    pub good: Option<bool>,
    /// The node's value in every period, ascending (gaps as `None`).
    pub spark: Vec<Option<f64>>,
    /// The index of the shown period in `spark`.
    pub at: usize,
}

impl SvgTime {
    /// The line under the title: "Nov 2026 vs Oct 2026", or the period alone.
    pub(super) fn line(&self) -> Option<String> {
        let period = format_period(self.period?);
        Some(match self.compare {
            Some(compare) => format!("{period} vs {}", format_period(compare)),
            None => period,
        })
    }
}

const SPARK_W: f64 = 44.0;
const SPARK_H: f64 = 14.0;
const PAD_X: f64 = 7.0;
const GAP: f64 = 5.0;
const BADGE_H: f64 = 15.0 + 2.0 + 3.0;
const FONT: f64 = 11.0;

/// Whether `values` hold at least two different numbers (a flat line says nothing).
fn moves(values: &[Option<f64>]) -> bool {
    let mut present = values.iter().flatten();
    match present.next() {
        Some(first) => present.any(|v| v != first),
        None => false,
    }
}

/// The points of each unbroken run of values in the sparkline's box.
fn spark_runs(values: &[Option<f64>]) -> Vec<Vec<(f64, f64)>> {
    let present: Vec<f64> = values.iter().flatten().copied().collect();
    if present.len() < 2 {
        return Vec::new();
    }
    let y = spark_y(&present);
    let step = if values.len() > 1 {
        SPARK_W / (values.len() - 1) as f64
    } else {
        0.0
    };
    let mut runs = Vec::new();
    let mut run = Vec::new();
    for (index, value) in values.iter().enumerate() {
        match value {
            Some(value) => run.push((index as f64 * step, y(*value))),
            None => {
                if run.len() > 1 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
        }
    }
    if run.len() > 1 {
        runs.push(run);
    }
    runs
}

/// Where a value goes in the sparkline's box: the node's own lowest at the bottom,
/// its highest at the top.
fn spark_y(present: &[f64]) -> impl Fn(f64) -> f64 {
    let low = present.iter().copied().fold(f64::INFINITY, f64::min);
    let high = present.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let span = high - low;
    move |value| {
        if span == 0.0 {
            SPARK_H / 2.0
        } else {
            SPARK_H - 1.0 - (value - low) / span * (SPARK_H - 2.0)
        }
    }
}

impl Painter {
    /// The card's time badge on its bottom edge, when it has a change or a
    /// sparkline that moves.
    pub(super) fn time_badge(&self, out: &mut Writer, card: &Card<'_>) {
        let Some(time) = card.time else {
            return;
        };
        let text = format_change(time.change, time.ratio, card.node.unit.as_deref()).map(|text| {
            let arrow = if time.change.unwrap_or(0.0) > 0.0 {
                "▲"
            } else {
                "▼"
            };
            format!("{arrow} {text}")
        });
        let spark = moves(&time.spark);
        if text.is_none() && !spark {
            return;
        }
        let (tone, color) = match time.good {
            Some(true) => ("good", self.palette.status(Status::OnTrack).0),
            Some(false) => ("bad", self.palette.status(Status::OffTrack).0),
            None => ("neutral", self.palette.muted),
        };
        let text_w = text
            .as_deref()
            .map_or(0.0, |t| self.widths.of(t, FontWeight::SemiBold, FONT));
        let inner = match (spark, text.is_some()) {
            (true, true) => SPARK_W + GAP + text_w,
            (true, false) => SPARK_W,
            _ => text_w,
        };
        let width = inner + 2.0 * PAD_X + 3.0;
        let right = card.face.width - 10.0;
        let (x, y) = (right - width, card.face.height + 10.0 - BADGE_H);
        out.line_fmt(format_args!(
            "<g class=\"time-badge {tone}\" transform=\"translate({} {})\">",
            num(x),
            num(y)
        ));
        out.line_fmt(format_args!(
            "<rect x=\"0.75\" y=\"0.75\" width=\"{}\" height=\"{}\" rx=\"9\" fill=\"{}\" stroke=\"{color}\" stroke-width=\"1.5\"/>",
            num(width - 1.5),
            num(BADGE_H - 1.5),
            self.palette.surface
        ));
        let mut left = PAD_X + 1.5;
        if spark {
            self.sparkline(out, time, left, (BADGE_H - SPARK_H) / 2.0, color);
            left += SPARK_W + GAP;
        }
        if let Some(text) = &text {
            out.text(Text {
                x: left,
                y: self.baseline.at(0.0, BADGE_H, FONT),
                content: text,
                size: FONT,
                weight: FontWeight::SemiBold,
                fill: color,
                extra: " class=\"change\"",
            });
        }
        out.line("</g>");
    }

    /// The sparkline with its top left corner at (x, y); the shown period a dot.
    fn sparkline(&self, out: &mut Writer, time: &NodeTime, x: f64, y: f64, color: &str) {
        out.line_fmt(format_args!(
            "<g class=\"spark\" transform=\"translate({} {})\">",
            num(x),
            num(y)
        ));
        for run in spark_runs(&time.spark) {
            let points: Vec<String> = run
                .iter()
                .map(|(x, y)| format!("{},{}", num(*x), num(*y)))
                .collect();
            out.line_fmt(format_args!(
                "<polyline points=\"{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.3\" stroke-linejoin=\"round\" stroke-linecap=\"round\" stroke-opacity=\"0.75\"/>",
                points.join(" ")
            ));
        }
        let present: Vec<f64> = time.spark.iter().flatten().copied().collect();
        if let Some(Some(shown)) = time.spark.get(time.at) {
            let step = if time.spark.len() > 1 {
                SPARK_W / (time.spark.len() - 1) as f64
            } else {
                0.0
            };
            out.line_fmt(format_args!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"1.8\" fill=\"{color}\"/>",
                num(time.at as f64 * step),
                num(spark_y(&present)(*shown))
            ));
        }
        out.line("</g>");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gap_breaks_the_line_and_a_flat_line_does_not_move() {
        let runs = spark_runs(&[Some(1.0), Some(2.0), None, Some(3.0), Some(1.0)]);
        assert_eq!(runs.len(), 2);
        assert_eq!(runs[0][0], (0.0, SPARK_H - 1.0));
        assert_eq!(runs[1][0].1, 1.0);
        assert!(!moves(&[Some(2.0), None, Some(2.0)]));
        assert!(moves(&[Some(2.0), None, Some(3.0)]));
        assert!(spark_runs(&[Some(1.0), None]).is_empty());
    }
}
