//! Row-level statements shared by whole-tree inserts and diffs. Each returns the
//! number of rows it touched, so callers can tell "not there" from "done".
//! Statements are prepared once per connection (`prepare_cached`).

use rusqlite::{params_from_iter, Connection, ToSql};

use super::rows::{LinkRow, NodeRow, LINK_COLUMNS, NODE_COLUMNS};
use crate::model::{Link, LinkKey, Node, NodeId, TreeId};

/// `?first, ?first+1, ... ` for `count` parameters.
fn placeholders(first: usize, count: usize) -> String {
    let list: Vec<String> = (first..first + count).map(|i| format!("?{i}")).collect();
    list.join(", ")
}

fn run(conn: &Connection, sql: &str, params: &[&dyn ToSql]) -> rusqlite::Result<usize> {
    conn.prepare_cached(sql)?.execute(params_from_iter(params))
}

pub(super) fn insert_node(
    conn: &Connection,
    tree: TreeId,
    ord: i64,
    node: &Node,
) -> rusqlite::Result<usize> {
    let row = NodeRow::new(node);
    let values = row.params();
    let sql = format!(
        "INSERT INTO nodes (tree_id, ord, {NODE_COLUMNS}) VALUES (?1, ?2, {})",
        placeholders(3, values.len())
    );
    let head: [&dyn ToSql; 2] = [&tree, &ord];
    run(conn, &sql, &[&head[..], &values[..]].concat())
}

/// Rewrites every column of the node with the same id.
pub(super) fn update_node(conn: &Connection, tree: TreeId, node: &Node) -> rusqlite::Result<usize> {
    let row = NodeRow::new(node);
    let values = row.params();
    let sql = format!(
        "UPDATE nodes SET ({NODE_COLUMNS}) = ({}) WHERE tree_id = ?1 AND id = ?2",
        placeholders(2, values.len())
    );
    let head: [&dyn ToSql; 1] = [&tree];
    run(conn, &sql, &[&head[..], &values[..]].concat())
}

pub(super) fn delete_node(conn: &Connection, tree: TreeId, id: &NodeId) -> rusqlite::Result<usize> {
    let sql = "DELETE FROM nodes WHERE tree_id = ?1 AND id = ?2";
    run(conn, sql, &[&tree, id])
}

/// Whether any link of the tree starts or ends at the node.
pub(super) fn node_has_links(
    conn: &Connection,
    tree: TreeId,
    id: &NodeId,
) -> rusqlite::Result<bool> {
    let sql = "SELECT EXISTS (SELECT 1 FROM links WHERE tree_id = ?1 AND from_id = ?2) \
               OR EXISTS (SELECT 1 FROM links WHERE tree_id = ?1 AND to_id = ?2)";
    let mut statement = conn.prepare_cached(sql)?;
    statement.query_row(params_from_iter::<[&dyn ToSql; 2]>([&tree, id]), |row| {
        row.get(0)
    })
}

pub(super) fn set_node_ord(
    conn: &Connection,
    tree: TreeId,
    id: &str,
    ord: i64,
) -> rusqlite::Result<usize> {
    let sql = "UPDATE nodes SET ord = ?3 WHERE tree_id = ?1 AND id = ?2";
    run(conn, sql, &[&tree, &id, &ord])
}

pub(super) fn insert_link(
    conn: &Connection,
    tree: TreeId,
    ord: i64,
    link: &Link,
) -> rusqlite::Result<usize> {
    let row = LinkRow::new(link);
    let values = row.params();
    let sql = format!(
        "INSERT INTO links (tree_id, ord, {LINK_COLUMNS}) VALUES (?1, ?2, {})",
        placeholders(3, values.len())
    );
    let head: [&dyn ToSql; 2] = [&tree, &ord];
    run(conn, &sql, &[&head[..], &values[..]].concat())
}

/// Rewrites colour, strength and note of the link with the same key.
pub(super) fn update_link(conn: &Connection, tree: TreeId, link: &Link) -> rusqlite::Result<usize> {
    let row = LinkRow::new(link);
    let values = row.params();
    let sql = format!(
        "UPDATE links SET ({LINK_COLUMNS}) = ({}) \
         WHERE tree_id = ?1 AND kind = ?2 AND from_id = ?3 AND to_id = ?4",
        placeholders(2, values.len())
    );
    let head: [&dyn ToSql; 1] = [&tree];
    run(conn, &sql, &[&head[..], &values[..]].concat())
}

pub(super) fn delete_link(
    conn: &Connection,
    tree: TreeId,
    key: &LinkKey,
) -> rusqlite::Result<usize> {
    let sql = "DELETE FROM links WHERE tree_id = ?1 AND kind = ?2 AND from_id = ?3 AND to_id = ?4";
    run(conn, sql, &[&tree, &key.kind, &key.from, &key.to])
}

pub(super) fn set_link_ord(
    conn: &Connection,
    tree: TreeId,
    key: &LinkKey,
    ord: i64,
) -> rusqlite::Result<usize> {
    let sql = "UPDATE links SET ord = ?5 \
               WHERE tree_id = ?1 AND kind = ?2 AND from_id = ?3 AND to_id = ?4";
    run(conn, sql, &[&tree, &key.kind, &key.from, &key.to, &ord])
}
