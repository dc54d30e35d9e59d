//! The colour codes: which colour stands for which KPI, the colour of each link, and
//! the chips of an initiative. See the module documentation for the rules.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::look::CODE_COLORS;
use crate::model::{Color, Link, LinkKind, Node, NodeId, NodeKind, Tree};

/// The colours automatic codes are given from, in order: the Okabe–Ito set, then
/// Paul Tol's muted set (see [`crate::model::look::CODE_COLORS`], where both are
/// described and cited).
pub const PALETTE: [&str; CODE_COLORS.len()] = {
    let mut hexes = [""; CODE_COLORS.len()];
    let mut i = 0;
    while i < hexes.len() {
        hexes[i] = CODE_COLORS[i].color;
        i += 1;
    }
    hexes
};

/// A palette colour closer than this (CIE76 ΔE) to a colour a tree already uses
/// explicitly is skipped: the first set's own closest pair (blue and sky blue) is
/// 26 apart, so anything nearer would be the weakest pair of the legend; every
/// colour of the second set is at least 21 from each of the first.
const TOO_CLOSE: f64 = 20.0;

/// An automatic colour code: a colour of [`PALETTE`] and, for the links that wear
/// it, a dash variant ([`crate::model::look::code_dash`]; 0 is the `impacts`
/// kind's own dash). No two KPIs with bets share one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Code {
    pub color: Color,
    #[serde(default)]
    pub dash: u32,
}

/// The automatic codes a tree's KPIs were shown in, by node: what the store
/// remembers of each tree (`workspace::settings::color_codes`) so that a code, once
/// shown, stays put. [`ColorCodes::memory`] gives the next one to keep.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CodeMemory(pub BTreeMap<NodeId, Code>);

/// Where a KPI's colour comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ColorSource {
    /// The node's own `color` field.
    Own,
    /// The colour of the first `impacts` link to the node that has one of its own.
    Link,
    /// Given automatically from [`PALETTE`] (and remembered: see [`CodeMemory`]).
    Palette,
}

