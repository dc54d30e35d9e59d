//! The SVG writer: the laid-out tree drawn as the canvas draws it.
//!
//! One standalone SVG 1.1 document: `width`, `height` and `viewBox`; a title (the
//! tree's name, its description under it); the links, each
//! `<g id="link-KIND-FROM-TO" class="link KIND">` around a path on the layout's
//! route whose `stroke` is the link's colour, its arrowhead a `<marker>` (one per
//! colour); the nodes, each `<g id="node-ID" class="node KIND">` holding its card
//! with the exact geometry of its face ([`crate::layout::FaceMetrics`]); and a
//! legend of node kinds, link kinds, the colour codes of `impacts` links (which
//! colour points at which KPI) and the statuses.
//!
//! Text stays text: `<text>` with the font stack [`FONT_STACK`], and (unless told
//! otherwise) the glyphs used embedded as a subset of Inter in `@font-face` rules.
//! All user text is XML-escaped; there is no script, no event attribute and no
//! external reference. Same tree and options, same bytes.

use std::collections::{BTreeSet, HashMap};
use std::fmt::{self, Write as _};

use serde::{Deserialize, Serialize};

use super::codes::ExportCodes;
use super::embed::{font_face, vertical_metrics};
use super::format::{format_date, format_value, Status};
use super::ExportError;
use crate::alignment::ColorCodes;
use crate::analysis::{self, StatusThresholds};
use crate::formula::compute_values;
use crate::layout::{
    face_metrics, layout, measure_faces, FaceMetrics, FontWeight, LayoutDirection, LayoutEngine,
    LayoutOptions, NodeFace, TextWidths,
};
use crate::model::{Color, Direction, Link, LinkKind, Node, NodeId, NodeKind, Strength, Tree};

/// The font stack of every text: Inter (embedded or installed), then look-alikes.
pub const FONT_STACK: &str = "Inter, 'Helvetica Neue', Arial, sans-serif";

/// Space around the drawing.
const MARGIN: f64 = 32.0;
/// Space between the title, the diagram and the legend.
const SECTION_GAP: f64 = 28.0;

/// The colours of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// `light` or `dark`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// How to draw the tree.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct SvgOptions {
    pub direction: LayoutDirection,
    /// Which layout engine places the nodes (auto: tidy for trees, layered for DAGs).
    pub engine: LayoutEngine,
    pub theme: Theme,
    /// Embed the glyphs used, from the bundled Inter (on by default).
    pub embed_font: bool,
    /// When a value is on track, at risk or off track (the tree's own thresholds).
    pub thresholds: StatusThresholds,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            direction: LayoutDirection::TopDown,
            engine: LayoutEngine::Auto,
            theme: Theme::Light,
            embed_font: true,
            thresholds: StatusThresholds::default(),
        }
    }
}

/// The colours of one theme (light: `ui/src/styles/theme.css`).
struct Palette {
    background: &'static str,
    surface: &'static str,
    text: &'static str,
    muted: &'static str,
    subtle: &'static str,
    border: &'static str,
    drives: &'static str,
    guards: &'static str,
    /// The neutral sample of `impacts` links in the legend.
    impacts: &'static str,
    /// Per status: text colour and pill background.
    on_track: (&'static str, &'static str),
    at_risk: (&'static str, &'static str),
    off_track: (&'static str, &'static str),
}

const LIGHT: Palette = Palette {
    background: "#f3f5f7",
    surface: "#ffffff",
    text: "#1b2430",
    muted: "#5b6776",
    subtle: "#8a94a3",
    border: "#e2e6eb",
    drives: "#8a94a3",
    guards: "#6a040f",
    impacts: "#5c6b7a",
    on_track: ("#2b8a3e", "#e7f5ea"),
    at_risk: ("#b7791f", "#fdf3e1"),
    off_track: ("#c92a2a", "#fdecec"),
};

const DARK: Palette = Palette {
    background: "#15191f",
    surface: "#1f252d",
    text: "#e8ebef",
    muted: "#a7b0bc",
    subtle: "#808b99",
    border: "#343c47",
    drives: "#738093",
    guards: "#e0636f",
    impacts: "#97a3b3",
    on_track: ("#69d08a", "#1d3527"),
    at_risk: ("#f0b550", "#3a2f19"),
    off_track: ("#ff8a8a", "#3d1f22"),
};

impl Palette {
    fn of(theme: Theme) -> &'static Palette {
        match theme {
            Theme::Light => &LIGHT,
            Theme::Dark => &DARK,
        }
    }

    fn status(&self, status: Status) -> (&'static str, &'static str) {
        match status {
            Status::OnTrack => self.on_track,
            Status::AtRisk => self.at_risk,
            Status::OffTrack => self.off_track,
        }
    }
}

