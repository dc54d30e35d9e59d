//! The link strength summary: for each KPI, how many bets (`impacts` links) point at
//! it, by strength.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::colors::{ColorCodes, KpiColor};
use super::reach::Reach;
use crate::model::{Color, Link, LinkKind, NodeId, Strength, Tree};

/// The bets on one KPI (a coded node: see [`super::ColorCodes`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct StrengthSummary {
    pub kpi: NodeId,
    /// The KPI's colour code, for a swatch next to the counts.
    pub color: Color,
    pub strong: u32,
    pub medium: u32,
    pub weak: u32,
    /// `impacts` links with no strength set.
    pub unrated: u32,
    /// The sources of those links, in link order, each once: what the UI reveals.
    pub bets: Vec<NodeId>,
}

impl StrengthSummary {
    /// How many `impacts` links point at the KPI.
    pub fn total(&self) -> u32 {
        self.strong + self.medium + self.weak + self.unrated
    }
}

impl std::fmt::Display for StrengthSummary {
    /// One line of `kpitree check`:
    /// `alignment: node "churned" (#e63946): bets 1 strong, 1 medium, 0 weak`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "alignment: node \"{}\" ({}): ",
            self.kpi,
            self.color.as_str()
        )?;
        if self.total() == 0 {
            return f.write_str("no bets");
        }
        write!(
            f,
            "bets {} strong, {} medium, {} weak",
            self.strong, self.medium, self.weak
        )?;
        if self.unrated > 0 {
            write!(f, ", {} without a strength", self.unrated)?;
        }
        Ok(())
    }
}

/// One summary per coded node, in the order of `codes` (the tree's order).
pub(super) fn summaries(tree: &Tree, codes: &ColorCodes) -> Vec<StrengthSummary> {
    let reach = Reach::new(tree);
    let mut bets: HashMap<&NodeId, Vec<&Link>> = HashMap::new();
    for link in reach.links(tree, LinkKind::Impacts) {
        bets.entry(&link.to).or_default().push(link);
    }
    codes
        .kpis
        .iter()
        .map(|kpi| summary(kpi, bets.get(&kpi.id).map_or(&[][..], Vec::as_slice)))
        .collect()
}

fn summary(kpi: &KpiColor, links: &[&Link]) -> StrengthSummary {
    let mut summary = StrengthSummary {
        kpi: kpi.id.clone(),
        color: kpi.color.clone(),
        strong: 0,
        medium: 0,
        weak: 0,
        unrated: 0,
        bets: Vec::new(),
    };
    for link in links {
        let counter = match link.strength {
            Some(Strength::Strong) => &mut summary.strong,
            Some(Strength::Medium) => &mut summary.medium,
            Some(Strength::Weak) => &mut summary.weak,
            None => &mut summary.unrated,
        };
        *counter += 1;
        if !summary.bets.contains(&link.from) {
            summary.bets.push(link.from.clone());
        }
    }
    summary
}
