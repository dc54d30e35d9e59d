//! The trees of a store: list, insert, load, find, rename, delete. Every write is
//! one transaction (or one statement).

use std::path::Path;

use rusqlite::{Connection, OptionalExtension};

use super::error::At;
use super::rows::{read_link, read_node, Checked, LINK_COLUMNS, NODE_COLUMNS};
use super::{history, settings, write, Store, StoreError};
use crate::edit::check_name;
use crate::model::{Granularity, Tree, TreeId, TreeSummary};

impl Store {
    /// Every tree (not those in the trash), ordered by name, then id.
    pub fn list_trees(&self) -> Result<Vec<TreeSummary>, StoreError> {
        let sql = "SELECT t.id, t.name, \
                   (SELECT count(*) FROM nodes WHERE tree_id = t.id), \
                   (SELECT count(*) FROM links WHERE tree_id = t.id) \
                   FROM trees t WHERE t.deleted_at IS NULL ORDER BY t.name, t.id";
        let mut statement = self.conn.prepare(sql).at(&self.path)?;
        let rows = statement
            .query_map([], |row| {
                let (id, name) = (row.get(0)?, row.get(1)?);
                let (node_count, link_count) = (row.get(2)?, row.get(3)?);
                Ok(TreeSummary {
                    id,
                    name,
                    node_count,
                    link_count,
                })
            })
            .at(&self.path)?;
        rows.collect::<Result<_, _>>().at(&self.path)
    }

    /// Adds `tree` with its nodes and links in their order; returns its new id.
    pub fn insert_tree(&mut self, tree: &Tree) -> Result<TreeId, StoreError> {
        check_name("the tree", &tree.name)?;
        let path = &self.path;
        let tx = self.conn.transaction().at(path)?;
        let sql = "INSERT INTO trees (name, description, period) VALUES (?1, ?2, ?3)";
        tx.execute(sql, (&tree.name, &tree.description, tree.period))
            .at(path)?;
        let id = tx.last_insert_rowid();
        for (ord, node) in (0..).zip(&tree.nodes) {
            write::insert_node(&tx, id, ord, node).at(path)?;
        }
        for (ord, link) in (0..).zip(&tree.links) {
            write::insert_link(&tx, id, ord, link).at(path)?;
        }
        // Always written: a new tree may reuse the id of a deleted one.
        settings::write_thresholds(&tx, id, &tree.thresholds).at(path)?;
        tx.commit().at(path)?;
        Ok(id)
    }

    /// The tree with id `id`, nodes (with their histories) and links in their
    /// stored order.
    pub fn load_tree(&self, id: TreeId) -> Result<Tree, StoreError> {
        let sql = "SELECT name, description, period FROM trees \
                   WHERE id = ?1 AND deleted_at IS NULL";
        let head = self.conn.query_row(sql, [id], |row| {
            let name: String = row.get(0)?;
            Ok((
                name,
                row.get::<_, Option<String>>(1)?,
                row.get::<_, String>(2)?,
            ))
        });
        let Some((name, description, period)) = head.optional().at(&self.path)? else {
            return Err(not_found(&self.conn, &self.path, format!("with id {id}")));
        };
        let corrupt = |detail: String| StoreError::Corrupt {
            path: self.path.clone(),
            detail: format!("tree {id}: {detail}"),
        };
        let mut tree = Tree::new(name);
        tree.description = description;
        tree.period = Granularity::parse(&period)
            .ok_or_else(|| corrupt(format!("\"{period}\" is not a period granularity")))?;
        tree.nodes = self.load_rows(id, "nodes", NODE_COLUMNS, read_node)?;
        history::load(&self.conn, id, tree.period, &mut tree.nodes)
            .at(&self.path)?
            .map_err(corrupt)?;
        tree.links = self.load_rows(id, "links", LINK_COLUMNS, read_link)?;
        tree.thresholds = self.status_thresholds(id)?;
        Ok(tree)
    }

    fn load_rows<T>(
        &self,
        id: TreeId,
        table: &str,
        columns: &str,
        read: fn(&rusqlite::Row) -> Checked<T>,
    ) -> Result<Vec<T>, StoreError> {
        let sql = format!("SELECT {columns} FROM {table} WHERE tree_id = ?1 ORDER BY ord");
        let mut statement = self.conn.prepare_cached(&sql).at(&self.path)?;
        let rows = statement.query_map([id], read).at(&self.path)?;
        let rows: Vec<Result<T, String>> = rows.collect::<Result<_, _>>().at(&self.path)?;
        rows.into_iter()
            .map(|row| {
                row.map_err(|reason| StoreError::Corrupt {
                    path: self.path.clone(),
                    detail: format!("tree {id}: {reason}"),
                })
            })
            .collect()
    }