/// The label of a kind, as the canvas writes it (`ui/src/model/kinds.ts`).
fn kind_label(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::NorthStar => "North Star",
        NodeKind::BusinessKpi => "Business KPI",
        NodeKind::ProductMetric => "Product metric",
        NodeKind::StrategicIntent => "Strategic intent",
        NodeKind::Initiative => "Initiative",
        NodeKind::HealthMetric => "Health metric",
    }
}

/// The pale tint of a kind (light theme), for intent and initiative cards.
fn kind_tint(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::NorthStar => "#e8edf4",
        NodeKind::BusinessKpi => "#e9f2f7",
        NodeKind::ProductMetric => "#e9f3ee",
        NodeKind::StrategicIntent => "#f1edf7",
        NodeKind::Initiative => "#fbf3ea",
        NodeKind::HealthMetric => "#fbeced",
    }
}

/// The corner radius of a kind's card (`canvas.css`).
fn corner_radius(kind: NodeKind) -> f64 {
    match kind {
        NodeKind::NorthStar => 14.0,
        NodeKind::BusinessKpi => 12.0,
        NodeKind::ProductMetric => 3.0,
        NodeKind::StrategicIntent => 22.0,
        NodeKind::Initiative => 8.0,
        NodeKind::HealthMetric => 10.0,
    }
}

fn parse_hex(color: &str) -> (f64, f64, f64) {
    let channel = |i: usize| {
        color
            .get(i..i + 2)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .map_or(0.0, f64::from)
    };
    (channel(1), channel(3), channel(5))
}

/// `a` moved towards `b` by `t` (0 = a, 1 = b), as `#rrggbb`.
fn mix(a: &str, b: &str, t: f64) -> String {
    let (a, b) = (parse_hex(a), parse_hex(b));
    let channel = |x: f64, y: f64| (x + (y - x) * t).round().clamp(0.0, 255.0) as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        channel(a.0, b.0),
        channel(a.1, b.1),
        channel(a.2, b.2)
    )
}

/// A number for SVG: rounded to 0.01, no trailing zeros, never `-0`. Written
/// straight into the document (a drawing has tens of thousands of numbers).
fn num(value: f64) -> Num {
    Num(value)
}

