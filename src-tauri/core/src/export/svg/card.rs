//! A node's card: `<g id="node-ID" class="node KIND">` with the exact geometry of
//! its face ([`crate::layout::FaceMetrics`]), drawn as the canvas draws it
//! (`ui/src/styles/canvas.css`): the box with its kind's fill, band and border; the
//! colour chips on its top edge; the header (mark, kind label, owner); the name in
//! the lines the face broke it into; the value row of metrics; the target row.

use super::super::format::{format_date, format_value, Status};
use super::mark::{mark, mark_size};
use super::markup::{escape, fit, num, Baseline, Text, Writer};
use super::theme::{mix, Palette, Theme};
use super::time::NodeTime;
use crate::layout::{face_metrics, FaceMetrics, FontWeight, NodeFace, TextWidths};
use crate::model::{Color, Direction, Node, NodeKind};

/// Everything a node card shows besides its face.
pub(super) struct Card<'a> {
    pub(super) node: &'a Node,
    pub(super) face: &'a NodeFace,
    pub(super) value: Option<f64>,
    pub(super) computed: bool,
    pub(super) status: Option<Status>,
    /// The colour chips along the top edge (see `ExportCodes::chips`).
    pub(super) chips: &'a [Color],
    /// Its change and sparkline, when the export shows time.
    pub(super) time: Option<&'a NodeTime>,
}

/// What every card and the legend are drawn with.
pub(super) struct Painter {
    pub(super) palette: &'static Palette,
    pub(super) metrics: FaceMetrics,
    pub(super) baseline: Baseline,
    /// Every card measures its kind's label and its row texts, mostly the same.
    pub(super) widths: TextWidths,
}

/// The North Star's texts on its dark fill: white at these opacities (the opacity
/// is an attribute of its own, written into `fill="…"`).
const ON_NORTH_STAR_LABEL: &str = "#ffffff\" fill-opacity=\"0.78";
const ON_NORTH_STAR_OWNER: &str = "#ffffff\" fill-opacity=\"0.7";
const ON_NORTH_STAR_TARGET: &str = "#ffffff\" fill-opacity=\"0.76";

impl Painter {
    pub(super) fn new(theme: Theme) -> Painter {
        Painter {
            palette: Palette::of(theme),
            metrics: face_metrics(),
            baseline: Baseline::new(),
            widths: TextWidths::default(),
        }
    }

    /// The card with its top left corner at (x, y).
    pub(super) fn card(&self, out: &mut Writer, card: &Card<'_>, x: f64, y: f64) {
        let node = card.node;
        let accent = self.palette.accent(node.drawn_color());
        open_node(out, node, x, y);
        self.frame(out, card, &accent);
        self.chips(out, card.chips, card.face.width);
        let header_top = self.metrics.padding_y;
        self.header(out, card, &accent, header_top);
        let mut top = header_top + self.metrics.header_height + self.metrics.gap;
        top = self.name(out, card, top);
        if node.kind.is_metric() {
            top += self.metrics.gap;
            top = self.value_row(out, card, top);
        }
        if node.target.is_some() {
            top += self.metrics.gap;
            self.target_row(out, card, top);
        }
        self.time_badge(out, card);
        out.line("</g>");
    }

