//! Alignment (issue #6): which product work moves which business KPI, as colour
//! codes and as findings. Pure functions over a [`Tree`], shared by `kpitree check`,
//! the SVG legend and the editor's alignment panel.
//!
//! # Colour codes ([`ColorCodes`])
//!
//! - The coded nodes are every business KPI and every metric an `impacts` link
//!   points at, in the tree's order.
//! - A coded node's colour is, first found: its own `color` field; else the colour
//!   of the first `impacts` link to it that has one (so a tree whose links were
//!   coloured by hand gets a legend that agrees with them); else the next colour of
//!   [`PALETTE`], Okabe–Ito, safe for colour-blind readers.
//! - Palette colours are handed out in tree order, skipping any colour that the
//!   first two rules already use or come close to (CIE76 ΔE under 20), so that
//!   automatic codes stay distinct from the user's. Past the palette's seven
//!   colours, it starts again: colours then repeat, and the legend names each KPI.
//! - Same tree, same colours: nothing depends on hashing or time.
//! - An `impacts` link is drawn in its own colour, else in its target's code.
//!   An initiative (any node with `impacts` links) shows a chip of each colour its
//!   links are drawn in.
//!
//! # Findings ([`Finding`]), all warnings
//!
//! `drives` and `impacts` links both say "this moves that"; a path is a chain of
//! them, followed from the mover to the moved. `guards` links are not paths.
//!
//! - [`FindingKind::UnlinkedWork`]: an initiative or strategic intent from which
//!   no path leads to a metric: work that moves nothing measured.
//! - [`FindingKind::NoLever`]: a business KPI to which no path leads from an
//!   initiative or a product metric: nothing the product does moves it.
//! - [`FindingKind::NoTripwire`]: a metric that `impacts` links push and that no
//!   `guards` link points at directly (a guard on another metric does not watch
//!   this one). The finding names the pushing nodes too.
//! - [`FindingKind::GuardsNothing`]: a health metric with no `guards` link.
//!
//! Findings come by kind in that order, then in the tree's order of nodes. Dangling
//! and self links and duplicate ids (errors of [`crate::validate`]) never make the
//! analysis fail: they are ignored, the first node with an id wins, and cycles end
//! the walks like any visited node.
//!
//! # Strength summary ([`StrengthSummary`])
//!
//! For each coded node, how many `impacts` links point at it, by strength (links
//! with no strength are counted apart), and which nodes they start from.

mod colors;
mod findings;
mod reach;
mod strength;

pub use colors::{
    chips, impacts_targets, kpi_colors, link_color, Chips, ColorCodes, ColorSource, KpiColor,
    PALETTE,
};
pub use findings::{Finding, FindingKind};
pub use strength::StrengthSummary;

use serde::{Deserialize, Serialize};

use crate::model::Tree;

/// Everything the alignment analysis says about a tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Alignment {
    /// The colour codes: each KPI's colour, and each initiative's chips.
    pub colors: ColorCodes,
    /// By kind, then in the tree's order of nodes.
    pub findings: Vec<Finding>,
    /// One per coded node, in the order of `colors.kpis`.
    pub strength: Vec<StrengthSummary>,
}

/// The alignment analysis of `tree`. Never fails and never panics, whatever the tree.
pub fn analyse(tree: &Tree) -> Alignment {
    let colors = ColorCodes::new(tree);
    let strength = strength::summaries(tree, &colors);
    Alignment {
        findings: findings::findings(tree),
        strength,
        colors,
    }
}

#[cfg(test)]
mod tests;
