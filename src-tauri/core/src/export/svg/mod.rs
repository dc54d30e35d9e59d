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
//!
//! Each kind's look (label, colour, tint, corner radius, mark, link stroke) comes
//! from the table the canvas draws from too, [`crate::model::look`].
//!
//! [`write_svg`] reads top to bottom; the parts: `document` (what is drawn where,
//! the title, the document's head), `links`, `card` and `value` (a node's card),
//! `mark` (a kind's mark), `legend`, `theme` (the page's colours) and `markup`
//! (numbers, escaping, text).

mod bridge;
mod card;
mod collapse;
mod document;
mod legend;
mod links;
mod mark;
mod markup;
mod theme;
mod time;
mod value;

use serde::{Deserialize, Serialize};

use super::codes::ExportCodes;
use super::ExportError;
use crate::alignment::{CodeMemory, ColorCodes};
use crate::analysis::StatusThresholds;
use crate::formula::{compute_values, compute_values_at};
use crate::graph::{visible_tree, Visibility};
use crate::layout::{layout, measure_faces, LayoutDirection, LayoutEngine, LayoutOptions};
use crate::model::Tree;
pub use bridge::bridge_svg;
use card::Painter;
use document::{cards, document, Page, TreeIndex, MARGIN};
use legend::{draw_legend, legend_columns, legend_markers, legend_size};
use links::{draw_links, Markers};
use markup::{num, Writer};
pub use theme::Theme;
pub use time::{NodeTime, SvgTime};

/// The font stack of every text: Inter (embedded or installed), then look-alikes.
pub const FONT_STACK: &str = "Inter, 'Helvetica Neue', Arial, sans-serif";

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

/// The laid-out `tree` as a standalone SVG document, its colour codes given afresh
/// (nothing remembered: see [`write_svg_coded`]).
pub fn write_svg(tree: &Tree, options: &SvgOptions) -> Result<String, ExportError> {
    write_svg_coded(
        tree,
        options,
        &ColorCodes::new(tree, &CodeMemory::default()),
    )
}

/// The laid-out `tree` as a standalone SVG document, in the colour codes
/// `color_codes` (of this tree: the store's export passes the codes it remembers).
pub fn write_svg_coded(
    tree: &Tree,
    options: &SvgOptions,
    color_codes: &ColorCodes,
) -> Result<String, ExportError> {
    write_svg_timed(tree, options, color_codes, None)
}

/// [`write_svg_coded`] showing `time` (SPEC 8): the values and statuses of its
/// period, each card's change and sparkline, the period under the title. With
/// `None` (or no period), the same bytes as [`write_svg_coded`].
pub fn write_svg_timed(
    tree: &Tree,
    options: &SvgOptions,
    color_codes: &ColorCodes,
    time: Option<&SvgTime>,
) -> Result<String, ExportError> {
    write_svg_shown(tree, options, color_codes, time, &Visibility::default())
}

/// [`write_svg_timed`] without the nodes `shown` hides: collapsed cards wear a
/// "+N" badge (the nodes they hide), values are still those of the whole tree.
/// With nothing hidden, the same bytes as [`write_svg_timed`].
pub fn write_svg_shown(
    whole: &Tree,
    options: &SvgOptions,
    color_codes: &ColorCodes,
    time: Option<&SvgTime>,
    shown: &Visibility,
) -> Result<String, ExportError> {
    let time = time.filter(|time| time.period.is_some());
    let visible = (!shown.hidden.is_empty()).then(|| visible_tree(whole, shown));
    let tree = visible.as_ref().unwrap_or(whole);
    // What is drawn: faces, places, values and colour codes.
    let faces = measure_faces(tree);
    let layout_options = LayoutOptions {
        direction: options.direction,
        engine: options.engine,
        aspect: None,
    };
    let placed = layout(tree, &faces, &layout_options)?;
    let values = match time.and_then(|time| time.period) {
        Some(period) => compute_values_at(whole, period),
        None => compute_values(whole),
    };
    let codes = ExportCodes::new(whole, color_codes);
    let index = TreeIndex::new(tree);
    let painter = Painter::new(options.theme);
    let thresholds = &options.thresholds;
    let cards = cards(tree, &faces, &placed, &values, &codes, thresholds, time);
    let columns = legend_columns(
        tree,
        &index.nodes,
        painter.palette,
        &cards,
        &codes,
        thresholds,
    );

    // Where it goes.
    let legend = legend_size(&columns, &painter.widths);
    let time_line = time.and_then(SvgTime::line);
    let page = Page::new(tree, time_line, &cards, &placed, legend, &painter.widths);

    // The body: background, title, the diagram (links under the nodes), legend.
    let mut body = Writer::default();
    let mut markers = Markers::default();
    page.draw_background(&mut body, &painter);
    page.draw_title(&mut body, &painter);
    body.line_fmt(format_args!(
        "<g id=\"diagram\" transform=\"translate({} {})\">",
        num(page.diagram_dx),
        num(page.diagram_dy)
    ));
    draw_links(
        &mut body,
        &placed,
        &index,
        painter.palette,
        &codes,
        &mut markers,
    );
    body.line("<g id=\"nodes\">");
    for card in &cards {
        let p = placed.positions[&card.node.id];
        let (x, y) = (p.x - card.face.width / 2.0, p.y - card.face.height / 2.0);
        painter.card(&mut body, card, x, y);
        if let Some(&hidden) = shown.hidden_below.get(&card.node.id) {
            painter.collapse_badge(&mut body, hidden, card.face, x, y);
        }
    }
    body.line("</g>");
    body.line("</g>");
    legend_markers(&columns, &mut markers);
    draw_legend(&mut body, &painter, &columns, MARGIN, page.legend_top);

    document(tree, options, &page, &markers, &body)
}
