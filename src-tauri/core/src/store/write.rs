//! Row-level statements shared by whole-tree inserts and diffs. Each returns the
//! number of rows it touched, so callers can tell "not there" (or "not as
//! recorded": updates and deletes match the whole row) from "done".
//! Statements are built once and prepared once per connection (`prepare_cached`).

use std::sync::LazyLock;

use rusqlite::{params_from_iter, Connection, OptionalExtension, ToSql};

use super::history;
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

/// The node columns without the key (`id`), which updates and guards use.
fn node_fields() -> &'static str {
    NODE_COLUMNS.trim_start_matches("id, ")
}

/// Parameters: ?1 `tree_id`, ?2 the id, then the other node columns as they
/// become, then as they must be now (the row is written only if it still is as
/// the change's `before` says; SQLite compares the row values in the same search
/// of the primary key). The key columns are not assigned: assigning them would
/// make SQLite re-check the foreign keys of every link that points at the node.
static UPDATE_NODE: LazyLock<String> = LazyLock::new(|| {
    let fields = node_fields();
    let after = placeholders(3, NODE_COLUMN_COUNT - 1);
    let before = placeholders(2 + NODE_COLUMN_COUNT, NODE_COLUMN_COUNT - 1);
    format!(
        "UPDATE nodes SET ({fields}) = ({after}) \
         WHERE tree_id = ?1 AND id = ?2 AND ({fields}) IS ({before})"
    )
});

/// Parameters: ?1 `tree_id`, ?2 the id, then the other node columns as they must be.
static DELETE_NODE: LazyLock<String> = LazyLock::new(|| {
    let fields = node_fields();
    let values = placeholders(3, NODE_COLUMN_COUNT - 1);
    format!("DELETE FROM nodes WHERE tree_id = ?1 AND id = ?2 AND ({fields}) IS ({values})")
});

static INSERT_LINK: LazyLock<String> = LazyLock::new(|| {
    let values = placeholders(3, LINK_COLUMN_COUNT);
    format!("INSERT INTO links (tree_id, ord, {LINK_COLUMNS}) VALUES (?1, ?2, {values})")
});

/// The link columns without the key (kind and ends).
fn link_fields() -> &'static str {
    LINK_COLUMNS.trim_start_matches("kind, from_id, to_id, ")
}

const LINK_KEY: &str = "tree_id = ?1 AND kind = ?2 AND from_id = ?3 AND to_id = ?4";

/// Parameters: ?1 `tree_id`, ?2 ?3 ?4 the key, then colour, strength and note as
/// they become, then as they must be now.
static UPDATE_LINK: LazyLock<String> = LazyLock::new(|| {
    let fields = link_fields();
    let after = placeholders(5, LINK_COLUMN_COUNT - 3);
    let before = placeholders(2 + LINK_COLUMN_COUNT, LINK_COLUMN_COUNT - 3);
    format!(
        "UPDATE links SET ({fields}) = ({after}) \
         WHERE {LINK_KEY} AND ({fields}) IS ({before})"
    )
});

/// Parameters: ?1 `tree_id`, ?2 ?3 ?4 the key, then colour, strength and note as
/// they must be.
static DELETE_LINK: LazyLock<String> = LazyLock::new(|| {
    let fields = link_fields();
    let values = placeholders(5, LINK_COLUMN_COUNT - 3);
    format!("DELETE FROM links WHERE {LINK_KEY} AND ({fields}) IS ({values})")
});

fn run(conn: &Connection, sql: &str, params: &[&dyn ToSql]) -> rusqlite::Result<usize> {
    conn.prepare_cached(sql)?.execute(params_from_iter(params))
}

/// Adds the node's row and its history.
pub(super) fn insert_node(
    conn: &Connection,
    tree: TreeId,
    ord: i64,
    node: &Node,
) -> rusqlite::Result<usize> {
    let row = NodeRow::new(node);
    let head: [&dyn ToSql; 2] = [&tree, &ord];
    let rows = run(conn, &INSERT_NODE, &[&head[..], &row.params()[..]].concat())?;
    history::insert(conn, tree, node)?;
    Ok(rows)
}

