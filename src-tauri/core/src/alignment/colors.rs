//! The colour codes: which colour stands for which KPI, the colour of each link, and
//! the chips of an initiative. See the module documentation for the rules. How the
//! codes are handed out is in `colors/codes.rs`.

mod codes;

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::look::CODE_COLORS;
use crate::model::{Color, Link, LinkKind, NodeId, Tree};

pub(super) use codes::distance;
use codes::{fill, kpi_codes, TOO_CLOSE};

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