struct Num(f64);

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
fn escape(text: &str) -> String {
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

/// Words of `text` broken greedily into lines no wider than `max` (a word wider
/// than a line gets a line of its own).
fn wrap(text: &str, weight: FontWeight, size: f64, max: f64, widths: &TextWidths) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.lines() {
        let mut line = String::new();
        for word in paragraph.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_owned()
            } else {
                format!("{line} {word}")
            };
            if line.is_empty() || widths.of(&candidate, weight, size) <= max {
                line = candidate;
            } else {
                lines.push(std::mem::replace(&mut line, word.to_owned()));
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
}

/// `text` cut with an ellipsis to fit `max` (as CSS `text-overflow: ellipsis`).
fn fit(text: &str, weight: FontWeight, size: f64, max: f64, widths: &TextWidths) -> String {
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
struct Baseline {
    /// (ascender - descender) / 2, in ems.
    half_span: f64,
}

impl Baseline {
    fn new() -> Self {
        let (ascender, descender) = vertical_metrics();
        Baseline {
            half_span: (ascender - descender) / 2.0,
        }
    }

    fn at(&self, top: f64, height: f64, size: f64) -> f64 {
        top + height / 2.0 + self.half_span * size
    }
}

/// One `<text>`: what it says and how it is set.
struct Text<'a> {
    x: f64,
    y: f64,
    content: &'a str,
    size: f64,
    weight: FontWeight,
    fill: &'a str,
    /// Further attributes, already escaped, each with a leading space.
    extra: &'a str,
}

/// The document being written, and the characters each weight of Inter draws.
struct Writer {
    out: String,
    used: [BTreeSet<char>; 3],
}

impl Writer {
    fn text(&mut self, text: Text<'_>) {
        let slot = match text.weight {
            FontWeight::Regular => 0,
            FontWeight::SemiBold => 1,
            FontWeight::Bold => 2,
        };
        // Spaces too: a space missing from the font would take another font's width.
        self.used[slot].extend(text.content.chars());
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

    fn line(&mut self, line: &str) {
        self.out.push_str(line);
        self.out.push('\n');
    }

    /// A formatted line, written straight into the document (no `String` of its
    /// own: a drawing has about ten lines per node).
    fn line_fmt(&mut self, line: fmt::Arguments<'_>) {
        let _ = self.out.write_fmt(line);
        self.out.push('\n');
    }
}

/// A node's colour: its own, or its kind's.
pub(super) fn node_color(node: &Node) -> String {
    node.color.as_ref().map_or_else(
        || node.kind.default_color().to_owned(),
        |c| c.as_str().to_owned(),
    )
}

/// How a link is stroked: colour, width, dashes, cap.
struct Stroke {
    color: String,
    width: f64,
    dash: Option<&'static str>,
    round: bool,
}

/// Line width of an `impacts` link by strength: the bet's weight (unset reads as
/// medium). The canvas draws the same (`ui/src/model/kinds.ts`).
fn strength_width(strength: Option<Strength>) -> f64 {
    match strength {
        Some(Strength::Strong) => 3.0,
        Some(Strength::Weak) => 1.0,
        Some(Strength::Medium) | None => 2.0,
    }
}

fn link_stroke(
    link: &Link,
    target: Option<&Node>,
    palette: &Palette,
    codes: &ExportCodes<'_>,
) -> Stroke {
    match link.kind {
        LinkKind::Drives => Stroke {
            color: palette.drives.to_owned(),
            width: 1.5,
            dash: None,
            round: false,
        },
        LinkKind::Guards => Stroke {
            color: palette.guards.to_owned(),
            width: 1.5,
            dash: Some("1.5 4.5"),
            round: true,
        },
        LinkKind::Impacts => Stroke {
            color: codes.impacts_color(link, target),
            width: strength_width(link.strength),
            dash: Some("7 5"),
            round: false,
        },
    }
}

fn marker_id(color: &str) -> String {
    format!("arrow-{}", color.trim_start_matches('#'))
}

/// The small mark before a kind's label (`ui/src/canvas/nodes/marks.tsx`), drawn
/// in a `size` square at (x, y).
fn mark(out: &mut Writer, kind: NodeKind, x: f64, y: f64, size: f64, color: &str, star: &str) {
    const STAR: &str =
        "M12 2.2l2.9 6.1 6.7.8-4.9 4.6 1.3 6.6L12 17.1l-6 3.2 1.3-6.6-4.9-4.6 6.7-.8z";
    const SHIELD: &str = "M12 2l8 3v6.2c0 5-3.4 9.4-8 10.8-4.6-1.4-8-5.8-8-10.8V5z";
    let place = |view: f64| {
        format!(
            "transform=\"translate({} {}) scale({})\"",
            num(x),
            num(y),
            num(size / view)
        )
    };
    let line = match kind {
        NodeKind::NorthStar => format!("<path {} d=\"{STAR}\" fill=\"{star}\"/>", place(24.0)),
        NodeKind::HealthMetric => format!(
            "<g {}><path d=\"{SHIELD}\" fill=\"{color}\"/><path d=\"M11 7h2v6.5h-2zM11 15h2v2h-2z\" fill=\"#ffffff\"/></g>",
            place(24.0)
        ),
        NodeKind::BusinessKpi => format!(
            "<rect {} x=\"0.5\" y=\"1.5\" width=\"11\" height=\"9\" rx=\"2.5\" fill=\"{color}\"/>",
            place(12.0)
        ),
        NodeKind::ProductMetric => format!(
            "<rect {} x=\"0.5\" y=\"1.5\" width=\"11\" height=\"9\" rx=\"0.5\" fill=\"{color}\"/>",
            place(12.0)
        ),
        NodeKind::StrategicIntent => format!(
            "<path {} d=\"M3 1.5h6L11.5 6 9 10.5H3L0.5 6z\" fill=\"{color}\"/>",
            place(12.0)
        ),
        NodeKind::Initiative => format!(
            "<rect {} x=\"1\" y=\"2\" width=\"10\" height=\"8\" rx=\"1.5\" fill=\"none\" stroke=\"{color}\" stroke-width=\"1.5\" stroke-dasharray=\"2.2 1.6\"/>",
            place(12.0)
        ),
    };
    out.line(&line);
}

fn mark_size(kind: NodeKind) -> f64 {
    match kind {
        NodeKind::NorthStar => 15.0,
        NodeKind::HealthMetric => 14.0,
        _ => 12.0,
    }
}

/// Everything a node card shows besides its face.
struct Card<'a> {
    node: &'a Node,
    face: &'a NodeFace,
    value: Option<f64>,
    computed: bool,
    status: Option<Status>,
    /// The colour chips along the top edge (see [`ExportCodes::chips`]).
    chips: &'a [Color],
}

struct Painter {
    palette: &'static Palette,
    theme: Theme,
    metrics: FaceMetrics,
    baseline: Baseline,
    /// Every card measures its kind's label and its row texts, mostly the same.
    widths: TextWidths,
}

impl Painter {
    /// The node's colour as drawn on this theme's surface (lightened on dark).
    fn accent(&self, color: &str) -> String {
        match self.theme {
            Theme::Light => color.to_owned(),
            Theme::Dark => mix(color, "#ffffff", 0.45),
        }
    }

    fn card(&self, out: &mut Writer, card: &Card<'_>, x: f64, y: f64) {
        let Card { node, face, .. } = card;
        let m = &self.metrics;
        let p = self.palette;
        let (w, h) = (face.width, face.height);
        let kind = node.kind;
        let north_star = kind == NodeKind::NorthStar;
        let color = node_color(node);
        let accent = self.accent(&color);
        let r = corner_radius(kind);
        out.line_fmt(format_args!(
            "<g id=\"node-{}\" class=\"node {}\" transform=\"translate({} {})\">",
            escape(node.id.as_str()),
            kind.as_str(),
            num(x),
            num(y)
        ));
        let mut title = node.name.clone();
        if let Some(description) = node.description.as_deref().filter(|d| !d.trim().is_empty()) {
            title.push('\n');
            title.push_str(description);
        }
        out.line_fmt(format_args!("<title>{}</title>", escape(&title)));

        // The box, its fill and its border (drawn inside the box, as on the canvas).
        let fill = match kind {
            NodeKind::NorthStar => color.clone(),
            NodeKind::StrategicIntent | NodeKind::Initiative => match self.theme {
                Theme::Light => kind_tint(kind).to_owned(),
                Theme::Dark => mix(p.surface, &color, 0.22),
            },
            _ => p.surface.to_owned(),
        };
        let shadow = match self.theme {
            Theme::Light => "#101828",
            Theme::Dark => "#000000",
        };
        out.line_fmt(format_args!(
            "<rect class=\"shadow\" x=\"0\" y=\"1\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{shadow}\" fill-opacity=\"{}\"/>",
            num(w),
            num(h),
            num(r),
            if north_star { "0.12" } else { "0.07" }
        ));
        out.line_fmt(format_args!(
            "<rect class=\"card\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" rx=\"{}\" fill=\"{fill}\"/>",
            num(w),
            num(h),
            num(r)
        ));
        match kind {
            NodeKind::BusinessKpi => {
                // A 4 px band along the top, inside the rounded corners.
                let band = 4.0;
                let inset = r - (r * r - (r - band) * (r - band)).sqrt();
                out.line_fmt(format_args!(
                    "<path d=\"M{} {} A{} {} 0 0 1 {} 0 H{} A{} {} 0 0 1 {} {} Z\" fill=\"{accent}\"/>",
                    num(inset), num(band), num(r), num(r), num(r), num(w - r), num(r), num(r), num(w - inset), num(band)
                ));
            }
            NodeKind::ProductMetric => {
                // A 4 px band down the left side.
                let band = 4.0;
                out.line_fmt(format_args!(
                    "<path d=\"M{} 0 H{} A{} {} 0 0 0 0 {} V{} A{} {} 0 0 0 {} {} H{} Z\" fill=\"{accent}\"/>",
                    num(band), num(r), num(r), num(r), num(r), num(h - r), num(r), num(r), num(r), num(h), num(band)
                ));
            }
            _ => {}
        }
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
        self.chips(out, card.chips, w);

        // Header: mark and kind label on the left, owner on the right.
        let (label_fill, owner_fill, star) = if north_star {
            (
                "#ffffff\" fill-opacity=\"0.78",
                "#ffffff\" fill-opacity=\"0.7",
                "#f3c64f",
            )
        } else {
            (accent.as_str(), p.subtle, "#f3c64f")
        };
        let top = m.padding_y;
        let size = mark_size(kind);
        let mark_color = if north_star {
            "#f3c64f"
        } else {
            accent.as_str()
        };
        mark(
            out,
            kind,
            m.padding_x,
            top + (m.header_height - size) / 2.0,
            size,
            mark_color,
            star,
        );
        let label = kind_label(kind).to_uppercase();
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

        // The name, in the lines the face broke it into.
        let (name_size, name_weight, line_height) = if north_star {
            (
                m.north_star_name_font_size,
                FontWeight::Bold,
                m.north_star_name_line_height,
            )
        } else {
            (m.name_font_size, FontWeight::SemiBold, m.name_line_height)
        };
        let text_fill = if north_star { "#ffffff" } else { p.text };
        let mut top = top + m.header_height + m.gap;
        for line in &face.name_lines {
            out.text(Text {
                x: m.padding_x,
                y: self.baseline.at(top, line_height, name_size),
                content: line,
                size: name_size,
                weight: name_weight,
                fill: text_fill,
                extra: " class=\"name\" xml:space=\"preserve\"",
            });
            top += line_height;
        }

        // The value row: value (with `=` when computed) and the status pill.
        if kind.is_metric() {
            top += m.gap;
            let row = if north_star {
                m.north_star_value_row_height
            } else {
                m.value_row_height
            };
            self.value_row(out, card, top, row);
            top += row;
        }

        // The target row.
        if let Some(target) = node.target {
            top += m.gap;
            let mut text = format!(
                "Target {} {}",
                if node.direction == Some(Direction::Down) {
                    "≤"
                } else {
                    "≥"
                },
                format_value(Some(target), node.unit.as_deref())
            );
            if let Some(date) = &node.target_date {
                text.push_str(" by ");
                text.push_str(&format_date(date.as_str()));
            }
            let text = fit(
                &text,
                FontWeight::Regular,
                11.0,
                w - 2.0 * m.padding_x,
                &self.widths,
            );
            let fill = if north_star {
                "#ffffff\" fill-opacity=\"0.76"
            } else {
                p.muted
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
        out.line("</g>");
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
                self.accent(color.as_str()),
                self.palette.background
            ));
        }
        out.line("</g>");
    }

    fn value_row(&self, out: &mut Writer, card: &Card<'_>, top: f64, row: f64) {
        let m = &self.metrics;
        let p = self.palette;
        let node = card.node;
        let w = card.face.width;
        let north_star = node.kind == NodeKind::NorthStar;
        let centre = top + row / 2.0;
        let mut right = w - m.padding_x;
        if let Some(status) = card.status {
            let label = status.label();
            let text_w = self.widths.of(label, FontWeight::SemiBold, 11.0);
            let pill_w = 7.0 + 7.0 + 5.0 + text_w + 8.0;
            let pill_h = 11.0 * 1.35 + 4.0;
            let x = right - pill_w;
            let (fg, bg) = if north_star {
                let fg = match status {
                    Status::OnTrack => "#8fe3a1",
                    Status::AtRisk => "#ffd66b",
                    Status::OffTrack => "#ffb0b0",
                };
                (fg, "#ffffff\" fill-opacity=\"0.12")
            } else {
                p.status(status)
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
            right = x - 8.0;
        }
        let (size, weight) = if north_star {
            (24.0, FontWeight::Bold)
        } else {
            (18.0, FontWeight::SemiBold)
        };
        let baseline = self.baseline.at(top, row, size);
        let mut x = m.padding_x;
        let subtle = if north_star {
            "#ffffff\" fill-opacity=\"0.6"
        } else {
            p.subtle
        };
        if card.computed {
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
        let text = format_value(card.value, node.unit.as_deref());
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

/// A line of the legend: a sample (drawn at its left) and a label.
enum Sample {
    Kind(NodeKind),
    Line {
        color: String,
        width: f64,
        dash: Option<&'static str>,
        round: bool,
    },
    Status(Status),
    Computed,
}

struct LegendRow {
    sample: Sample,
    label: String,
}

struct LegendColumn {
    heading: &'static str,
    rows: Vec<LegendRow>,
}

const LEGEND_ROW: f64 = 20.0;
const LEGEND_SAMPLE: f64 = 30.0;
const LEGEND_LABEL_MAX: f64 = 300.0;
const LEGEND_PADDING: f64 = 16.0;
const LEGEND_COLUMN_GAP: f64 = 36.0;
const LEGEND_HEADING: f64 = 22.0;

fn legend_columns(
    tree: &Tree,
    nodes: &HashMap<&NodeId, &Node>,
    palette: &Palette,
    cards: &[Card<'_>],
    codes: &ExportCodes<'_>,
    thresholds: &StatusThresholds,
) -> Vec<LegendColumn> {
    let mut columns = Vec::new();
    let kinds: BTreeSet<NodeKind> = tree.nodes.iter().map(|n| n.kind).collect();
    if !kinds.is_empty() {
        columns.push(LegendColumn {
            heading: "Nodes",
            rows: NodeKind::ALL
                .iter()
                .filter(|k| kinds.contains(k))
                .map(|&kind| LegendRow {
                    sample: Sample::Kind(kind),
                    label: kind_label(kind).to_owned(),
                })
                .collect(),
        });
    }
    let links: BTreeSet<LinkKind> = tree.links.iter().map(|l| l.kind).collect();
    if !links.is_empty() {
        let rows = LinkKind::ALL
            .iter()
            .filter(|k| links.contains(k))
            .map(|&kind| {
                let (color, dash, label) = match kind {
                    LinkKind::Drives => (palette.drives, None, "drives (child → parent)"),
                    LinkKind::Impacts => {
                        (palette.impacts, Some("5 3"), "impacts (colour of the KPI)")
                    }
                    LinkKind::Guards => (palette.guards, Some("1.5 3"), "guards (tripwire)"),
                };
                LegendRow {
                    sample: Sample::Line {
                        color: color.to_owned(),
                        width: 2.0,
                        dash,
                        round: kind == LinkKind::Guards,
                    },
                    label: label.to_owned(),
                }
            })
            .collect();
        columns.push(LegendColumn {
            heading: "Links",
            rows,
        });
    }
    // The strength of the bets, when there are bets.
    if links.contains(&LinkKind::Impacts) {
        if let Some(column) = columns.last_mut() {
            for (strength, label) in [
                (Strength::Strong, "strong bet"),
                (Strength::Medium, "medium bet (or not rated)"),
                (Strength::Weak, "weak bet"),
            ] {
                column.rows.push(LegendRow {
                    sample: Sample::Line {
                        color: palette.impacts.to_owned(),
                        width: strength_width(Some(strength)),
                        dash: Some("7 5"),
                        round: false,
                    },
                    label: label.to_owned(),
                });
            }
        }
    }
    // Colour codes: which colour stands for which KPI.
    let coded: Vec<LegendRow> = codes
        .legend()
        .map(|(id, color)| LegendRow {
            sample: Sample::Line {
                color: color.as_str().to_owned(),
                width: 3.0,
                dash: Some("7 5"),
                round: false,
            },
            label: nodes
                .get(id)
                .map_or_else(|| id.to_string(), |node| node.name.clone()),
        })
        .collect();
    if !coded.is_empty() {
        columns.push(LegendColumn {
            heading: "Colour codes (impacts)",
            rows: coded,
        });
    }
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
    if !rows.is_empty() {
        columns.push(LegendColumn {
            heading: "Values",
            rows,
        });
    }
    columns
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

fn legend_size(columns: &[LegendColumn], widths: &TextWidths) -> (f64, f64) {
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

fn draw_legend(out: &mut Writer, painter: &Painter, columns: &[LegendColumn], x: f64, y: f64) {
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
            let centre = top + LEGEND_ROW / 2.0;
            match &row.sample {
                Sample::Kind(kind) => {
                    let size = mark_size(*kind);
                    let color = painter.accent(kind.default_color());
                    let x = left + (LEGEND_SAMPLE - size) / 2.0;
                    mark(out, *kind, x, centre - size / 2.0, size, &color, "#f3c64f");
                }
                Sample::Line {
                    color,
                    width,
                    dash,
                    round,
                } => {
                    let dash = dash.map_or(String::new(), |d| format!(" stroke-dasharray=\"{d}\""));
                    let cap = if *round {
                        " stroke-linecap=\"round\""
                    } else {
                        ""
                    };
                    out.line_fmt(format_args!(
                        "<path d=\"M{} {} H{}\" fill=\"none\" stroke=\"{color}\" stroke-width=\"{}\"{dash}{cap} marker-end=\"url(#{})\"/>",
                        num(left + 1.0),
                        num(centre),
                        num(left + LEGEND_SAMPLE - 4.0),
                        num(*width),
                        marker_id(color)
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

/// The laid-out `tree` as a standalone SVG document.
pub fn write_svg(tree: &Tree, options: &SvgOptions) -> Result<String, ExportError> {
    let faces = measure_faces(tree);
    let placed = layout(
        tree,
        &faces,
        &LayoutOptions {
            direction: options.direction,
            engine: options.engine,
        },
    )?;
    let values = compute_values(tree);
    let color_codes = ColorCodes::new(tree);
    let export_codes = ExportCodes::new(tree, &color_codes);
    let palette = Palette::of(options.theme);
    let painter = Painter {
        palette,
        theme: options.theme,
        metrics: face_metrics(),
        baseline: Baseline::new(),
        widths: TextWidths::default(),
    };

    // Nodes by id and links by key, the first of each as `Tree::node` and
    // `Tree::link` find them: those scan the tree, once per link here.
    let mut nodes: HashMap<&NodeId, &Node> = HashMap::with_capacity(tree.nodes.len());
    for node in &tree.nodes {
        nodes.entry(&node.id).or_insert(node);
    }
    let mut links: HashMap<(LinkKind, &NodeId, &NodeId), &Link> =
        HashMap::with_capacity(tree.links.len());
    for link in &tree.links {
        links
            .entry((link.kind, &link.from, &link.to))
            .or_insert(link);
    }

    // The cards, first node of each id, in tree order.
    let mut seen = BTreeSet::new();
    let mut cards = Vec::new();
    for node in &tree.nodes {
        if !seen.insert(&node.id) {
            continue;
        }
        let (Some(face), Some(_)) = (faces.get(&node.id), placed.positions.get(&node.id)) else {
            continue;
        };
        let computed = values.get(&node.id);
        let value = match computed {
            Some(v) => v.value,
            None => node.value,
        }
        .filter(|v| v.is_finite());
        cards.push(Card {
            node,
            face,
            value,
            computed: computed.is_some_and(|v| v.computed) && value.is_some(),
            status: analysis::status(value, node.target, node.direction, &options.thresholds),
            chips: export_codes.chips(&node.id),
        });
    }

    // The extent of the diagram: boxes and route control points.
    let mut bounds = Bounds::default();
    for card in &cards {
        let p = placed.positions[&card.node.id];
        bounds.add(p.x - card.face.width / 2.0, p.y - card.face.height / 2.0);
        bounds.add(p.x + card.face.width / 2.0, p.y + card.face.height / 2.0);
    }
    for route in &placed.routes {
        for p in &route.points {
            bounds.add(p.x - 6.0, p.y - 6.0);
            bounds.add(p.x + 6.0, p.y + 6.0);
        }
    }
    let (diagram_w, diagram_h) = bounds.size();

    let columns = legend_columns(
        tree,
        &nodes,
        palette,
        &cards,
        &export_codes,
        &options.thresholds,
    );
    let (legend_w, legend_h) = legend_size(&columns, &painter.widths);
    let content_w = diagram_w.max(legend_w).max(480.0);

    let title_lines = wrap(
        &tree.name,
        FontWeight::Bold,
        22.0,
        content_w,
        &painter.widths,
    );
    let description_lines = tree
        .description
        .as_deref()
        .map(|d| wrap(d, FontWeight::Regular, 13.0, content_w, &painter.widths))
        .unwrap_or_default();
    let title_h = title_lines.len() as f64 * 28.0
        + description_lines.len() as f64 * 18.0
        + if description_lines.is_empty() {
            0.0
        } else {
            4.0
        };

    let width = (content_w + 2.0 * MARGIN).ceil();
    let diagram_top = MARGIN + title_h + SECTION_GAP;
    let legend_top = diagram_top + diagram_h + if cards.is_empty() { 0.0 } else { SECTION_GAP };
    let height = (legend_top + legend_h + MARGIN).ceil();
    let dx = MARGIN + (content_w - diagram_w) / 2.0 - bounds.min_x;
    let dy = diagram_top - bounds.min_y;

    let mut body = Writer {
        out: String::new(),
        used: Default::default(),
    };
    body.line_fmt(format_args!(
        "<rect class=\"background\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
        num(width),
        num(height),
        palette.background
    ));

    // Title and description.
    body.line("<g id=\"title\" class=\"title\">");
    let mut top = MARGIN;
    for line in &title_lines {
        body.text(Text {
            x: MARGIN,
            y: painter.baseline.at(top, 28.0, 22.0),
            content: line,
            size: 22.0,
            weight: FontWeight::Bold,
            fill: palette.text,
            extra: "",
        });
        top += 28.0;
    }
    top += 4.0;
    for line in &description_lines {
        body.text(Text {
            x: MARGIN,
            y: painter.baseline.at(top, 18.0, 13.0),
            content: line,
            size: 13.0,
            weight: FontWeight::Regular,
            fill: palette.muted,
            extra: "",
        });
        top += 18.0;
    }
    body.line("</g>");

    body.line_fmt(format_args!(
        "<g id=\"diagram\" transform=\"translate({} {})\">",
        num(dx),
        num(dy)
    ));
    // Links under the nodes.
    let mut markers: BTreeSet<String> = BTreeSet::new();
    body.line("<g id=\"links\">");
    for route in &placed.routes {
        let key = &route.key;
        let Some(&link) = links.get(&(key.kind, &key.from, &key.to)) else {
            continue;
        };
        let from = nodes.get(&link.from).copied();
        let to = nodes.get(&link.to).copied();
        let stroke = link_stroke(link, to, palette, &export_codes);
        let id = markers_insert(&mut markers, &stroke.color);
        let name = |node: Option<&Node>, id: &NodeId| {
            node.map_or_else(|| id.to_string(), |n| n.name.clone())
        };
        let mut title = format!(
            "{} {} {}",
            name(from, &link.from),
            link.kind,
            name(to, &link.to)
        );
        if let Some(strength) = link.strength.filter(|_| link.kind == LinkKind::Impacts) {
            let _ = write!(title, ", {strength}");
        }
        if let Some(note) = link.note.as_deref().filter(|n| !n.trim().is_empty()) {
            title.push('\n');
            title.push_str(note);
        }
        body.line_fmt(format_args!(
            "<g id=\"link-{}\" class=\"link {}\">",
            escape(&route.key.to_string()),
            link.kind.as_str()
        ));
        body.line_fmt(format_args!("<title>{}</title>", escape(&title)));
        let dash = stroke
            .dash
            .map_or(String::new(), |d| format!(" stroke-dasharray=\"{d}\""));
        let cap = if stroke.round {
            " stroke-linecap=\"round\""
        } else {
            ""
        };
        body.line_fmt(format_args!(
            "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{dash}{cap} marker-end=\"url(#{id})\"/>",
            route.svg_path(),
            stroke.color,
            num(stroke.width)
        ));
        body.line("</g>");
    }
    body.line("</g>");

    body.line("<g id=\"nodes\">");
    for card in &cards {
        let p = placed.positions[&card.node.id];
        painter.card(
            &mut body,
            card,
            p.x - card.face.width / 2.0,
            p.y - card.face.height / 2.0,
        );
    }
    body.line("</g>");
    body.line("</g>");

    for column in &columns {
        for row in &column.rows {
            if let Sample::Line { color, .. } = &row.sample {
                markers_insert(&mut markers, color);
            }
        }
    }
    draw_legend(&mut body, &painter, &columns, MARGIN, legend_top);

    // The document: header, definitions (markers, font), body.
    let mut svg = String::new();
    svg.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_STACK}\" class=\"kpitree {}\">",
        options.theme.as_str(),
        w = num(width),
        h = num(height),
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(&tree.name));
    if let Some(description) = tree.description.as_deref().filter(|d| !d.trim().is_empty()) {
        let _ = writeln!(svg, "<desc>{}</desc>", escape(description));
    }
    svg.push_str("<defs>\n");
    if options.embed_font {
        let mut rules = String::new();
        for (slot, weight) in [FontWeight::Regular, FontWeight::SemiBold, FontWeight::Bold]
            .into_iter()
            .enumerate()
        {
            if let Some(rule) = font_face(weight, &body.used[slot])? {
                rules.push_str(&rule);
                rules.push('\n');
            }
        }
        if !rules.is_empty() {
            let _ = write!(
                svg,
                "<style type=\"text/css\"><![CDATA[\n{rules}]]></style>\n"
            );
        }
    }
    for color in &markers {
        let _ = writeln!(
            svg,
            "<marker id=\"{}\" viewBox=\"-10 -10 20 20\" markerWidth=\"32\" markerHeight=\"32\" markerUnits=\"userSpaceOnUse\" refX=\"0\" refY=\"0\" orient=\"auto\"><path d=\"M-5 -4 L0 0 L-5 4 Z\" fill=\"{color}\" stroke=\"{color}\" stroke-width=\"1\" stroke-linejoin=\"round\"/></marker>",
            marker_id(color)
        );
    }
    svg.push_str("</defs>\n");
    svg.push_str(&body.out);
    svg.push_str("</svg>\n");
    Ok(svg)
}

fn markers_insert(markers: &mut BTreeSet<String>, color: &str) -> String {
    markers.insert(color.to_owned());
    marker_id(color)
}

/// The box around everything drawn.
#[derive(Default)]
struct Bounds {
    min_x: f64,
    min_y: f64,
    max_x: f64,
    max_y: f64,
    any: bool,
}

impl Bounds {
    fn add(&mut self, x: f64, y: f64) {
        if !x.is_finite() || !y.is_finite() {
            return;
        }
        if self.any {
            self.min_x = self.min_x.min(x);
            self.min_y = self.min_y.min(y);
            self.max_x = self.max_x.max(x);
            self.max_y = self.max_y.max(y);
        } else {
            (self.min_x, self.min_y, self.max_x, self.max_y) = (x, y, x, y);
            self.any = true;
        }
    }

    fn size(&self) -> (f64, f64) {
        (self.max_x - self.min_x, self.max_y - self.min_y)
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

    #[test]
    fn mixing_colours() {
        assert_eq!(mix("#000000", "#ffffff", 0.5), "#808080");
        assert_eq!(mix("#1d3557", "#1d3557", 0.3), "#1d3557");
    }
}
