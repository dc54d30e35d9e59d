//! The page around the drawing: which cards are drawn and with what values, where
//! the title, the diagram and the legend go, the title block itself, and the
//! document's head (size, title and description, the embedded font subset, the
//! arrowhead markers) around the body.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use super::super::codes::ExportCodes;
use super::super::embed::font_face;
use super::super::ExportError;
use super::card::{Card, Painter};
use super::links::Markers;
use super::markup::{escape, num, Text, Writer};
use super::time::SvgTime;
use super::{Variant, FONT_STACK};
use crate::analysis::{self, StatusThresholds};
use crate::formula::NodeValue;
use crate::layout::{wrap_words, FontWeight, Layout, NodeFace, TextWidths};
use crate::model::{Link, LinkKind, Node, NodeId, Tree};

/// Space around the drawing.
pub(super) const MARGIN: f64 = 32.0;
/// Space between the title, the diagram and the legend.
const SECTION_GAP: f64 = 28.0;
/// The narrowest page, so that a tiny tree still has room for its title.
const MIN_CONTENT_WIDTH: f64 = 480.0;

/// Nodes by id and links by key, the first of each as `Tree::node` and `Tree::link`
/// find them: those scan the tree, and the export asks once per link.
pub(super) struct TreeIndex<'t> {
    pub(super) nodes: HashMap<&'t NodeId, &'t Node>,
    pub(super) links: HashMap<(LinkKind, &'t NodeId, &'t NodeId), &'t Link>,
}

impl<'t> TreeIndex<'t> {
    pub(super) fn new(tree: &'t Tree) -> TreeIndex<'t> {
        let mut nodes: HashMap<&NodeId, &Node> = HashMap::with_capacity(tree.nodes.len());
        for node in &tree.nodes {
            nodes.entry(&node.id).or_insert(node);
        }
        let mut links = HashMap::with_capacity(tree.links.len());
        for link in &tree.links {
            links
                .entry((link.kind, &link.from, &link.to))
                .or_insert(link);
        }
        TreeIndex { nodes, links }
    }
}

/// The cards, first node of each id, in tree order; nodes with no face or place
/// are left out.
pub(super) fn cards<'a>(
    tree: &'a Tree,
    faces: &'a BTreeMap<NodeId, NodeFace>,
    placed: &Layout,
    values: &BTreeMap<NodeId, NodeValue>,
    codes: &'a ExportCodes<'_>,
    thresholds: &StatusThresholds,
    time: Option<&'a SvgTime>,
) -> Vec<Card<'a>> {
    let period = time.and_then(|time| time.period);
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
            None => match period {
                Some(period) => node.value_at(period),
                None => node.value,
            },
        }
        .filter(|v| v.is_finite());
        cards.push(Card {
            node,
            face,
            value,
            computed: computed.is_some_and(|v| v.computed) && value.is_some(),
            status: analysis::status(value, node.target, node.direction, thresholds),
            chips: codes.chips(&node.id),
            time: time.and_then(|time| time.nodes.get(&node.id)),
        });
    }
    cards
}

/// Where everything goes on the page.
pub(super) struct Page {
    pub(super) width: f64,
    pub(super) height: f64,
    /// The tree's name and description, in lines.
    title_lines: Vec<String>,
    description_lines: Vec<String>,
    /// Which period the cards show and what it is compared with (SPEC 8).
    time_line: Option<String>,
    /// How far the diagram is moved from the layout's coordinates.
    pub(super) diagram_dx: f64,
    pub(super) diagram_dy: f64,
    pub(super) legend_top: f64,
}

