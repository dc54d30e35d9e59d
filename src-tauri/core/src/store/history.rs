//! The `history` table (schema 3): one row per node and period, the node's value
//! then (SPEC 8).
//!
//! Invariants:
//! - A node's rows are its [`Node::history`], no more and no less; the rows go
//!   with the node (a foreign key, `ON DELETE CASCADE`), so a removed node (or a
//!   deleted tree) leaves none behind.
//! - Periods are stored as their text (`2026-05`); within one granularity the
//!   text order is the time order, so reading `ORDER BY period` gives a history
//!   ascending, as the model requires. Loading checks each row anyway (a row
//!   edited behind kpitree's back is reported as corrupt, never trusted).
//! - An update writes only the rows that changed: the periods dropped are
//!   deleted, the periods new or with another value are written.

use std::collections::HashMap;

use rusqlite::types::ToSqlOutput;
use rusqlite::{params_from_iter, Connection, ToSql};

use crate::model::{Granularity, HistoryPoint, Node, NodeId, Period, TreeId};

impl ToSql for Period {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.to_string()))
    }
}

impl ToSql for Granularity {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        self.as_str().to_sql()
    }
}

/// Writes every point of `node`'s history (the node's row exists already).
pub(super) fn insert(conn: &Connection, tree: TreeId, node: &Node) -> rusqlite::Result<()> {
    for point in &node.history {
        put(conn, tree, &node.id, point)?;
    }
    Ok(())
}

/// Writes one value, replacing the one of the same period.
fn put(conn: &Connection, tree: TreeId, id: &NodeId, point: &HistoryPoint) -> rusqlite::Result<()> {
    let sql = "INSERT OR REPLACE INTO history (tree_id, node_id, period, value) \
               VALUES (?1, ?2, ?3, ?4)";
    let params: [&dyn ToSql; 4] = [&tree, id, &point.period, &point.value];
    conn.prepare_cached(sql)?
        .execute(params_from_iter(params))
        .map(drop)
}

/// Rewrites node `id`'s history from `before` to `after`, touching only the
/// periods whose value differs.
pub(super) fn update(
    conn: &Connection,
    tree: TreeId,
    id: &NodeId,
    before: &[HistoryPoint],
    after: &[HistoryPoint],
) -> rusqlite::Result<()> {
    let value_in = |history: &[HistoryPoint], period: Period| {
        history
            .binary_search_by(|point| point.period.cmp(&period))
            .ok()
            .map(|index| history[index].value)
    };
    let sql = "DELETE FROM history WHERE tree_id = ?1 AND node_id = ?2 AND period = ?3";
    for point in before {
        if value_in(after, point.period).is_none() {
            let params: [&dyn ToSql; 3] = [&tree, id, &point.period];
            conn.prepare_cached(sql)?
                .execute(params_from_iter(params))?;
        }
    }
    for point in after {
        // Compared by bits: a value is written again only when it changed.
        let same = value_in(before, point.period).map(f64::to_bits) == Some(point.value.to_bits());
        if !same {
            put(conn, tree, id, point)?;
        }
    }
    Ok(())
}

/// Whether node `id`'s stored history is exactly `history` (the check that no
/// other connection changed it since the diff was made).
pub(super) fn is_stored(
    conn: &Connection,
    tree: TreeId,
    id: &NodeId,
    history: &[HistoryPoint],
) -> rusqlite::Result<bool> {
    let sql = "SELECT period, value FROM history WHERE tree_id = ?1 AND node_id = ?2 \
               ORDER BY period";
    let mut statement = conn.prepare_cached(sql)?;
    let params: [&dyn ToSql; 2] = [&tree, id];
    let rows = statement.query_map(params_from_iter(params), |row| {
        Ok((row.get::<_, String>(0)?, row.get::<_, f64>(1)?))
    })?;
    let stored: Vec<(String, f64)> = rows.collect::<Result<_, _>>()?;
    let expected = history
        .iter()
        .map(|point| (point.period.to_string(), point.value));
    Ok(stored.len() == history.len()
        && stored
            .iter()
            .zip(expected)
            .all(|((period, value), (want, wanted))| {
                period == &want && value.to_bits() == wanted.to_bits()
            }))
}

/// Fills the histories of `nodes` (tree `tree`, counting time in `granularity`)
/// from the store. `Ok(Err(reason))`: a row is not a valid value of its node.
pub(super) fn load(
    conn: &Connection,
    tree: TreeId,
    granularity: Granularity,
    nodes: &mut [Node],
) -> rusqlite::Result<Result<(), String>> {
    let at: HashMap<String, usize> = (0..nodes.len())
        .map(|i| (nodes[i].id.to_string(), i))
        .collect();
    let sql = "SELECT node_id, period, value FROM history WHERE tree_id = ?1 \
               ORDER BY node_id, period";
    let mut statement = conn.prepare_cached(sql)?;
    let mut rows = statement.query([tree])?;
    while let Some(row) = rows.next()? {
        let (id, text): (String, String) = (row.get(0)?, row.get(1)?);
        let value: f64 = row.get(2)?;
        let Some(&index) = at.get(&id) else {
            return Ok(Err(format!("a value of \"{id}\", which is not a node")));
        };
        let history = &mut nodes[index].history;
        match checked(&text, value, granularity, history.last()) {
            Ok(point) => history.push(point),
            Err(reason) => return Ok(Err(format!("node \"{id}\": {reason}"))),
        }
    }
    Ok(Ok(()))
}

/// The point stored as `text` and `value`, if it may follow `last`.
fn checked(
    text: &str,
    value: f64,
    granularity: Granularity,
    last: Option<&HistoryPoint>,
) -> Result<HistoryPoint, String> {
    let period = Period::parse(text).map_err(|error| error.to_string())?;
    if period.granularity() != granularity {
        return Err(format!(
            "{period} is not a {granularity}, the tree's period"
        ));
    }
    if !value.is_finite() {
        return Err(format!("the value of {period} is not a finite number"));
    }
    if last.is_some_and(|last| last.period >= period) {
        return Err(format!("{period} is out of order"));
    }
    Ok(HistoryPoint { period, value })
}
