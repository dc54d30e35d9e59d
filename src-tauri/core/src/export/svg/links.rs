//! The links, under the nodes: each `<g id="link-KIND-FROM-TO" class="link KIND">`
//! around a path on the layout's route, stroked as its kind's look says
//! ([`crate::model::LinkLook`]; an `impacts` link in its KPI's colour code, colour
//! and dashes, as wide as its strength), with a title for tooltips; and the arrowheads, one `<marker>`
//! per colour drawn, in the document's definitions.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::super::codes::ExportCodes;
use super::document::TreeIndex;
use super::markup::{escape, num, Writer};
use super::theme::Palette;
use crate::layout::Layout;
use crate::model::look::impacts_width;
use crate::model::{Link, LinkKind, Node, NodeId};

/// How a link is stroked: colour, width, dashes, cap.
pub(super) struct Stroke {
    pub(super) color: String,
    pub(super) width: f64,
    pub(super) dash: Option<String>,
    pub(super) round: bool,
}

impl Stroke {
    /// ` stroke-dasharray="…"` and ` stroke-linecap="round"`, when they apply.
    pub(super) fn dash_and_cap(&self) -> (String, &'static str) {
        let dash = self
            .dash
            .as_ref()
            .map_or(String::new(), |d| format!(" stroke-dasharray=\"{d}\""));
        let cap = if self.round {
            " stroke-linecap=\"round\""
        } else {
            ""
        };
        (dash, cap)
    }
}

fn link_stroke(
    link: &Link,
    target: Option<&Node>,
    palette: &Palette,
    codes: &ExportCodes<'_>,
) -> Stroke {
    let look = link.kind.look();
    Stroke {
        color: match look.color {
            Some(color) => palette.pick(color).to_owned(),
            None => codes.impacts_color(link, target),
        },
        width: look.width.unwrap_or_else(|| impacts_width(link.strength)),
        dash: match link.kind {
            // Past the palette's colours, a KPI's code is told apart by its dashes.
            LinkKind::Impacts => Some(codes.impacts_dash(link)),
            _ => look.dash.map(str::to_owned),
        },
        round: look.round,
    }
}

/// The colours of the arrowheads drawn, each once.
#[derive(Default)]
pub(super) struct Markers(BTreeSet<String>);

impl Markers {
    /// Notes an arrowhead in `color`; returns the id of its marker.
    pub(super) fn insert(&mut self, color: &str) -> String {
        self.0.insert(color.to_owned());
        Markers::id(color)
    }

    /// The `<marker>` definitions, one line each.
    pub(super) fn write_defs(&self, svg: &mut String) {
        for color in &self.0 {
            let _ = writeln!(
                svg,
                "<marker id=\"{}\" viewBox=\"-10 -10 20 20\" markerWidth=\"32\" markerHeight=\"32\" markerUnits=\"userSpaceOnUse\" refX=\"0\" refY=\"0\" orient=\"auto\"><path d=\"M-5 -4 L0 0 L-5 4 Z\" fill=\"{color}\" stroke=\"{color}\" stroke-width=\"1\" stroke-linejoin=\"round\"/></marker>",
                Markers::id(color)
            );
        }
    }

    /// The id of the marker of an arrowhead in `color`.
    pub(super) fn id(color: &str) -> String {
        format!("arrow-{}", color.trim_start_matches('#'))
    }
}

/// Every routed link between `shown` nodes, in the layout's order, as
/// `<g id="links">`.
pub(super) fn draw_links(
    out: &mut Writer,
    placed: &Layout,
    index: &TreeIndex<'_>,
    palette: &Palette,
    codes: &ExportCodes<'_>,
    markers: &mut Markers,
    shown: &dyn Fn(&NodeId) -> bool,
) {
    out.line("<g id=\"links\">");
    for route in &placed.routes {
        let key = &route.key;
        if !shown(&key.from) || !shown(&key.to) {
            continue;
        }
        let Some(&link) = index.links.get(&(key.kind, &key.from, &key.to)) else {
            continue;
        };
        let to = index.nodes.get(&link.to).copied();
        let stroke = link_stroke(link, to, palette, codes);
        let id = markers.insert(&stroke.color);
        out.line_fmt(format_args!(
            "<g id=\"link-{}\" class=\"link {}\">",
            escape(&route.key.to_string()),
            link.kind.as_str()
        ));
        out.line_fmt(format_args!(
            "<title>{}</title>",
            escape(&title(link, index))
        ));
        let (dash, cap) = stroke.dash_and_cap();
        out.line_fmt(format_args!(
            "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{dash}{cap} marker-end=\"url(#{id})\"/>",
            route.svg_path(),
            stroke.color,
            num(stroke.width)
        ));
        out.line("</g>");
    }
    out.line("</g>");
}

/// "From drives To" (with the strength of a bet), then the link's note.
fn title(link: &Link, index: &TreeIndex<'_>) -> String {
    let name = |id: &NodeId| {
        index
            .nodes
            .get(id)
            .map_or_else(|| id.to_string(), |n| n.name.clone())
    };
    let mut title = format!("{} {} {}", name(&link.from), link.kind, name(&link.to));
    if let Some(strength) = link.strength.filter(|_| link.kind == LinkKind::Impacts) {
        let _ = write!(title, ", {strength}");
    }
    if let Some(note) = link.note.as_deref().filter(|n| !n.trim().is_empty()) {
        title.push('\n');
        title.push_str(note);
    }
    title
}
