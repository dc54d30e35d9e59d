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
//!   coloured by hand gets a legend that agrees with them); else an automatic code.
//! - An automatic code is a colour of [`PALETTE`] (Okabe–Ito, then Paul Tol's muted
//!   set, both safe for colour-blind readers) with a dash variant for the `impacts`
//!   links that wear it ([`crate::model::look::code_dash`]). Codes stay apart: no
//!   two nodes share one (ΔE under 20 from a colour of the first two rules counts as
//!   shared for the kind's own dash); once every colour is taken, the next codes
//!   take the colours again with the next dash variant, at any count.
//! - Codes stay put: [`analyse`] takes the codes shown before ([`CodeMemory`],
//!   which the store keeps per tree and the window and the export extend with
//!   [`ColorCodes::memory`]); a node keeps its remembered code while no node with
//!   a colour of its own (or a remembered code kept first) has it. Only nodes with
//!   no code yet are given one: the first free code, nodes with bets (an `impacts`
//!   link points at them) first, then the others, each in the tree's order. So
//!   recolouring a KPI, adding or removing bets, reordering or adding nodes leaves
//!   the other codes alone. A node removed, or given a colour of its own, is left
//!   out of the next memory: its code is free again.
//! - Same tree and memory, same colours: nothing depends on hashing or time.
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
    chips, impacts_targets, kpi_colors, link_color, Chips, Code, CodeMemory, ColorCodes,
    ColorSource, KpiColor, PALETTE,
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

/// The alignment analysis of `tree`, keeping the colour codes of `memory` (the codes
/// shown before; empty for a tree never shown). Never fails and never panics,
/// whatever the tree and the memory.
pub fn analyse(tree: &Tree, memory: &CodeMemory) -> Alignment {
    let colors = ColorCodes::new(tree, memory);
    let strength = strength::summaries(tree, &colors);
    Alignment {
        findings: findings::findings(tree),
        strength,
        colors,
    }
}

#[cfg(test)]
mod tests;
