//! Reading a node's `history` (version 2, SPEC 8): `[{"period": "2026-01",
//! "value": 1200}, …]`, periods of the tree's granularity, ascending, each once,
//! values finite numbers. Points are numbered from 1 in messages, as nodes and
//! links are: `"history[2].period"` is the second point's period.

use super::fields::{type_name, Fields};
use crate::model::{Granularity, HistoryPoint, Period};

/// The fields of a history point, in the order `write` writes them.
const POINT_FIELDS: &[&str] = &["period", "value"];

/// The history of the node whose fields `f` reads; points with a problem are
/// reported and left out.
pub(super) fn read_history(f: &mut Fields, granularity: Granularity) -> Vec<HistoryPoint> {
    let Some(items) = f.list("history", false) else {
        return Vec::new();
    };
    let mut history: Vec<HistoryPoint> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let prefix = format!("history[{}].", i + 1);
        let Some(map) = item.as_object() else {
            let detail = format!(
                "\"history[{}]\" must be an object {{\"period\", \"value\"}}, not {}",
                i + 1,
                type_name(item)
            );
            f.problem(detail);
            continue;
        };
        let mut p = f.nested(map, &prefix);
        p.unknown(POINT_FIELDS, "history point");
        let period = p.parsed("period", true, Period::parse);
        let value = p.number("value", true);
        let (Some(period), Some(value)) = (period, value) else {
            continue;
        };
        let problem = if period.granularity() != granularity {
            Some(format!(
                "{period} is a {}, but the tree counts time in {}s (\"period\": \"{granularity}\")",
                period.granularity(),
                granularity
            ))
        } else if !value.is_finite() {
            Some(format!("the value of {period} is not a finite number"))
        } else {
            match history.last().map(|last| last.period) {
                Some(last) if last == period => {
                    Some(format!("{period} appears twice; each period appears once"))
                }
                Some(last) if last > period => Some(format!(
                    "{period} comes after {last}; periods must be ascending"
                )),
                _ => None,
            }
        };
        match problem {
            Some(detail) => p.problem(format!("\"{prefix}period\": {detail}")),
            None => history.push(HistoryPoint { period, value }),
        }
    }
    history
}

/// The accepted granularities, for a message: `month, quarter, week`.
pub(super) fn granularity_names() -> String {
    [Granularity::Month, Granularity::Quarter, Granularity::Week]
        .map(Granularity::as_str)
        .join(", ")
}
