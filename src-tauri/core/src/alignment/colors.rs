//! The colour codes: which colour stands for which KPI, the colour of each link, and
//! the chips of an initiative. See the module documentation for the rules.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use serde::{Deserialize, Serialize};

use crate::model::{Color, Link, LinkKind, Node, NodeId, NodeKind, Tree};

/// The Okabe–Ito palette (Okabe & Ito 2002; Wong, Nature Methods 2011) without its
/// black, in the order KPIs receive its colours: vermillion, blue, bluish green,
/// reddish purple, orange, sky blue, yellow.
///
/// Its colours stay apart for protanopes, deuteranopes and tritanopes, which is the
/// point of a colour code. Black is left out because it vanishes on the dark theme
/// and reads as "no colour"; yellow comes last because it is faint on white, so a
/// tree only gets it from its seventh automatic colour on.
pub const PALETTE: [&str; 7] = [
    "#d55e00", "#0072b2", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#f0e442",
];

/// A palette colour closer than this (CIE76 ΔE) to a colour a tree already uses
/// explicitly is skipped: the palette's own closest pair (blue and sky blue) is 26
/// apart, so anything nearer would be the weakest pair of the legend.
const TOO_CLOSE: f64 = 20.0;

/// Where a KPI's colour comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ColorSource {
    /// The node's own `color` field.
    Own,
    /// The colour of the first `impacts` link to the node that has one of its own.
    Link,
    /// Assigned automatically from [`PALETTE`].
    Palette,
}

/// The colour code of one KPI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KpiColor {
    pub id: NodeId,
    pub color: Color,
    pub source: ColorSource,
}

/// The colour chips of a node that has `impacts` links (an initiative, an intent
/// or a product metric): one per colour its links are drawn in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Chips {
    pub id: NodeId,
    /// In the order of the node's links, each colour once.
    pub colors: Vec<Color>,
}

/// The colour codes of a tree, computed once and asked many times (a legend, every
/// link of a drawing, the chips of every initiative).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ColorCodes {
    /// Every coded node (business KPIs and metrics `impacts` links point at), in
    /// the tree's order: the legend.
    pub kpis: Vec<KpiColor>,
    /// Every node with `impacts` links, in the tree's order.
    pub chips: Vec<Chips>,
}

impl ColorCodes {
    /// The colour codes of `tree` (see the module documentation for the rules).
    pub fn new(tree: &Tree) -> ColorCodes {
        let mut codes = ColorCodes {
            kpis: kpi_codes(tree),
            chips: Vec::new(),
        };
        codes.chips = node_chips(tree, &codes);
        codes
    }

    /// The colour of the KPI `id`; `None` when it is not a coded node.
    pub fn color(&self, id: &NodeId) -> Option<&Color> {
        self.kpis
            .iter()
            .find(|kpi| &kpi.id == id)
            .map(|kpi| &kpi.color)
    }

    /// The colour `link` is drawn in: its own, else for an `impacts` link its
    /// target's colour code (or, for a target that is not coded, the target's
    /// fill). `None` for a `drives` or `guards` link without a colour of its own
    /// (drawn in the theme's colour for its kind) and for an `impacts` link to no node.
    pub fn link(&self, tree: &Tree, link: &Link) -> Option<Color> {
        if let Some(color) = &link.color {
            return Some(color.clone());
        }
        if link.kind != LinkKind::Impacts {
            return None;
        }
        self.color(&link.to)
            .cloned()
            .or_else(|| tree.node(&link.to).and_then(fill))
    }

    /// The chips of node `id`: the colour of each of its `impacts` links, in link
    /// order, each colour once. Empty for a node with no `impacts` link.
    pub fn chips(&self, id: &NodeId) -> &[Color] {
        self.chips
            .iter()
            .find(|chips| &chips.id == id)
            .map_or(&[], |chips| chips.colors.as_slice())
    }

    /// The coded KPIs that `impacts` links point at, in the tree's order: those
    /// whose code is drawn on a link (the export's legend, the KPI's own chip).
    pub fn pointed_at<'c>(&'c self, tree: &'c Tree) -> impl Iterator<Item = &'c KpiColor> {
        let targets = impacts_targets(tree);
        self.kpis
            .iter()
            .filter(move |kpi| targets.contains(&kpi.id))
    }

    /// What each card shows along its top edge, left to right: the node's own code
    /// when `impacts` links point at it (so the KPI at the end of a red link says
    /// it is the red one), then its [`ColorCodes::chips`], each colour once. Nodes
    /// with nothing to show are left out. The canvas and the export draw these.
    pub fn card_chips(&self, tree: &Tree) -> BTreeMap<NodeId, Vec<Color>> {
        let mut cards: BTreeMap<NodeId, Vec<Color>> = BTreeMap::new();
        for kpi in self.pointed_at(tree) {
            cards.insert(kpi.id.clone(), vec![kpi.color.clone()]);
        }
        for chips in &self.chips {
            let card = cards.entry(chips.id.clone()).or_default();
            for color in &chips.colors {
                if !card.contains(color) {
                    card.push(color.clone());
                }
            }
        }
        cards.retain(|_, colors| !colors.is_empty());
        cards
    }
}

/// Each coded node's colour, by id (see [`ColorCodes::new`]).
pub fn kpi_colors(tree: &Tree) -> BTreeMap<NodeId, Color> {
    ColorCodes::new(tree)
        .kpis
        .into_iter()
        .map(|kpi| (kpi.id, kpi.color))
        .collect()
}