    /// When tree `id` was created (SQLite's text timestamp, to the millisecond);
    /// `None` when there is no such tree or it is in the trash. With the id it names
    /// one tree for good: a new tree may get the id of a deleted one, never its
    /// creation time as well.
    pub fn tree_created_at(&self, id: TreeId) -> Result<Option<String>, StoreError> {
        let sql = "SELECT created_at FROM trees WHERE id = ?1 AND deleted_at IS NULL";
        self.conn
            .query_row(sql, [id], |row| row.get(0))
            .optional()
            .at(&self.path)
    }

    /// The tree named exactly `name_or_id`, else the tree with that numeric id.
    pub fn find_tree(&self, name_or_id: &str) -> Result<TreeId, StoreError> {
        let sql = "SELECT id FROM trees WHERE name = ?1 AND deleted_at IS NULL ORDER BY id";
        let mut statement = self.conn.prepare(sql).at(&self.path)?;
        let rows = statement
            .query_map([name_or_id], |row| row.get(0))
            .at(&self.path)?;
        let ids: Vec<TreeId> = rows.collect::<Result<_, _>>().at(&self.path)?;
        match ids.as_slice() {
            [id] => return Ok(*id),
            [] => {}
            _ => {
                let (path, name) = (self.path.clone(), name_or_id.to_owned());
                return Err(StoreError::Ambiguous { path, name, ids });
            }
        }
        let by_id = name_or_id.trim().parse::<TreeId>().ok();
        match by_id.filter(|id| write::has_tree(&self.conn, *id).unwrap_or(false)) {
            Some(id) => Ok(id),
            None => Err(not_found(
                &self.conn,
                &self.path,
                format!("\"{name_or_id}\""),
            )),
        }
    }

    /// Deletes the tree with its nodes, their histories and its links.
    pub fn delete_tree(&mut self, id: TreeId) -> Result<(), StoreError> {
        let rows = self
            .conn
            .execute("DELETE FROM trees WHERE id = ?1", [id])
            .at(&self.path)?;
        match rows {
            0 => Err(not_found(&self.conn, &self.path, format!("with id {id}"))),
            _ => Ok(()),
        }
    }

    /// Puts the tree in the trash: it disappears from every reading command until
    /// [`Store::restore_tree`] brings it back or [`Store::empty_trash`] deletes it.
    pub fn trash_tree(&mut self, id: TreeId) -> Result<(), StoreError> {
        let sql = "UPDATE trees SET deleted_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') \
                   WHERE id = ?1 AND deleted_at IS NULL";
        let rows = self.conn.execute(sql, [id]).at(&self.path)?;
        match rows {
            0 => Err(not_found(&self.conn, &self.path, format!("with id {id}"))),
            _ => Ok(()),
        }
    }

    /// Takes a tree out of the trash, as it was when it went in.
    pub fn restore_tree(&mut self, id: TreeId) -> Result<(), StoreError> {
        let sql = "UPDATE trees SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL";
        let rows = self.conn.execute(sql, [id]).at(&self.path)?;
        match rows {
            0 => Err(not_found(
                &self.conn,
                &self.path,
                format!("with id {id} in the trash"),
            )),
            _ => Ok(()),
        }
    }

    /// Deletes every tree in the trash for good; returns how many there were.
    pub fn empty_trash(&mut self) -> Result<usize, StoreError> {
        let sql = "DELETE FROM trees WHERE deleted_at IS NOT NULL";
        self.conn.execute(sql, []).at(&self.path)
    }

    pub fn rename_tree(&mut self, id: TreeId, name: &str) -> Result<(), StoreError> {
        check_name("the tree", name)?;
        let path = &self.path;
        let tx = self.conn.transaction().at(path)?;
        require_tree(&tx, path, id)?;
        tx.execute("UPDATE trees SET name = ?2 WHERE id = ?1", (id, name))
            .at(path)?;
        write::touch(&tx, id).at(path)?;
        tx.commit().at(path)
    }
}

/// [`StoreError::NotFound`] unless tree `id` exists.
pub(super) fn require_tree(conn: &Connection, path: &Path, id: TreeId) -> Result<(), StoreError> {
    let exists = write::has_tree(conn, id).at(path)?;
    match exists {
        true => Ok(()),
        false => Err(not_found(conn, path, format!("with id {id}"))),
    }
}

/// A not-found error listing the names of the trees there are.
fn not_found(conn: &Connection, path: &Path, what: String) -> StoreError {
    let names = conn
        .prepare("SELECT name FROM trees WHERE deleted_at IS NULL ORDER BY name, id")
        .and_then(|mut statement| {
            let rows = statement.query_map([], |row| row.get(0))?;
            rows.collect::<Result<Vec<String>, _>>()
        })
        .unwrap_or_default();
    StoreError::NotFound {
        path: path.to_path_buf(),
        what,
        available: names,
    }
}
