//! HTML export (SPEC 11): one self-contained file that opens in any current
//! browser with no network, showing the tree as the SVG export draws it with
//! present mode's walk-through.
//!
//! The page holds the SVG export's drawing inline (text stays text, found by
//! Ctrl+F), the other theme's drawing in a `<template>`, the glyphs used as
//! `@font-face` rules with `data:` URIs, the viewer's stylesheet and script
//! (`viewer.css`, `viewer.js`, kept as files here), and what the script needs to
//! know as JSON in a `<script type="application/json">` block.
//!
//! Invariants: nothing refers outside the file (no URL but `data:`); a
//! Content-Security-Policy meta allows nothing but the one inline script and the
//! one inline style (by their SHA-256) and `data:` fonts and images; every user
//! text is escaped for where it goes (HTML text, SVG by the SVG writer, JSON with
//! `<` written `\u003c` so that no name can close the block). Same tree and
//! options, same bytes.

use std::collections::HashMap;
use std::fmt::Write as _;

use base64::Engine;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::svg::{draw, escape, Drawn, SvgOptions, SvgTime, Theme, Variant};
use super::ExportError;
use crate::alignment::ColorCodes;
use crate::graph::{PresentSteps, Visibility};
use crate::model::{LinkKind, Node, NodeId, Tree};

const VIEWER_JS: &str = include_str!("viewer.js");
const VIEWER_CSS: &str = include_str!("viewer.css");

/// What the viewer's script reads from the page.
#[derive(Serialize)]
struct ViewerData<'t> {
    /// How many level steps there are; the overview comes after them.
    levels: u32,
    width: f64,
    height: f64,
    nodes: Vec<ViewerNode<'t>>,
    links: Vec<ViewerLink>,
}

#[derive(Serialize)]
struct ViewerNode<'t> {
    id: &'t NodeId,
    name: &'t str,
    step: u32,
    /// Its card on the page: x, y, width, height (rounded to 0.01).
    #[serde(rename = "box")]
    card: [f64; 4],
    /// The node it drives first (its parent in present mode), if any.
    up: Option<&'t NodeId>,
    /// The nodes that drive it, left to right.
    drivers: Vec<&'t NodeId>,
    /// The nodes its `drives` and `guards` links point at: the level above it,
    /// brought into view with it.
    above: Vec<&'t NodeId>,
}

#[derive(Serialize)]
struct ViewerLink {
    /// The id of its group in the drawing.
    id: String,
    from: NodeId,
    to: NodeId,
}

/// `tree` as a self-contained HTML page in `options`' layout, opening in
/// `options.theme` (the other theme one click away), showing `time` as the SVG
/// export does. `options.embed_font` embeds the glyphs used.
pub fn write_html(
    tree: &Tree,
    options: &SvgOptions,
    color_codes: &ColorCodes,
    time: Option<&SvgTime>,
) -> Result<String, ExportError> {
    let other = match options.theme {
        Theme::Light => Theme::Dark,
        Theme::Dark => Theme::Light,
    };
    let variants = [options.theme, other].map(|theme| Variant {
        theme,
        shown: None,
        embed_font: false,
    });
    let drawn = draw(
        tree,
        options,
        color_codes,
        time,
        &Visibility::default(),
        &variants,
        options.embed_font,
    )?;
    let data = viewer_data(tree, &drawn);
    let json = serde_json::to_string(&data)
        .map_err(|e| ExportError::Render(e.to_string()))?
        .replace('<', "\\u003c");
    let mut style = String::from(VIEWER_CSS);
    if options.embed_font {
        style.push_str(&drawn.font_rules);
    }
    let script = VIEWER_JS;
    let csp = format!(
        "default-src 'none'; script-src '{}'; style-src '{}'; font-src data:; img-src data:; base-uri 'none'; form-action 'none'",
        sha256(script),
        sha256(&style)
    );
    // The SVG's escaping serves HTML text too (`&apos;` is HTML5's as well).
    let title = escape(&tree.name);
    let theme = options.theme.as_str();
    let svg_of = |i: usize| drawn.svgs.get(i).map_or("", |svg| strip_prolog(svg));

    let mut html = String::with_capacity(drawn.svgs.iter().map(String::len).sum::<usize>() * 2);
    html.push_str("<!DOCTYPE html>\n");
    let _ = writeln!(html, "<html lang=\"en\" data-theme=\"{theme}\">\n<head>");
    html.push_str("<meta charset=\"utf-8\">\n");
    let _ = writeln!(
        html,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">"
    );
    html.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    html.push_str("<meta name=\"generator\" content=\"kpitree\">\n");
    let _ = writeln!(html, "<title>{title}</title>");
    let _ = writeln!(html, "<style>{style}</style>\n</head>\n<body>");
    let _ = writeln!(
        html,
        "<header class=\"kt-bar\"><h1>{title}</h1><div class=\"kt-step\" id=\"kt-step\" aria-live=\"polite\"></div></header>"
    );
    let _ = write!(
        html,
        "<main class=\"kt-stage\" id=\"kt-stage\">\n{}</main>\n",
        svg_of(0)
    );
    let _ = write!(
        html,
        "<template id=\"kt-theme-{theme}\"></template>\n<template id=\"kt-theme-{}\">\n{}</template>\n",
        other.as_str(),
        svg_of(1)
    );
    let _ = writeln!(
        html,
        "<nav class=\"kt-controls\" aria-label=\"Presentation\"><span class=\"kt-hint\">Space / \u{2192} next \u{b7} \u{2190} back \u{b7} click a card \u{b7} Esc</span><button type=\"button\" id=\"kt-prev\">\u{2190}</button><button type=\"button\" id=\"kt-next\">\u{2192}</button><button type=\"button\" id=\"kt-theme\">{}</button></nav>",
        match options.theme {
            Theme::Light => "Dark",
            Theme::Dark => "Light",
        }
    );
    let _ = writeln!(
        html,
        "<script type=\"application/json\" id=\"kpitree-data\">{json}</script>"
    );
    let _ = writeln!(html, "<script>{script}</script>\n</body>\n</html>");
    Ok(html)
}