    /// The box, its fill and its border (drawn inside the box, as on the canvas).
    fn frame(&self, out: &mut Writer, card: &Card<'_>, accent: &str) {
        let p = self.palette;
        let kind = card.node.kind;
        let (w, h) = (card.face.width, card.face.height);
        let r = kind.look().radius;
        let fill = match kind {
            NodeKind::NorthStar => card.node.drawn_color().to_owned(),
            NodeKind::StrategicIntent | NodeKind::Initiative => match p.theme {
                Theme::Light => kind.look().tint.to_owned(),
                Theme::Dark => mix(p.surface, card.node.drawn_color(), 0.22),
            },
            _ => p.surface.to_owned(),
        };
        out.line_fmt(format_args!(
            "<rect class=\"shadow\" x=\"0\" y=\"1\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{}\" fill-opacity=\"{}\"/>",
            num(w),
            num(h),
            num(r),
            p.shadow,
            if kind == NodeKind::NorthStar { "0.12" } else { "0.07" }
        ));
        out.line_fmt(format_args!(
            "<rect class=\"card\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{fill}\"/>",
            num(w),
            num(h),
            num(r)
        ));
        band(out, kind, w, h, r, accent);
        let border = |inset: f64, width: f64, dash: &str| {
            format!(
                "<rect class=\"border\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"none\" stroke=\"{accent}\" stroke-width=\"{}\"{dash}/>",
                num(inset),
                num(inset),
                num(w - 2.0 * inset),
                num(h - 2.0 * inset),
                num((r - inset).max(0.0)),
                num(width)
            )
        };
        match kind {
            NodeKind::HealthMetric => {
                // `3.5px double`: two lines of a third each.
                let line = 3.5 / 3.0;
                out.line(&border(line / 2.0, line, ""));
                out.line(&border(3.5 - line / 2.0, line, ""));
            }
            NodeKind::Initiative => out.line(&border(0.75, 1.5, " stroke-dasharray=\"5 3\"")),
            _ => out.line(&border(0.75, 1.5, "")),
        }
    }

    /// The colour chips on the top edge, right-aligned, first chip leftmost, as many
    /// as fit; the canvas draws the same (`.kt-node__chips` in `canvas.css`).
    fn chips(&self, out: &mut Writer, chips: &[Color], w: f64) {
        const CHIP_W: f64 = 16.0;
        const CHIP_H: f64 = 9.0;
        const CHIP_GAP: f64 = 4.0;
        const INSET: f64 = 12.0;
        let room = ((w - 2.0 * INSET + CHIP_GAP) / (CHIP_W + CHIP_GAP)).floor();
        let shown = chips.len().min(room.max(0.0) as usize);
        if shown == 0 {
            return;
        }
        let total = shown as f64 * (CHIP_W + CHIP_GAP) - CHIP_GAP;
        out.line("<g class=\"chips\">");
        for (i, color) in chips.iter().take(shown).enumerate() {
            out.line_fmt(format_args!(
                "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"1.5\"/>",
                num(w - INSET - total + i as f64 * (CHIP_W + CHIP_GAP)),
                num(-CHIP_H / 2.0),
                num(CHIP_W),
                num(CHIP_H),
                num(CHIP_H / 2.0),
                self.palette.accent(color.as_str()),
                self.palette.background
            ));
        }
        out.line("</g>");
    }

    /// The header row at `top`: mark and kind label on the left, owner on the right.
    fn header(&self, out: &mut Writer, card: &Card<'_>, accent: &str, top: f64) {
        let m = &self.metrics;
        let (node, w) = (card.node, card.face.width);
        let north_star = node.kind == NodeKind::NorthStar;
        let (label_fill, owner_fill) = if north_star {
            (ON_NORTH_STAR_LABEL, ON_NORTH_STAR_OWNER)
        } else {
            (accent, self.palette.subtle)
        };
        let size = mark_size(node.kind);
        mark(
            out,
            node.kind,
            m.padding_x,
            top + (m.header_height - size) / 2.0,
            accent,
        );
        let label = node.kind.look().label.to_uppercase();
        let spacing = 0.45;
        let label_x = m.padding_x + size + 6.0;
        let label_width = self.widths.of(&label, FontWeight::SemiBold, 10.0)
            + spacing * label.chars().count() as f64;
        let baseline = self.baseline.at(top, m.header_height, 10.0);
        out.text(Text {
            x: label_x,
            y: baseline,
            content: &label,
            size: 10.0,
            weight: FontWeight::SemiBold,
            fill: label_fill,
            extra: " letter-spacing=\"0.45\"",
        });
        if let Some(owner) = node.owner.as_deref().filter(|o| !o.trim().is_empty()) {
            let room = w - m.padding_x - (label_x + label_width + 8.0);
            let owner = fit(owner, FontWeight::Regular, 10.0, room, &self.widths);
            out.text(Text {
                x: w - m.padding_x,
                y: baseline,
                content: &owner,
                size: 10.0,
                weight: FontWeight::Regular,
                fill: owner_fill,
                extra: " text-anchor=\"end\"",
            });
        }
    }