/// The colour code of one KPI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct KpiColor {
    pub id: NodeId,
    pub color: Color,
    pub source: ColorSource,
    /// The dash variant of the `impacts` links that wear the code
    /// ([`crate::model::look::code_dash`]): 0 but for automatic codes given once
    /// every colour of [`PALETTE`] is taken.
    pub dash: u32,
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
    /// The colour codes of `tree`, keeping the automatic codes of `memory` (the
    /// codes shown before) where they are still free; see the module documentation
    /// for the rules.
    pub fn new(tree: &Tree, memory: &CodeMemory) -> ColorCodes {
        let mut codes = ColorCodes {
            kpis: kpi_codes(tree, memory),
            chips: Vec::new(),
        };
        codes.chips = node_chips(tree, &codes);
        codes
    }

    /// The automatic codes given, to remember for the next time (nodes whose colour
    /// is their own or a link's have none: they drop what was remembered).
    pub fn memory(&self) -> CodeMemory {
        CodeMemory(
            self.kpis
                .iter()
                .filter(|kpi| kpi.source == ColorSource::Palette)
                .map(|kpi| {
                    let code = Code {
                        color: kpi.color.clone(),
                        dash: kpi.dash,
                    };
                    (kpi.id.clone(), code)
                })
                .collect(),
        )
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
    ///
    /// An `impacts` link's own colour that is another KPI's code (its own colour, or
    /// taken from its links: ΔE under 20) would say the link moves that KPI: such a
    /// link wears its target's code instead (codes stay apart; the link keeps its
    /// field, which the inspector shows).
    pub fn link(&self, tree: &Tree, link: &Link) -> Option<Color> {
        if let Some(color) = self.own_color(link) {
            return Some(color.clone());
        }
        if link.kind != LinkKind::Impacts {
            return None;
        }
        self.color(&link.to)
            .cloned()
            .or_else(|| tree.node(&link.to).and_then(fill))
    }

    /// The colour of its own that `link` is drawn in, if any (see [`ColorCodes::link`]).
    pub fn own_color<'l>(&self, link: &'l Link) -> Option<&'l Color> {
        let color = link.color.as_ref()?;
        if link.kind != LinkKind::Impacts {
            return Some(color);
        }
        let claimed = self.kpis.iter().any(|kpi| {
            kpi.source != ColorSource::Palette
                && kpi.id != link.to
                && distance(&kpi.color, color) < TOO_CLOSE
        });
        (!claimed).then_some(color)
    }

    /// The dash variant `link` is drawn with ([`crate::model::look::code_dash`]):
    /// for an `impacts` link without a colour of its own, its KPI's; else 0.
    pub fn dash(&self, link: &Link) -> u32 {
        if link.kind != LinkKind::Impacts || self.own_color(link).is_some() {
            return 0;
        }
        self.kpis
            .iter()
            .find(|kpi| kpi.id == link.to)
            .map_or(0, |kpi| kpi.dash)
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

/// Each coded node's colour, by id, with nothing remembered (see
/// [`ColorCodes::new`]).
pub fn kpi_colors(tree: &Tree) -> BTreeMap<NodeId, Color> {
    ColorCodes::new(tree, &CodeMemory::default())
        .kpis
        .into_iter()
        .map(|kpi| (kpi.id, kpi.color))
        .collect()
}

/// The colour `link` is drawn in, with nothing remembered (see
/// [`ColorCodes::link`]). To colour many links, build the [`ColorCodes`] once.
pub fn link_color(tree: &Tree, link: &Link) -> Option<Color> {
    ColorCodes::new(tree, &CodeMemory::default()).link(tree, link)
}

/// The chips of node `id`, with nothing remembered (see [`ColorCodes::chips`]).
pub fn chips(tree: &Tree, id: &NodeId) -> Vec<Color> {
    ColorCodes::new(tree, &CodeMemory::default())
        .chips(id)
        .to_vec()
}

/// The colour of each coded node: fixed by the user, else its remembered code while
/// that is still free, else the first free code. Nodes with bets come first, so
/// that the codes drawn on links get the first colours and keep theirs.
fn kpi_codes(tree: &Tree, memory: &CodeMemory) -> Vec<KpiColor> {
    let coded = coded_nodes(tree);
    let targets = impacts_targets(tree);
    let fixed = fixed_colors(tree, &coded);
    let mut book = CodeBook::new(fixed.iter().flatten().map(|(color, _)| color));
    let automatic = |bet_on: bool| {
        let (coded, fixed, targets) = (&coded, &fixed, &targets);
        (0..coded.len())
            .filter(move |&i| fixed[i].is_none() && targets.contains(&coded[i].id) == bet_on)
    };
    let order: Vec<usize> = automatic(true).chain(automatic(false)).collect();
    let mut codes: Vec<Option<Code>> = vec![None; coded.len()];
    for &i in &order {
        codes[i] = memory
            .0
            .get(&coded[i].id)
            .filter(|code| book.take(code))
            .cloned();
    }
    for &i in &order {
        if codes[i].is_none() {
            codes[i] = Some(book.next());
        }
    }
    coded
        .into_iter()
        .zip(fixed.into_iter().zip(codes))
        .map(|(node, fixed)| {
            let (color, source, dash) = match fixed {
                (Some((color, source)), _) => (color, source, 0),
                (None, Some(code)) => (code.color, ColorSource::Palette, code.dash),
                (None, None) => unreachable!("every automatic node was given a code"),
            };
            KpiColor {
                id: node.id.clone(),
                color,
                source,
                dash,
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

/// The colours the user chose for `coded`: a node's own, else that of the first
/// `impacts` link to it with a colour (so that hand-coloured links and the legend
/// agree) that is not already another node's (ΔE under 20 from a node's own
/// colour, or from a colour taken from links to a node before it).
fn fixed_colors(tree: &Tree, coded: &[&Node]) -> Vec<Option<(Color, ColorSource)>> {
    let mut claimed: Vec<(&NodeId, [f64; 3])> = coded
        .iter()
        .filter_map(|node| Some((&node.id, lab(node.color.as_ref()?))))
        .collect();
    coded
        .iter()
        .map(|node| {
            if let Some(color) = &node.color {
                return Some((color.clone(), ColorSource::Own));
            }
            let free = |color: &Color| {
                let lab = lab(color);
                claimed
                    .iter()
                    .all(|(id, other)| *id == &node.id || delta_e(&lab, other) >= TOO_CLOSE)
            };
            let color = tree
                .links
                .iter()
                .filter(|link| link.kind == LinkKind::Impacts && link.to == node.id)
                .find_map(|link| link.color.clone().filter(|color| free(color)))?;
            claimed.push((&node.id, lab(&color)));
            Some((color, ColorSource::Link))
        })
        .collect()
}

/// A node's fill: its own colour or its kind's.
fn fill(node: &Node) -> Option<Color> {
    Color::new(node.drawn_color()).ok()
}

/// The codes handed out so far. A code is free when no other node has it and, for
/// one drawn with the kind's own dash (variant 0), when its colour is not too
/// close to a colour the user chose (drawn with that dash too).
struct CodeBook {
    chosen: Vec<[f64; 3]>,
    taken: HashSet<Code>,
}

impl CodeBook {
    fn new<'c>(chosen: impl Iterator<Item = &'c Color>) -> CodeBook {
        CodeBook {
            chosen: chosen.map(lab).collect(),
            taken: HashSet::new(),
        }
    }

    /// Takes `code` when it is free; says whether it was.
    fn take(&mut self, code: &Code) -> bool {
        if code.dash == 0 {
            let lab = lab(&code.color);
            if self.chosen.iter().any(|c| delta_e(&lab, c) < TOO_CLOSE) {
                return false;
            }
        }
        self.taken.insert(code.clone())
    }

    /// The first free code: each palette colour in order with the kind's dash, then
    /// each with the next dash variant, and so on (never two alike, at any count).
    fn next(&mut self) -> Code {
        for dash in 0.. {
            for hex in PALETTE {
                let Ok(color) = Color::new(hex) else { continue };
                let code = Code { color, dash };
                if self.take(&code) {
                    return code;
                }
            }
        }
        unreachable!("a tree has fewer KPIs than dash variants")
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

/// The CIE76 distance between two colours.
pub(super) fn distance(a: &Color, b: &Color) -> f64 {
    delta_e(&lab(a), &lab(b))
}
