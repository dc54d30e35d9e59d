//! The bridge (waterfall) chart of a change explained (SPEC 9), as data: its title,
//! its summary line and its rows, written once here for every drawing of it (the
//! SVG export, `svg/bridge.rs`; the window's *What moved* panel and present mode's
//! step, `ui/src/time/BridgeChart.tsx`).
//!
//! Invariants:
//! - the rows run from the node's total in the first period, through each leaf's
//!   contribution largest first (at most [`BARS_SHOWN`], the rest grouped as
//!   "N others"), to its total in the second period; each step starts where the
//!   one before ended (`from` of row i+1 = `to` of row i, totals excepted);
//! - a step is *good* when it moves the node the way its direction wants (up
//!   unless the node's direction is down), *bad* otherwise; leaves whose
//!   contribution is 0 (or not a number) are not drawn;
//! - the two totals are written with the decimals that tell them apart, so a
//!   change never reads "from €1.2M to €1.2M".

use serde::{Deserialize, Serialize};

use super::format::{format_period, format_signed, format_values_apart};
use crate::analysis::Explanation;
use crate::model::{Direction, NodeId, Tree};

/// Contributions shown one by one; the rest make one "others" bar.
pub const BARS_SHOWN: usize = 6;

/// What a bar of the bridge is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum BridgeKind {
    /// The node's value in the first or the last period.
    Total,
    /// A step the way the node's direction wants.
    Good,
    /// A step against it.
    Bad,
    /// The contributions past the first [`BARS_SHOWN`], together.
    Others,
}

/// One bar of the bridge.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BridgeRow {
    /// `start`, `end`, `others`, or the leaf's id.
    pub key: String,
    /// The period (totals), the leaf's name, or "3 others".
    pub label: String,
    /// Where the bar starts and ends on the value axis.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub from: f64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub to: f64,
    pub kind: BridgeKind,
    /// The leaves the bar stands for (none for a total).
    pub nodes: Vec<NodeId>,
    /// The bar's figure as written: the total (`€1.25M`) or the signed step
    /// (`+€32.9K`, `−€2K`).
    pub amount: String,
}

/// The whole chart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Bridge {
    /// `Annual recurring revenue: Apr 2026 → May 2026`.
    pub title: String,
    /// `+€94.2K (+8.2 %), from €1.15M to €1.25M`.
    pub summary: String,
    pub rows: Vec<BridgeRow>,
}

/// The bridge of `explanation`, a change of a node of `tree`.
pub fn bridge(explanation: &Explanation, tree: &Tree) -> Bridge {
    let node = tree.node(&explanation.node);
    let unit = node.and_then(|n| n.unit.as_deref());
    let up_is_good = node.and_then(|n| n.direction) != Some(Direction::Down);
    let name = |id: &NodeId| {
        tree.node(id)
            .map_or_else(|| id.to_string(), |n| n.name.clone())
    };
    let (from, to) = (
        format_period(explanation.from),
        format_period(explanation.to),
    );
    let totals = format_values_apart(&[explanation.before, explanation.after], unit);
    let (before, after) = (totals[0].clone(), totals[1].clone());

    let mut rows = vec![BridgeRow {
        key: "start".to_owned(),
        label: from.clone(),
        from: 0.0,
        to: explanation.before,
        kind: BridgeKind::Total,
        nodes: Vec::new(),
        amount: before.clone(),
    }];
    let mut running = explanation.before;
    let mut step = |key: String, label: String, amount: f64, kind, nodes| {
        rows.push(BridgeRow {
            key,
            label,
            from: running,
            to: running + amount,
            kind,
            nodes,
            amount: format_signed(amount, unit),
        });
        running += amount;
    };
    let moved: Vec<_> = explanation
        .contributions
        .iter()
        .filter(|part| part.contribution != 0.0 && part.contribution.is_finite())
        .collect();
    for part in moved.iter().take(BARS_SHOWN) {
        let kind = if (part.contribution > 0.0) == up_is_good {
            BridgeKind::Good
        } else {
            BridgeKind::Bad
        };
        let nodes = vec![part.node.clone()];
        step(
            part.node.to_string(),
            name(&part.node),
            part.contribution,
            kind,
            nodes,
        );
    }
    let rest = &moved[moved.len().min(BARS_SHOWN)..];
    if !rest.is_empty() {
        let sum = rest.iter().map(|part| part.contribution).sum();
        let plural = if rest.len() == 1 { "" } else { "s" };
        let nodes = rest.iter().map(|part| part.node.clone()).collect();
        let label = format!("{} other{plural}", rest.len());
        step("others".to_owned(), label, sum, BridgeKind::Others, nodes);
    }
    rows.push(BridgeRow {
        key: "end".to_owned(),
        label: to.clone(),
        from: 0.0,
        to: explanation.after,
        kind: BridgeKind::Total,
        nodes: Vec::new(),
        amount: after.clone(),
    });

    let node_name = name(&explanation.node);
    let ratio = if explanation.before != 0.0 {
        let percent = explanation.change / explanation.before.abs() * 100.0;
        format!(" ({}{:.1} %)", sign(percent), percent.abs())
    } else {
        String::new()
    };
    Bridge {
        title: format!("{node_name}: {from} → {to}"),
        summary: format!(
            "{}{ratio}, from {before} to {after}",
            format_signed(explanation.change, unit)
        ),
        rows,
    }
}