    /// The name from `top`, in the lines the face broke it into; returns the top of
    /// what follows.
    fn name(&self, out: &mut Writer, card: &Card<'_>, mut top: f64) -> f64 {
        let m = &self.metrics;
        let north_star = card.node.kind == NodeKind::NorthStar;
        let (size, weight, line_height) = if north_star {
            (
                m.north_star_name_font_size,
                FontWeight::Bold,
                m.north_star_name_line_height,
            )
        } else {
            (m.name_font_size, FontWeight::SemiBold, m.name_line_height)
        };
        let fill = if north_star {
            "#ffffff"
        } else {
            self.palette.text
        };
        for line in &card.face.name_lines {
            out.text(Text {
                x: m.padding_x,
                y: self.baseline.at(top, line_height, size),
                content: line,
                size,
                weight,
                fill,
                extra: " class=\"name\" xml:space=\"preserve\"",
            });
            top += line_height;
        }
        top
    }

    /// The target row at `top`: "Target ≥ 10 by Mar 2026", cut to fit.
    fn target_row(&self, out: &mut Writer, card: &Card<'_>, top: f64) {
        let m = &self.metrics;
        let node = card.node;
        let mut text = format!(
            "Target {} {}",
            if node.direction == Some(Direction::Down) {
                "≤"
            } else {
                "≥"
            },
            format_value(node.target, node.unit.as_deref())
        );
        if let Some(date) = &node.target_date {
            text.push_str(" by ");
            text.push_str(&format_date(date.as_str()));
        }
        let room = card.face.width - 2.0 * m.padding_x;
        let text = fit(&text, FontWeight::Regular, 11.0, room, &self.widths);
        let fill = if node.kind == NodeKind::NorthStar {
            ON_NORTH_STAR_TARGET
        } else {
            self.palette.muted
        };
        out.text(Text {
            x: m.padding_x,
            y: self.baseline.at(top, m.target_row_height, 11.0),
            content: &text,
            size: 11.0,
            weight: FontWeight::Regular,
            fill,
            extra: " class=\"target\"",
        });
    }
}

/// Opens the card's group, with its title (name and description) for tooltips.
fn open_node(out: &mut Writer, node: &Node, x: f64, y: f64) {
    out.line_fmt(format_args!(
        "<g id=\"node-{}\" class=\"node {}\" transform=\"translate({} {})\">",
        escape(node.id.as_str()),
        node.kind.as_str(),
        num(x),
        num(y)
    ));
    let mut title = node.name.clone();
    if let Some(description) = node.description.as_deref().filter(|d| !d.trim().is_empty()) {
        title.push('\n');
        title.push_str(description);
    }
    out.line_fmt(format_args!("<title>{}</title>", escape(&title)));
}

/// The band of a business KPI (4 px along the top, inside the rounded corners) or
/// of a product metric (4 px down the left side), in `accent`; nothing for others.
fn band(out: &mut Writer, kind: NodeKind, w: f64, h: f64, r: f64, accent: &str) {
    let band = 4.0;
    match kind {
        NodeKind::BusinessKpi => {
            let inset = r - (r * r - (r - band) * (r - band)).sqrt();
            out.line_fmt(format_args!(
                "<path d=\"M{} {} A{} {} 0 0 1 {} 0 H{} A{} {} 0 0 1 {} {} Z\" fill=\"{accent}\"/>",
                num(inset),
                num(band),
                num(r),
                num(r),
                num(r),
                num(w - r),
                num(r),
                num(r),
                num(w - inset),
                num(band)
            ));
        }
        NodeKind::ProductMetric => {
            out.line_fmt(format_args!(
                "<path d=\"M{} 0 H{} A{} {} 0 0 0 0 {} V{} A{} {} 0 0 0 {} {} H{} Z\" fill=\"{accent}\"/>",
                num(band), num(r), num(r), num(r), num(r), num(h - r), num(r), num(r), num(r), num(h), num(band)
            ));
        }
        _ => {}
    }
}
