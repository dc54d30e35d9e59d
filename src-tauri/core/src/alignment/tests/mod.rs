//! Tests of the alignment analysis: the [`colors`] codes of KPIs, links and cards,
//! the codes that stay put and apart ([`memory`]), and the [`findings`] and bet
//! strength it reports. The trees come from
//! [`crate::test_trees`]; [`aligned`] is the well-aligned tree most tests break.

use super::PALETTE;
use crate::model::{Color, Link, LinkKind, Node, NodeKind, Strength, Tree};
use crate::test_trees::{link, TreeBuilder};

mod colors;
mod findings;
mod memory;

fn color(text: &str) -> Color {
    Color::new(text).unwrap()
}

fn bet(from: &str, to: &str, strength: Option<Strength>) -> Link {
    Link {
        strength,
        ..link(LinkKind::Impacts, from, to)
    }
}

/// A well-aligned tree: two initiatives under an intent drive activation and bet on
/// churn, which a health metric guards.
fn aligned() -> Tree {
    use LinkKind::*;
    use NodeKind::*;
    TreeBuilder::new("Alignment test")
        .nodes(&[
            ("growth", NorthStar),
            ("revenue", BusinessKpi),
            ("churn", BusinessKpi),
            ("activation", ProductMetric),
            ("ux", StrategicIntent),
            ("fast", Initiative),
            ("onboarding", Initiative),
            ("errors", HealthMetric),
        ])
        .links(&[
            ("revenue", "growth", Drives),
            ("churn", "revenue", Drives),
            ("activation", "revenue", Drives),
            ("ux", "activation", Drives),
            ("fast", "ux", Drives),
            ("onboarding", "ux", Drives),
        ])
        .link(bet("fast", "churn", Some(Strength::Strong)))
        .link(bet("onboarding", "churn", Some(Strength::Weak)))
        .links(&[("errors", "churn", Guards)])
        .build()
}

fn palette(i: usize) -> Color {
    color(PALETTE[i])
}

fn node_mut<'t>(tree: &'t mut Tree, name: &str) -> &'t mut Node {
    tree.nodes
        .iter_mut()
        .find(|n| n.id.as_str() == name)
        .unwrap()
}