/// `+` or the minus sign.
fn sign(value: f64) -> &'static str {
    if value < 0.0 {
        "\u{2212}"
    } else {
        "+"
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Contribution;
    use crate::model::{Granularity, Period};
    use crate::test_trees::kpi_tree;

    fn explanation(parts: &[(&str, f64)]) -> Explanation {
        let change: f64 = parts.iter().map(|(_, amount)| amount).sum();
        let month = |n| Period::new(Granularity::Month, 2026, n).unwrap();
        Explanation {
            node: NodeId::new("top").unwrap(),
            from: month(10),
            to: month(11),
            before: 1_000.0,
            after: 1_000.0 + change,
            change,
            residual: 0.0,
            contributions: parts
                .iter()
                .map(|&(id, contribution)| Contribution {
                    node: NodeId::new(id).unwrap(),
                    before: 1.0,
                    after: 2.0,
                    contribution,
                    share: Some(contribution / change),
                })
                .collect(),
        }
    }

    fn tree(direction: Option<Direction>) -> Tree {
        let mut tree = kpi_tree(
            &["top:a + b + c", "a", "b", "c"],
            &["a>top", "b>top", "c>top"],
        );
        tree.nodes[0].direction = direction;
        tree.nodes[1].name = "Customers".to_owned();
        tree
    }

    #[test]
    fn the_rows_walk_from_the_first_total_to_the_last() {
        let chart = bridge(&explanation(&[("a", 30.0), ("b", -10.0)]), &tree(None));
        let walk: Vec<_> = chart
            .rows
            .iter()
            .map(|r| (r.key.as_str(), r.label.as_str(), r.from, r.to, r.kind))
            .collect();
        assert_eq!(
            walk,
            [
                ("start", "Oct 2026", 0.0, 1_000.0, BridgeKind::Total),
                ("a", "Customers", 1_000.0, 1_030.0, BridgeKind::Good),
                ("b", "b", 1_030.0, 1_020.0, BridgeKind::Bad),
                ("end", "Nov 2026", 0.0, 1_020.0, BridgeKind::Total),
            ]
        );
        assert_eq!(chart.rows[2].amount, "\u{2212}10");
        assert_eq!(chart.title, "top: Oct 2026 → Nov 2026");
        assert_eq!(chart.summary, "+20 (+2.0 %), from 1K to 1.02K");
    }

    #[test]
    fn a_node_that_should_go_down_makes_a_rise_bad() {
        let chart = bridge(&explanation(&[("a", 30.0)]), &tree(Some(Direction::Down)));
        assert_eq!(chart.rows[1].kind, BridgeKind::Bad);
    }

    #[test]
    fn past_the_first_bars_the_rest_are_one_and_zeros_are_not_drawn() {
        let parts: Vec<(String, f64)> = (0..9)
            .map(|i| (format!("n{i}"), 9.0 - f64::from(i)))
            .collect();
        let mut parts: Vec<(&str, f64)> = parts.iter().map(|(id, v)| (id.as_str(), *v)).collect();
        parts.push(("zero", 0.0));
        let chart = bridge(&explanation(&parts), &tree(None));
        assert_eq!(chart.rows.len(), 1 + BARS_SHOWN + 1 + 1);
        let others = &chart.rows[BARS_SHOWN + 1];
        assert_eq!(
            (others.key.as_str(), others.label.as_str()),
            ("others", "3 others")
        );
        assert_eq!(
            (others.amount.as_str(), others.kind),
            ("+6", BridgeKind::Others)
        );
        assert_eq!(others.nodes.len(), 3);
        assert!(chart.rows.iter().all(|row| row.key != "zero"));
    }
}
