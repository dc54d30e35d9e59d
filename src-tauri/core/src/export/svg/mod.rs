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
//! [`write_svg`] reads top to bottom (through `draw`, which lays the tree out once
//! and draws it as several pictures: the HTML export's two themes, the PDF
//! handout's steps, each showing some nodes on the whole tree's page); the parts: `document` (what is drawn where,
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

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::codes::ExportCodes;
use super::ExportError;
use crate::alignment::{CodeMemory, ColorCodes};
use crate::analysis::StatusThresholds;
use crate::formula::{compute_values, compute_values_at};
use crate::graph::{visible_tree, Visibility};
use crate::layout::{layout, measure_faces, LayoutDirection, LayoutEngine, LayoutOptions};
use crate::model::{LinkKey, NodeId, Tree};
pub use bridge::bridge_svg;
use card::Painter;
use document::{cards, document, font_rules, Page, TreeIndex, MARGIN};
use legend::{draw_legend, legend_columns, legend_markers, legend_size};
use links::{draw_links, Markers};
pub(crate) use markup::escape;
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

/// [`write_svg_timed`] without the nodes `collapsed` hides: collapsed cards wear a
/// "+N" badge (the nodes they hide), values are still those of the whole tree.
/// With nothing hidden, the same bytes as [`write_svg_timed`].
pub fn write_svg_shown(
    tree: &Tree,
    options: &SvgOptions,
    color_codes: &ColorCodes,
    time: Option<&SvgTime>,
    collapsed: &Visibility,
) -> Result<String, ExportError> {
    let variant = Variant {
        theme: options.theme,
        shown: None,
        embed_font: options.embed_font,
    };
    let drawn = draw(
        tree,
        options,
        color_codes,
        time,
        collapsed,
        &[variant],
        false,
    )?;
    Ok(drawn.svgs.into_iter().next().unwrap_or_default())
}

/// One picture of a drawing: its theme, the nodes it shows (all when `None`; the
/// page keeps the size of the whole tree) and whether it embeds its glyphs.
#[derive(Debug, Clone)]
pub(crate) struct Variant {
    pub(crate) theme: Theme,
    pub(crate) shown: Option<BTreeSet<NodeId>>,
    pub(crate) embed_font: bool,
}

/// The pictures of one layout (one per [`Variant`]) and where things are on them.
pub(crate) struct Drawn {
    pub(crate) svgs: Vec<String>,
    pub(crate) width: f64,
    pub(crate) height: f64,
    /// Each card's box on the page (x, y, width, height), in tree order.
    pub(crate) boxes: Vec<(NodeId, [f64; 4])>,
    /// The links drawn, in the layout's order (their ids: `link-KIND-FROM-TO`).
    pub(crate) links: Vec<LinkKey>,
    /// The `@font-face` rules of the first picture's text, when asked for (empty
    /// otherwise, or without text).
    pub(crate) font_rules: String,
}

/// `whole` laid out once (without what `collapsed` hides) and drawn as each of
/// `variants` says (`options.theme` and `options.embed_font` are the variants'
/// business); with `want_font_rules`, the first picture's `@font-face` rules in
/// [`Drawn::font_rules`]. A font subset is made once per picture at most (it is the
/// bulk of an export's time).
pub(crate) fn draw(
    whole: &Tree,
    options: &SvgOptions,
    color_codes: &ColorCodes,
    time: Option<&SvgTime>,
    collapsed: &Visibility,
    variants: &[Variant],
    want_font_rules: bool,
) -> Result<Drawn, ExportError> {
    let time = time.filter(|time| time.period.is_some());
    let visible = (!collapsed.hidden.is_empty()).then(|| visible_tree(whole, collapsed));
    let tree = visible.as_ref().unwrap_or(whole);
    // What is drawn: faces, places, values (of the whole tree) and colour codes.
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
    let thresholds = &options.thresholds;
    let cards = cards(tree, &faces, &placed, &values, &codes, thresholds, time);
    let time_line = time.and_then(SvgTime::line);

    let mut drawn = Drawn {
        svgs: Vec::with_capacity(variants.len()),
        width: 0.0,
        height: 0.0,
        boxes: Vec::new(),
        links: placed
            .routes
            .iter()
            .map(|route| route.key.clone())
            .collect(),
        font_rules: String::new(),
    };
    for (i, variant) in variants.iter().enumerate() {
        let painter = Painter::new(variant.theme);
        let columns = legend_columns(
            tree,
            &index.nodes,
            painter.palette,
            &cards,
            &codes,
            thresholds,
        );
        // Where it goes: the whole tree's page, whatever a variant shows.
        let legend = legend_size(&columns, &painter.widths);
        let page = Page::new(
            tree,
            time_line.clone(),
            &cards,
            &placed,
            legend,
            &painter.widths,
        );
        let shown = |id: &NodeId| {
            variant
                .shown
                .as_ref()
                .is_none_or(|shown| shown.contains(id))
        };

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
            &shown,
        );
        body.line("<g id=\"nodes\">");
        for card in cards.iter().filter(|card| shown(&card.node.id)) {
            let p = placed.positions[&card.node.id];
            let (x, y) = (p.x - card.face.width / 2.0, p.y - card.face.height / 2.0);
            painter.card(&mut body, card, x, y);
            if let Some(&hidden) = collapsed.hidden_below.get(&card.node.id) {
                painter.collapse_badge(&mut body, hidden, card.face, x, y);
            }
        }
        body.line("</g>");
        body.line("</g>");
        legend_markers(&columns, &mut markers);
        draw_legend(&mut body, &painter, &columns, MARGIN, page.legend_top);

        if i == 0 {
            drawn.width = page.width;
            drawn.height = page.height;
            drawn.boxes = cards
                .iter()
                .map(|card| {
                    let p = placed.positions[&card.node.id];
                    let x = p.x - card.face.width / 2.0 + page.diagram_dx;
                    let y = p.y - card.face.height / 2.0 + page.diagram_dy;
                    (
                        card.node.id.clone(),
                        [x, y, card.face.width, card.face.height],
                    )
                })
                .collect();
        }
        let rules = if variant.embed_font || (i == 0 && want_font_rules) {
            font_rules(&body)?
        } else {
            String::new()
        };
        let embedded = if variant.embed_font {
            rules.as_str()
        } else {
            ""
        };
        drawn
            .svgs
            .push(document(tree, variant, &page, &markers, &body, embedded));
        if i == 0 && want_font_rules {
            drawn.font_rules = rules;
        }
    }
    Ok(drawn)
}