/// The colour `link` is drawn in (see [`ColorCodes::link`]). To colour many links,
/// build the [`ColorCodes`] once instead.
pub fn link_color(tree: &Tree, link: &Link) -> Option<Color> {
    ColorCodes::new(tree).link(tree, link)
}

/// The chips of node `id` (see [`ColorCodes::chips`]).
pub fn chips(tree: &Tree, id: &NodeId) -> Vec<Color> {
    ColorCodes::new(tree).chips(id).to_vec()
}

/// The colour of each coded node: fixed by the user, else the next palette colour.
fn kpi_codes(tree: &Tree) -> Vec<KpiColor> {
    let coded = coded_nodes(tree);
    let fixed: Vec<Option<(Color, ColorSource)>> =
        coded.iter().map(|node| fixed_color(tree, node)).collect();
    let mut palette = PaletteQueue::new(fixed.iter().flatten().map(|(color, _)| color));
    coded
        .into_iter()
        .zip(fixed)
        .map(|(node, fixed)| {
            let (color, source) = fixed.unwrap_or_else(|| (palette.next(), ColorSource::Palette));
            KpiColor {
                id: node.id.clone(),
                color,
                source,
            }
        })
        .collect()
}

/// The chips of every node that has `impacts` links, in tree order.
fn node_chips(tree: &Tree, codes: &ColorCodes) -> Vec<Chips> {
    let mut by_node: HashMap<&NodeId, Vec<Color>> = HashMap::new();
    let impacts = tree
        .links
        .iter()
        .filter(|link| link.kind == LinkKind::Impacts);
    for link in impacts {
        let colors = by_node.entry(&link.from).or_default();
        if let Some(color) = codes.link(tree, link) {
            if !colors.contains(&color) {
                colors.push(color);
            }
        }
    }
    tree.nodes
        .iter()
        .filter_map(|node| {
            let colors = by_node.remove(&node.id)?;
            Some(Chips {
                id: node.id.clone(),
                colors,
            })
        })
        .collect()
}

/// The nodes `impacts` links point at.
pub fn impacts_targets(tree: &Tree) -> HashSet<&NodeId> {
    tree.links
        .iter()
        .filter(|link| link.kind == LinkKind::Impacts)
        .map(|link| &link.to)
        .collect()
}

/// Business KPIs and the metrics `impacts` links point at, in tree order; with a
/// duplicate id, the first node wins (as everywhere in the core).
fn coded_nodes(tree: &Tree) -> Vec<&Node> {
    let targets = impacts_targets(tree);
    let mut seen = HashSet::new();
    tree.nodes
        .iter()
        .filter(|node| {
            node.kind == NodeKind::BusinessKpi
                || (node.kind.is_metric() && targets.contains(&node.id))
        })
        .filter(|node| seen.insert(&node.id))
        .collect()
}

/// A colour the user chose: the node's own, else that of the first `impacts` link
/// to it with a colour (so that hand-coloured links and the legend agree).
fn fixed_color(tree: &Tree, node: &Node) -> Option<(Color, ColorSource)> {
    if let Some(color) = &node.color {
        return Some((color.clone(), ColorSource::Own));
    }
    tree.links
        .iter()
        .filter(|link| link.kind == LinkKind::Impacts && link.to == node.id)
        .find_map(|link| link.color.clone())
        .map(|color| (color, ColorSource::Link))
}

/// A node's fill: its own colour or its kind's.
fn fill(node: &Node) -> Option<Color> {
    Color::new(node.drawn_color()).ok()
}

fn palette() -> impl Iterator<Item = Color> {
    PALETTE.iter().filter_map(|hex| Color::new(hex).ok())
}

/// Hands out palette colours in order, skipping those too close to a colour already
/// taken; once none is left, it starts the whole palette again (a tree with more
/// KPIs than colours repeats colours rather than invent unsafe ones).
struct PaletteQueue {
    free: VecDeque<Color>,
    reused: usize,
}

impl PaletteQueue {
    fn new<'c>(taken: impl Iterator<Item = &'c Color>) -> PaletteQueue {
        let taken: Vec<[f64; 3]> = taken.map(lab).collect();
        let free = palette()
            .filter(|color| {
                let lab = lab(color);
                taken.iter().all(|other| delta_e(&lab, other) >= TOO_CLOSE)
            })
            .collect();
        PaletteQueue { free, reused: 0 }
    }

    fn next(&mut self) -> Color {
        if let Some(color) = self.free.pop_front() {
            return color;
        }
        let color = palette().nth(self.reused % PALETTE.len());
        self.reused += 1;
        color.unwrap_or_else(|| unreachable!("PALETTE holds only valid colours"))
    }
}

/// CIE76 colour difference: the distance between two CIELAB colours.
fn delta_e(a: &[f64; 3], b: &[f64; 3]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y).powi(2))
        .sum::<f64>()
        .sqrt()
}

/// An sRGB colour in CIELAB (D65 white), where distances follow what eyes see far
/// better than in RGB.
fn lab(color: &Color) -> [f64; 3] {
    let channel = |i: usize| {
        let byte = color
            .as_str()
            .get(i..i + 2)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .unwrap_or(0);
        let c = f64::from(byte) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let (r, g, b) = (channel(1), channel(3), channel(5));
    let x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    let y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    let z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    let f = |t: f64| {
        if t > 0.008856 {
            t.cbrt()
        } else {
            7.787 * t + 16.0 / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

#[cfg(test)]
pub(super) fn distance(a: &Color, b: &Color) -> f64 {
    delta_e(&lab(a), &lab(b))
}