/// Rewrites every column of the node with `after`'s id to `after`, if the row is
/// exactly `before` (0 rows: it is not). The history is not a column: see
/// `history::update`.
pub(super) fn update_node(
    conn: &Connection,
    tree: TreeId,
    before: &Node,
    after: &Node,
) -> rusqlite::Result<usize> {
    let (before, after) = (NodeRow::new(before), NodeRow::new(after));
    let head: [&dyn ToSql; 1] = [&tree];
    let params = [&head[..], &after.params()[..], &before.params()[1..]].concat();
    run(conn, &UPDATE_NODE, &params)
}

/// Deletes the node's row if it is exactly `node` (0 rows: it is not), and with
/// it the node's history (`ON DELETE CASCADE`; the caller compares it first).
pub(super) fn delete_node(conn: &Connection, tree: TreeId, node: &Node) -> rusqlite::Result<usize> {
    let row = NodeRow::new(node);
    let head: [&dyn ToSql; 1] = [&tree];
    run(conn, &DELETE_NODE, &[&head[..], &row.params()[..]].concat())
}

/// Whether the tree has a node with id `id`.
pub(super) fn has_node(conn: &Connection, tree: TreeId, id: &NodeId) -> rusqlite::Result<bool> {
    let sql = "SELECT EXISTS (SELECT 1 FROM nodes WHERE tree_id = ?1 AND id = ?2)";
    let mut statement = conn.prepare_cached(sql)?;
    let params: [&dyn ToSql; 2] = [&tree, id];
    statement.query_row(params_from_iter(params), |row| row.get(0))
}

/// The stored name of node `id`, if there is one.
pub(super) fn node_name(
    conn: &Connection,
    tree: TreeId,
    id: &NodeId,
) -> rusqlite::Result<Option<String>> {
    let sql = "SELECT name FROM nodes WHERE tree_id = ?1 AND id = ?2";
    let params: [&dyn ToSql; 2] = [&tree, id];
    conn.query_row(sql, params_from_iter(params), |row| row.get(0))
        .optional()
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

/// Rewrites colour, strength and note of the link with `after`'s key, if the row
/// is exactly `before` (0 rows: it is not).
pub(super) fn update_link(
    conn: &Connection,
    tree: TreeId,
    before: &Link,
    after: &Link,
) -> rusqlite::Result<usize> {
    let (before, after) = (LinkRow::new(before), LinkRow::new(after));
    let head: [&dyn ToSql; 1] = [&tree];
    let params = [&head[..], &after.params()[..], &before.params()[3..]].concat();
    run(conn, &UPDATE_LINK, &params)
}

/// Deletes the link's row if it is exactly `link` (0 rows: it is not).
pub(super) fn delete_link(conn: &Connection, tree: TreeId, link: &Link) -> rusqlite::Result<usize> {
    let row = LinkRow::new(link);
    let head: [&dyn ToSql; 1] = [&tree];
    run(conn, &DELETE_LINK, &[&head[..], &row.params()[..]].concat())
}

/// Whether the tree has a link with key `key`.
pub(super) fn has_link(conn: &Connection, tree: TreeId, key: &LinkKey) -> rusqlite::Result<bool> {
    let sql = format!("SELECT EXISTS (SELECT 1 FROM links WHERE {LINK_KEY})");
    let mut statement = conn.prepare_cached(&sql)?;
    let params: [&dyn ToSql; 4] = [&tree, &key.kind, &key.from, &key.to];
    statement.query_row(params_from_iter(params), |row| row.get(0))
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

/// The name of tree `id` (in the trash or not), if there is one.
pub(super) fn tree_name(conn: &Connection, tree: TreeId) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT name FROM trees WHERE id = ?1", [tree], |row| {
        row.get(0)
    })
    .optional()
}
