//! Row-level statements shared by whole-tree inserts and diffs. Each returns the
//! number of rows it touched, so callers can tell "not there" from "done".
//! Statements are built once and prepared once per connection (`prepare_cached`).

use std::sync::LazyLock;

use rusqlite::{params_from_iter, Connection, ToSql};

use super::rows::{
    LinkRow, NodeRow, LINK_COLUMNS, LINK_COLUMN_COUNT, NODE_COLUMNS, NODE_COLUMN_COUNT,
};
use crate::model::{Link, LinkKey, Node, NodeId, TreeId};

/// `?first, ?first+1, ...` for `count` parameters.
fn placeholders(first: usize, count: usize) -> String {
    let list: Vec<String> = (first..first + count).map(|i| format!("?{i}")).collect();
    list.join(", ")
}

/// The node columns take parameters ?3.. after `tree_id` and `ord`.
static INSERT_NODE: LazyLock<String> = LazyLock::new(|| {
    let values = placeholders(3, NODE_COLUMN_COUNT);
    format!("INSERT INTO nodes (tree_id, ord, {NODE_COLUMNS}) VALUES (?1, ?2, {values})")
});

/// Parameters: ?1 `tree_id`, ?2 the id, then the other node columns. The key
/// columns are not assigned: assigning them would make SQLite re-check the
/// foreign keys of every link that points at the node.
static UPDATE_NODE: LazyLock<String> = LazyLock::new(|| {
    let columns = NODE_COLUMNS.trim_start_matches("id, ");
    let values = placeholders(3, NODE_COLUMN_COUNT - 1);
    format!("UPDATE nodes SET ({columns}) = ({values}) WHERE tree_id = ?1 AND id = ?2")
});

static INSERT_LINK: LazyLock<String> = LazyLock::new(|| {
    let values = placeholders(3, LINK_COLUMN_COUNT);
    format!("INSERT INTO links (tree_id, ord, {LINK_COLUMNS}) VALUES (?1, ?2, {values})")
});

/// Parameters: ?1 `tree_id`, ?2 ?3 ?4 the key, then colour, strength and note.
static UPDATE_LINK: LazyLock<String> = LazyLock::new(|| {
    let columns = LINK_COLUMNS.trim_start_matches("kind, from_id, to_id, ");
    let values = placeholders(5, LINK_COLUMN_COUNT - 3);
    format!(
        "UPDATE links SET ({columns}) = ({values}) \
         WHERE tree_id = ?1 AND kind = ?2 AND from_id = ?3 AND to_id = ?4"
    )
});

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
    let head: [&dyn ToSql; 2] = [&tree, &ord];
    run(conn, &INSERT_NODE, &[&head[..], &row.params()[..]].concat())
}

/// Rewrites every column of the node with the same id.
pub(super) fn update_node(conn: &Connection, tree: TreeId, node: &Node) -> rusqlite::Result<usize> {
    let row = NodeRow::new(node);
    let head: [&dyn ToSql; 1] = [&tree];
    run(conn, &UPDATE_NODE, &[&head[..], &row.params()[..]].concat())
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
    let params: [&dyn ToSql; 2] = [&tree, id];
    statement.query_row(params_from_iter(params), |row| row.get(0))
}

pub(super) fn set_node_ord(
    conn: &Connection,
    tree: TreeId,
    id: &NodeId,
    ord: i64,
) -> rusqlite::Result<usize> {
    let sql = "UPDATE nodes SET ord = ?3 WHERE tree_id = ?1 AND id = ?2";
    run(conn, sql, &[&tree, id, &ord])
}

pub(super) fn insert_link(
    conn: &Connection,
    tree: TreeId,
    ord: i64,
    link: &Link,
) -> rusqlite::Result<usize> {
    let row = LinkRow::new(link);
    let head: [&dyn ToSql; 2] = [&tree, &ord];
    run(conn, &INSERT_LINK, &[&head[..], &row.params()[..]].concat())
}

/// Rewrites colour, strength and note of the link with the same key.
pub(super) fn update_link(conn: &Connection, tree: TreeId, link: &Link) -> rusqlite::Result<usize> {
    let row = LinkRow::new(link);
    let head: [&dyn ToSql; 1] = [&tree];
    run(conn, &UPDATE_LINK, &[&head[..], &row.params()[..]].concat())
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

/// Marks the tree as changed now.
pub(super) fn touch(conn: &Connection, tree: TreeId) -> rusqlite::Result<usize> {
    let sql = "UPDATE trees SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1";
    run(conn, sql, &[&tree])
}

/// Whether tree `id` exists.
pub(super) fn has_tree(conn: &Connection, tree: TreeId) -> rusqlite::Result<bool> {
    let sql = "SELECT EXISTS (SELECT 1 FROM trees WHERE id = ?1 AND deleted_at IS NULL)";
    conn.prepare_cached(sql)?
        .query_row([tree], |row| row.get(0))
}
