//! Twelve months of plausible history for the built-in trees, so that a first
//! start shows time and *Explain* at once (issue 16).
//!
//! The bundled interchange files stay as they are (version 1, no history), so
//! their SVG exports and round trips do not change; [`with_history`] adds the
//! months where a tree is created from a template.
//!
//! Invariants: the same tree gives the same history on every machine (no clock,
//! no random crate: a seed from the node's id drives [`Lcg`]); a node gets a
//! history only when it holds a value and has no formula (a formula is computed per
//! period from its drivers); the last month's value is the node's current `value`,
//! so the canvas shows the same number with or without the history; every value is
//! finite and has the sign of the current value.

use super::generated::Lcg;
use crate::formula::is_blank;
use crate::model::{Direction, Granularity, HistoryPoint, Node, Period, Tree};

/// How many months of history [`with_history`] gives a node.
pub const HISTORY_MONTHS: i32 = 12;

/// The last month of the sample history: the last whole month before the
/// templates' release (December 2026).
pub fn history_end() -> Period {
    Period::new(Granularity::Month, 2026, 11)
        .unwrap_or_else(|| unreachable!("November 2026 is a month"))
}

/// `tree` with [`HISTORY_MONTHS`] months of history, ending [`history_end`], on
/// every node that holds a value and has no formula; the tree counts in months.
/// A tree that already has any history is returned as it is.
///
/// Each history follows the metric's direction (a gentle monthly trend of 0.4 %
/// to 2.4 % towards today's value, flat without a direction) with up to ±2 % of
/// noise, rounded like the current value (whole numbers stay whole when there is
/// no unit; else at least three significant digits), rates kept within 100 %.
pub fn with_history(mut tree: Tree) -> Tree {
    if tree.nodes.iter().any(|node| !node.history.is_empty()) {
        return tree;
    }
    tree.period = Granularity::Month;
    for node in &mut tree.nodes {
        let value = node.value.filter(|value| value.is_finite());
        if let (Some(value), true) = (value, is_blank(node.formula.as_deref())) {
            node.history = history_of(node, value);
        }
    }
    tree
}

fn history_of(node: &Node, value: f64) -> Vec<HistoryPoint> {
    let mut random = Lcg(seed(node.id.as_str()));
    let step = (4 + random.next(21)) as f64 / 1000.0;
    let trend = match node.direction {
        Some(Direction::Up) => 1.0 + step,
        Some(Direction::Down) => 1.0 - step,
        None => 1.0,
    };
    let decimals = decimals(node, value);
    let ceiling = (node.unit.as_deref() == Some("%")).then_some(100.0);
    let end = history_end();
    (0..HISTORY_MONTHS)
        .rev()
        .filter_map(|months_before| {
            let period = end.offset(-months_before)?;
            let value = if months_before == 0 {
                value
            } else {
                let noise = 1.0 + (random.next(4001) as f64 - 2000.0) / 100_000.0;
                let raw = value / trend.powi(months_before) * noise;
                let rounded = round(raw, decimals);
                ceiling.map_or(rounded, |ceiling| rounded.min(ceiling))
            };
            Some(HistoryPoint { period, value })
        })
        .collect()
}

/// How many decimals a node's past values get: none for a whole count without a
/// unit; else as many as the current value shows, and at least enough for three
/// significant digits (at most 4).
fn decimals(node: &Node, value: f64) -> i32 {
    if value.fract() == 0.0 && node.unit.is_none() {
        return 0;
    }
    let shown = value
        .to_string()
        .split_once('.')
        .map_or(0, |(_, fraction)| fraction.len() as i32);
    let significant = if value == 0.0 {
        0
    } else {
        2 - value.abs().log10().floor() as i32
    };
    shown.max(significant).clamp(0, 4)
}

/// `value` rounded to `decimals` places: an integer divided by a power of ten, the
/// `f64` nearest the decimal number, so that it prints as that number.
fn round(value: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (value * scale).round() / scale
}

/// FNV-1a of the id: a seed that depends on the node alone, not on its position.
fn seed(id: &str) -> u64 {
    id.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::Template;
    use crate::values::{read_values_csv, values_csv};

    #[test]
    fn every_leaf_with_a_value_gets_twelve_months_ending_today_s_value() {
        let first = history_end().offset(1 - HISTORY_MONTHS).unwrap();
        assert_eq!(first.to_string(), "2025-12");
        for template in Template::ALL {
            let plain = template.tree();
            let tree = with_history(plain.clone());
            assert_eq!(tree.period, Granularity::Month);
            let mut with = 0;
            for (node, before) in tree.nodes.iter().zip(&plain.nodes) {
                assert_eq!(node.value, before.value, "{}", node.id);
                let leaf = node.value.is_some() && is_blank(node.formula.as_deref());
                if !leaf {
                    assert!(node.history.is_empty(), "{}", node.id);
                    continue;
                }
                with += 1;
                let periods: Vec<String> =
                    node.history.iter().map(|h| h.period.to_string()).collect();
                assert_eq!(periods.len(), 12, "{}", node.id);
                assert_eq!(periods[0], "2025-12");
                assert_eq!(periods[11], "2026-11");
                assert!(node.history.windows(2).all(|w| w[0].period < w[1].period));
                assert_eq!(node.history[11].value, node.value.unwrap(), "{}", node.id);
                for point in &node.history {
                    // Every template's metric is a count, an amount or a rate.
                    assert!(point.value.is_finite() && point.value > 0.0, "{}", node.id);
                    if node.unit.as_deref() == Some("%") {
                        assert!(point.value <= 100.0, "{}", node.id);
                    }
                }
                let (oldest, latest) = (node.history[0].value, node.history[11].value);
                match node.direction {
                    Some(Direction::Up) => assert!(oldest <= latest, "{}", node.id),
                    Some(Direction::Down) => assert!(oldest >= latest, "{}", node.id),
                    None => {}
                }
            }
            assert!(with >= 5, "{}: {with} nodes with history", template.slug());
        }
    }

    #[test]
    fn histories_are_deterministic_and_added_once() {
        for template in Template::ALL {
            let once = with_history(template.tree());
            assert_eq!(once, with_history(template.tree()));
            assert_eq!(with_history(once.clone()), once);
        }
        // The bundled files stay without history: their exports do not change.
        assert!(Template::ALL
            .iter()
            .all(|t| t.tree().nodes.iter().all(|n| n.history.is_empty())));
    }

    #[test]
    fn whole_counts_stay_whole_and_amounts_keep_three_digits() {
        let tree = with_history(Template::SaasArr.tree());
        let customers = tree
            .nodes
            .iter()
            .find(|n| n.id.as_str() == "paying_customers");
        let customers = customers.unwrap();
        assert!(customers.history.iter().all(|h| h.value.fract() == 0.0));
        let csat = tree.nodes.iter().find(|n| n.id.as_str() == "csat").unwrap();
        assert!(csat.history.iter().all(|h| round(h.value, 2) == h.value));
        assert!(csat.history.iter().any(|h| round(h.value, 1) != h.value));
    }

    #[test]
    fn sample_histories_survive_the_values_csv() {
        for template in Template::ALL {
            let tree = with_history(template.tree());
            let csv = values_csv(&tree);
            let table = read_values_csv(csv.as_bytes(), "sample.csv", &tree).unwrap();
            let count: usize = tree.nodes.iter().map(|n| n.history.len()).sum();
            assert_eq!(table.value_count(), count);
            for cell in &table.cells {
                let node = tree.node(&cell.node).unwrap();
                assert_eq!(cell.value, node.value_in(cell.period));
            }
        }
    }
}