impl Page {
    /// The page of `tree`'s `cards` as `placed`, above a legend of `legend` size;
    /// `time_line` (the period shown) under the title.
    pub(super) fn new(
        tree: &Tree,
        time_line: Option<String>,
        cards: &[Card<'_>],
        placed: &Layout,
        legend: (f64, f64),
        widths: &TextWidths,
    ) -> Page {
        let bounds = Bounds::of(cards, placed);
        let (diagram_w, diagram_h) = bounds.size();
        let (legend_w, legend_h) = legend;
        let content_w = diagram_w.max(legend_w).max(MIN_CONTENT_WIDTH);
        let title_lines = wrap(&tree.name, FontWeight::Bold, 22.0, content_w, widths);
        let description_lines = tree
            .description
            .as_deref()
            .map(|d| wrap(d, FontWeight::Regular, 13.0, content_w, widths))
            .unwrap_or_default();
        let title_h = title_lines.len() as f64 * 28.0
            + description_lines.len() as f64 * 18.0
            + if description_lines.is_empty() {
                0.0
            } else {
                4.0
            }
            + if time_line.is_some() { 22.0 } else { 0.0 };
        let diagram_top = MARGIN + title_h + SECTION_GAP;
        let legend_top = diagram_top + diagram_h + if cards.is_empty() { 0.0 } else { SECTION_GAP };
        Page {
            width: (content_w + 2.0 * MARGIN).ceil(),
            height: (legend_top + legend_h + MARGIN).ceil(),
            title_lines,
            description_lines,
            time_line,
            diagram_dx: MARGIN + (content_w - diagram_w) / 2.0 - bounds.min_x,
            diagram_dy: diagram_top - bounds.min_y,
            legend_top,
        }
    }

    /// The page's background.
    pub(super) fn draw_background(&self, out: &mut Writer, painter: &Painter) {
        out.line_fmt(format_args!(
            "<rect class=\"background\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\" fill=\"{}\"/>",
            num(self.width),
            num(self.height),
            painter.palette.background
        ));
    }

    /// The title block: the tree's name, its description under it.
    pub(super) fn draw_title(&self, out: &mut Writer, painter: &Painter) {
        out.line("<g id=\"title\" class=\"title\">");
        let mut top = MARGIN;
        for line in &self.title_lines {
            out.text(Text {
                x: MARGIN,
                y: painter.baseline.at(top, 28.0, 22.0),
                content: line,
                size: 22.0,
                weight: FontWeight::Bold,
                fill: painter.palette.text,
                extra: "",
            });
            top += 28.0;
        }
        top += 4.0;
        for line in &self.description_lines {
            out.text(Text {
                x: MARGIN,
                y: painter.baseline.at(top, 18.0, 13.0),
                content: line,
                size: 13.0,
                weight: FontWeight::Regular,
                fill: painter.palette.muted,
                extra: "",
            });
            top += 18.0;
        }
        if let Some(line) = &self.time_line {
            top += 4.0;
            out.text(Text {
                x: MARGIN,
                y: painter.baseline.at(top, 18.0, 13.0),
                content: line,
                size: 13.0,
                weight: FontWeight::SemiBold,
                fill: painter.palette.muted,
                extra: " class=\"period\"",
            });
        }
        out.line("</g>");
    }
}

/// Each paragraph of `text` in lines no wider than `max` (blank ones dropped).
pub(super) fn wrap(
    text: &str,
    weight: FontWeight,
    size: f64,
    max: f64,
    widths: &TextWidths,
) -> Vec<String> {
    text.lines()
        .filter(|paragraph| !paragraph.trim().is_empty())
        .flat_map(|paragraph| wrap_words(paragraph, max, |line| widths.of(line, weight, size)))
        .collect()
}

/// The whole document: its head, definitions (the `@font-face` rules `font_rules`
/// when not empty, markers) and `body`.
pub(super) fn document(
    tree: &Tree,
    variant: &Variant,
    page: &Page,
    markers: &Markers,
    body: &Writer,
    font_rules: &str,
) -> String {
    let mut svg = String::new();
    svg.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FONT_STACK}\" class=\"kpitree {}\">",
        variant.theme.as_str(),
        w = num(page.width),
        h = num(page.height),
    );
    let _ = writeln!(svg, "<title>{}</title>", escape(&tree.name));
    if let Some(description) = tree.description.as_deref().filter(|d| !d.trim().is_empty()) {
        let _ = writeln!(svg, "<desc>{}</desc>", escape(description));
    }
    svg.push_str("<defs>\n");
    if !font_rules.is_empty() {
        // As font_style writes it.
        let _ = writeln!(
            svg,
            "<style type=\"text/css\"><![CDATA[\n{font_rules}]]></style>"
        );
    }
    markers.write_defs(&mut svg);
    svg.push_str("</defs>\n");
    svg.push_str(&body.out);
    svg.push_str("</svg>\n");
    svg
}

/// The `<style>` with the subset of Inter each weight of `body` draws, as
/// `@font-face` rules; empty when no text is drawn.
pub(super) fn font_style(body: &Writer) -> Result<String, ExportError> {
    let rules = font_rules(body)?;
    if rules.is_empty() {
        return Ok(rules);
    }
    Ok(format!(
        "<style type=\"text/css\"><![CDATA[\n{rules}]]></style>\n"
    ))
}

/// The `@font-face` rules of the subset of Inter each weight of `body` draws, one a
/// line; empty when no text is drawn.
pub(super) fn font_rules(body: &Writer) -> Result<String, ExportError> {
    let mut rules = String::new();
    for weight in [FontWeight::Regular, FontWeight::SemiBold, FontWeight::Bold] {
        if let Some(rule) = font_face(weight, body.used(weight))? {
            rules.push_str(&rule);
            rules.push('\n');
        }
    }
    Ok(rules)
}

/// The box around everything drawn: cards and route control points.
#[derive(Default)]
struct Bounds {
    min_x: f64,
    min_y: f64,
    max_x: f64,
    max_y: f64,
    any: bool,
}

impl Bounds {
    fn of(cards: &[Card<'_>], placed: &Layout) -> Bounds {
        let mut bounds = Bounds::default();
        for card in cards {
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
        bounds
    }

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
    fn each_paragraph_is_wrapped_apart_and_blank_ones_dropped() {
        let widths = TextWidths::default();
        let one_line = wrap(
            "Growth\n\n  \nof ARR",
            FontWeight::Regular,
            13.0,
            480.0,
            &widths,
        );
        assert_eq!(one_line, vec!["Growth", "of ARR"]);
        let narrow = widths.of("Growth of", FontWeight::Regular, 13.0) - 1.0;
        let lines = wrap("Growth of ARR", FontWeight::Regular, 13.0, narrow, &widths);
        assert_eq!(lines, vec!["Growth", "of ARR"]);
        assert!(wrap("", FontWeight::Bold, 22.0, 480.0, &widths).is_empty());
    }
}