/// The nodes drawn with their steps, boxes and neighbours, and the links drawn.
/// Linear in the tree's size: links are gathered by node once.
fn viewer_data<'t>(tree: &'t Tree, drawn: &Drawn) -> ViewerData<'t> {
    let steps = PresentSteps::new(tree);
    let boxes: HashMap<&NodeId, [f64; 4]> = drawn.boxes.iter().map(|(id, b)| (id, *b)).collect();
    let mut nodes_by_id: HashMap<&NodeId, &Node> = HashMap::with_capacity(tree.nodes.len());
    for node in &tree.nodes {
        nodes_by_id.entry(&node.id).or_insert(node);
    }
    // Each node's parents (drives), the nodes above it (drives, guards) and its
    // drivers, in link order, each once and only among the nodes.
    let mut up: HashMap<&NodeId, Vec<&NodeId>> = HashMap::new();
    let mut above: HashMap<&NodeId, Vec<&NodeId>> = HashMap::new();
    let mut drivers: HashMap<&NodeId, Vec<&NodeId>> = HashMap::new();
    let push = |map: &mut HashMap<&'t NodeId, Vec<&'t NodeId>>, key: &'t NodeId, id: &'t NodeId| {
        let list = map.entry(key).or_default();
        if !list.contains(&id) {
            list.push(id);
        }
    };
    for link in &tree.links {
        if link.from == link.to
            || !nodes_by_id.contains_key(&link.from)
            || !nodes_by_id.contains_key(&link.to)
        {
            continue;
        }
        match link.kind {
            LinkKind::Drives => {
                push(&mut up, &link.from, &link.to);
                push(&mut above, &link.from, &link.to);
                push(&mut drivers, &link.to, &link.from);
            }
            LinkKind::Guards => push(&mut above, &link.from, &link.to),
            _ => {}
        }
    }
    let x_of = |id: &NodeId| boxes.get(id).map_or(0.0, |b| b[0]);
    let nodes = drawn
        .boxes
        .iter()
        .filter_map(|(id, card)| {
            let node = *nodes_by_id.get(id)?;
            let mut drivers = drivers.remove(&node.id).unwrap_or_default();
            drivers.sort_by(|a, b| x_of(a).total_cmp(&x_of(b)));
            Some(ViewerNode {
                id: &node.id,
                name: &node.name,
                step: steps.step_of(id).unwrap_or(0),
                card: card.map(|v| (v * 100.0).round() / 100.0),
                up: up
                    .get(&node.id)
                    .and_then(|parents| parents.first().copied()),
                drivers,
                above: above.remove(&node.id).unwrap_or_default(),
            })
        })
        .collect();
    ViewerData {
        levels: steps.level_count(),
        width: drawn.width,
        height: drawn.height,
        nodes,
        links: drawn
            .links
            .iter()
            .map(|key| ViewerLink {
                id: format!("link-{key}"),
                from: key.from.clone(),
                to: key.to.clone(),
            })
            .collect(),
    }
}

/// The SVG document without its XML declaration, to sit inside HTML.
fn strip_prolog(svg: &str) -> &str {
    match svg.strip_prefix("<?xml") {
        Some(rest) => rest.split_once("?>\n").map_or(svg, |(_, body)| body),
        None => svg,
    }
}

/// A CSP source for the inline text `text`: `sha256-BASE64`.
fn sha256(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

#[cfg(test)]
mod tests;
