//! The colour codes (issue #6) as the export draws them: the colour of each
//! `impacts` link, the chips on the cards and the legend's rows, all from
//! [`crate::alignment::ColorCodes`], so that the export, the canvas and
//! `kpitree check` tell the same story. Looked up in maps built once per export
//! (an export draws every link and card of trees of thousands of nodes).

use std::collections::{BTreeMap, HashMap};

use crate::alignment::{ColorCodes, KpiColor};
use crate::model::look::code_dash;
use crate::model::{Color, Link, Node, NodeId, NodeKind, Tree};

pub(super) struct ExportCodes<'t> {
    codes: &'t ColorCodes,
    /// Each coded KPI's colour.
    kpi: HashMap<&'t NodeId, &'t Color>,
    /// Each card's chips (see [`ColorCodes::card_chips`]).
    chips: BTreeMap<NodeId, Vec<Color>>,
    /// The coded KPIs that `impacts` links point at, in the tree's order: the
    /// legend (a code that no link is drawn in would only crowd it).
    legend: Vec<&'t KpiColor>,
}

impl<'t> ExportCodes<'t> {
    pub(super) fn new(tree: &'t Tree, codes: &'t ColorCodes) -> ExportCodes<'t> {
        let chips = codes.card_chips(tree);
        let kpi: HashMap<&NodeId, &Color> =
            codes.kpis.iter().map(|kpi| (&kpi.id, &kpi.color)).collect();
        let legend = codes.pointed_at(tree).collect();
        ExportCodes {
            codes,
            kpi,
            chips,
            legend,
        }
    }

    /// The colour an `impacts` link is drawn in: its own (unless it is another
    /// KPI's code, see [`ColorCodes::link`]), else its target's code, else its
    /// target's fill.
    pub(super) fn impacts_color(&self, link: &Link, target: Option<&Node>) -> String {
        if let Some(color) = self.codes.own_color(link) {
            return color.as_str().to_owned();
        }
        if let Some(code) = self.kpi.get(&link.to) {
            return code.as_str().to_owned();
        }
        target
            .map_or(NodeKind::BusinessKpi.default_color(), Node::drawn_color)
            .to_owned()
    }

    /// The dashes of an `impacts` link ([`code_dash`] of [`ColorCodes::dash`]): its
    /// KPI's code's, the kind's own for a link drawn in a colour of its own.
    pub(super) fn impacts_dash(&self, link: &Link) -> String {
        code_dash(self.codes.dash(link))
    }

    /// The chips of node `id`, left to right.
    pub(super) fn chips(&self, id: &NodeId) -> &[Color] {
        self.chips.get(id).map_or(&[], Vec::as_slice)
    }

    /// The legend's colour codes: each KPI that links point at, with its colour and
    /// dash variant.
    pub(super) fn legend(&self) -> impl Iterator<Item = (&'t NodeId, &'t Color, u32)> + '_ {
        self.legend
            .iter()
            .map(|kpi| (&kpi.id, &kpi.color, kpi.dash))
    }
}
