//! Writing a diff: exactly the rows it changes, in one transaction.
//!
//! Invariants:
//! - No lost update (SPEC 7): a change is written only if the stored rows are
//!   still as the diff says they were: an updated or removed node (link) row must
//!   equal the change's `before` (the removed item) in every column, and in its
//!   history when the change alters it or removes the node, an added id
//!   (key) must not be stored yet, a removed node must have no links left, and the
//!   tree's name, description, status thresholds and period must be the recorded
//!   ones (and the period changes only while no node has a history).
//!   The comparison is part of the writing statement itself (`... WHERE key AND
//!   (columns) IS (before)`), in the same transaction, so it costs one more set of
//!   parameters, not one more query. A change that does not fit is a
//!   [`StoreError::Conflict`] naming the node (by its name) and the tree, and the
//!   whole transaction is dropped: the store stays as it was.
//! - Positions are followed, not checked (see `row_order`): rows added or removed
//!   elsewhere shift positions without touching the rows this diff changes.
//! - Changes are written in the diff's order (links are removed before their nodes
//!   and added after them, so foreign keys hold at every statement).

use rusqlite::{ErrorCode, Transaction};

use super::error::{At, Elsewhere};
use super::row_order::RowOrder;
use super::write;
use super::{history, settings, trees, Store, StoreError};
use crate::edit::{Change, Diff};
use crate::model::{Link, LinkKey, LinkKind, Node, NodeId, TreeId};

impl Store {
    /// Writes `diff` (made by an edit, an undo or a redo of tree `tree`), or
    /// nothing when a row it changes is not as the diff recorded it.
    pub fn apply_diff(&mut self, tree: TreeId, diff: &Diff) -> Result<(), StoreError> {
        if diff.is_empty() {
            return Ok(());
        }
        let path = self.path.clone();
        let tx = self.conn.transaction().at(&path)?;
        trees::require_tree(&tx, &path, tree)?;
        let mut writer = Writer {
            tx: &tx,
            tree,
            diff,
            nodes: None,
            links: None,
        };
        let written = diff
            .changes
            .iter()
            .try_for_each(|change| writer.write(change))
            .and_then(|()| writer.renumber());
        let error = match written {
            Ok(()) => {
                write::touch(&tx, tree).at(&path)?;
                return tx.commit().at(&path);
            }
            Err(error) => error,
        };
        // Rolled back first, so that a conflict names the tree as it is stored.
        drop(tx);
        Err(match error {
            WriteError::Sql(source) => StoreError::sqlite(&path, source),
            WriteError::Mismatch(reason) => StoreError::Mismatch { path, tree, reason },
            WriteError::Conflict(what, change) => {
                let name = write::tree_name(&self.conn, tree).ok().flatten();
                StoreError::Conflict {
                    path,
                    tree,
                    tree_name: name.unwrap_or_else(|| tree.to_string()),
                    what,
                    change,
                }
            }
        })
    }
}

enum WriteError {
    Sql(rusqlite::Error),
    Mismatch(String),
    /// What (named for the user) and what happened to it elsewhere.
    Conflict(String, Elsewhere),
}

impl From<rusqlite::Error> for WriteError {
    fn from(error: rusqlite::Error) -> Self {
        WriteError::Sql(error)
    }
}

/// A conflict unless `rows` is 1; `exists` tells "changed" from "removed".
fn written(
    rows: usize,
    what: impl FnOnce() -> String,
    exists: impl FnOnce() -> rusqlite::Result<bool>,
) -> Result<(), WriteError> {
    if rows == 1 {
        return Ok(());
    }
    let change = match exists()? {
        true => Elsewhere::Changed,
        false => Elsewhere::Removed,
    };
    Err(WriteError::Conflict(what(), change))
}

fn is_constraint(error: &rusqlite::Error) -> bool {
    error.sqlite_error_code() == Some(ErrorCode::ConstraintViolation)
}

struct Writer<'t> {
    tx: &'t Transaction<'t>,
    tree: TreeId,
    diff: &'t Diff,
    nodes: Option<RowOrder<NodeId>>,
    links: Option<RowOrder<LinkKey>>,
}

impl Writer<'_> {
    fn write(&mut self, change: &Change) -> Result<(), WriteError> {
        let (tx, tree) = (self.tx, self.tree);
        match change {
            Change::NodeAdded { index, node } => self.add_node(*index, node)?,
            Change::NodeRemoved { index, node } => self.remove_node(*index, node)?,
            Change::NodeUpdated { before, after } => {
                same(&before.id, &after.id)?;
                let rows = write::update_node(tx, tree, before, after)?;
                written(
                    rows,
                    || quoted(&before.name),
                    || write::has_node(tx, tree, &before.id),
                )?;
                // The history is compared only when it changes: a diff that
                // leaves it alone cannot lose another connection's values.
                if before.history != after.history {
                    self.check_history(before)?;
                    history::update(tx, tree, &before.id, &before.history, &after.history)?;
                }
            }
            Change::LinkAdded { index, link } => self.add_link(*index, link)?,
            Change::LinkRemoved { index, link } => self.remove_link(*index, link)?,
            Change::LinkUpdated { before, after } => {
                same(&before.key(), &after.key())?;
                let rows = write::update_link(tx, tree, before, after)?;
                let key = before.key();
                written(
                    rows,
                    || self.link_label(&key),
                    || write::has_link(tx, tree, &key),
                )?;
            }
            Change::TreeRenamed { before, after } => {
                let sql = "UPDATE trees SET name = ?2 WHERE id = ?1 AND name = ?3";
                let rows = tx.execute(sql, (tree, after, before))?;
                written(rows, || "the tree's name".into(), || Ok(true))?;
            }
            Change::DescriptionSet { before, after } => {
                let sql = "UPDATE trees SET description = ?2 WHERE id = ?1 AND description IS ?3";
                let rows = tx.execute(sql, (tree, after, before))?;
                written(rows, || "the tree's description".into(), || Ok(true))?;
            }
            Change::StatusThresholdsSet { before, after } => {
                if settings::read_thresholds(tx, tree)? != *before {
                    let what = "the status thresholds".to_owned();
                    return Err(WriteError::Conflict(what, Elsewhere::Changed));
                }
                settings::write_thresholds(tx, tree, after)?;
            }
            Change::PeriodSet { before, after } => {
                // The edit is refused while a node has a history; values added
                // elsewhere since would no longer be of the tree's period.
                let sql = "UPDATE trees SET period = ?2 WHERE id = ?1 AND period = ?3 \
                           AND NOT EXISTS (SELECT 1 FROM history WHERE tree_id = ?1)";
                let rows = tx.execute(sql, (tree, after, before))?;
                written(rows, || "the tree's period".into(), || Ok(true))?;
            }
        }
        Ok(())
    }

    fn add_node(&mut self, index: u32, node: &Node) -> Result<(), WriteError> {
        let (tx, tree) = (self.tx, self.tree);
        let ord = i64::from(index);
        // Loaded before the row is written, so that the list is the one before it.
        self.node_order()?;
        if let Err(error) = write::insert_node(tx, tree, ord, node) {
            if is_constraint(&error) && write::has_node(tx, tree, &node.id)? {
                return Err(WriteError::Conflict(quoted(&node.name), Elsewhere::Added));
            }
            return Err(error.into());
        }
        self.node_order()?.insert(index, node.id.clone(), ord);
        Ok(())
    }

    fn remove_node(&mut self, index: u32, node: &Node) -> Result<(), WriteError> {
        let (tx, tree) = (self.tx, self.tree);
        // The diff removed every link it knew of first: a link left was drawn
        // elsewhere, and deleting the node would delete it too (ON DELETE CASCADE).
        if write::node_has_links(tx, tree, &node.id)? {
            return Err(WriteError::Conflict(quoted(&node.name), Elsewhere::Changed));
        }
        // So would values stored elsewhere since: the history must be the removed one.
        self.check_history(node)?;
        self.node_order()?;
        let rows = write::delete_node(tx, tree, node)?;
        written(
            rows,
            || quoted(&node.name),
            || write::has_node(tx, tree, &node.id),
        )?;
        Ok(self.node_order()?.remove(index, &node.id)?)
    }

    fn add_link(&mut self, index: u32, link: &Link) -> Result<(), WriteError> {
        let (tx, tree) = (self.tx, self.tree);
        let (ord, key) = (i64::from(index), link.key());
        self.link_order()?;
        if let Err(error) = write::insert_link(tx, tree, ord, link) {
            if !is_constraint(&error) {
                return Err(error.into());
            }
            if write::has_link(tx, tree, &key)? {
                return Err(WriteError::Conflict(
                    self.link_label(&key),
                    Elsewhere::Added,
                ));
            }
            // A foreign key: one of its nodes is gone.
            for end in [&key.from, &key.to] {
                if !write::has_node(tx, tree, end)? {
                    return Err(WriteError::Conflict(
                        self.node_label(end),
                        Elsewhere::Removed,
                    ));
                }
            }
            return Err(error.into());
        }
        self.link_order()?.insert(index, key, ord);
        Ok(())
    }

    fn remove_link(&mut self, index: u32, link: &Link) -> Result<(), WriteError> {
        let (tx, tree) = (self.tx, self.tree);
        let key = link.key();
        self.link_order()?;
        let rows = write::delete_link(tx, tree, link)?;
        written(
            rows,
            || self.link_label(&key),
            || write::has_link(tx, tree, &key),
        )?;
        Ok(self.link_order()?.remove(index, &key)?)
    }

    /// A conflict unless the stored history of `node` is `node.history`.
    fn check_history(&self, node: &Node) -> Result<(), WriteError> {
        let (tx, tree) = (self.tx, self.tree);
        if history::is_stored(tx, tree, &node.id, &node.history)? {
            return Ok(());
        }
        written(
            0,
            || quoted(&node.name),
            || write::has_node(tx, tree, &node.id),
        )
    }

    /// Node `id` as the user knows it: its stored name, else its name in the diff,
    /// else its id.
    fn node_label(&self, id: &NodeId) -> String {
        let stored = write::node_name(self.tx, self.tree, id).ok().flatten();
        let in_diff = || {
            self.diff.changes.iter().find_map(|change| match change {
                Change::NodeAdded { node, .. } | Change::NodeRemoved { node, .. }
                    if &node.id == id =>
                {
                    Some(node.name.clone())
                }
                Change::NodeUpdated { before, .. } if &before.id == id => Some(before.name.clone()),
                _ => None,
            })
        };
        quoted(&stored.or_else(in_diff).unwrap_or_else(|| id.to_string()))
    }

    fn link_label(&self, key: &LinkKey) -> String {
        let (from, to) = (self.node_label(&key.from), self.node_label(&key.to));
        format!("the {} link from {from} to {to}", key.kind)
    }

    /// Gives every row that changed position its new `ord`.
    fn renumber(&self) -> Result<(), WriteError> {
        for (id, ord) in self.nodes.iter().flat_map(RowOrder::moved) {
            write::set_node_ord(self.tx, self.tree, id, ord)?;
        }
        for (key, ord) in self.links.iter().flat_map(RowOrder::moved) {
            write::set_link_ord(self.tx, self.tree, key, ord)?;
        }
        Ok(())
    }

    fn node_order(&mut self) -> Result<&mut RowOrder<NodeId>, WriteError> {
        if self.nodes.is_none() {
            let sql = "SELECT id, ord FROM nodes WHERE tree_id = ?1 ORDER BY ord";
            let mut statement = self.tx.prepare_cached(sql)?;
            let rows = statement.query_map([self.tree], |row| Ok((row.get(0)?, row.get(1)?)))?;
            let rows: Vec<(String, i64)> = rows.collect::<Result<_, _>>()?;
            let keys = rows.into_iter().map(|(id, ord)| Ok((parse_id(&id)?, ord)));
            self.nodes = Some(RowOrder::new(keys.collect::<Result<_, WriteError>>()?));
        }
        Ok(self.nodes.get_or_insert_with(|| RowOrder::new(Vec::new())))
    }

    fn link_order(&mut self) -> Result<&mut RowOrder<LinkKey>, WriteError> {
        if self.links.is_none() {
            let sql = "SELECT kind, from_id, to_id, ord FROM links WHERE tree_id = ?1 ORDER BY ord";
            let mut statement = self.tx.prepare_cached(sql)?;
            let rows = statement.query_map([self.tree], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                ))
            })?;
            let rows: Vec<(String, String, String, i64)> = rows.collect::<Result<_, _>>()?;
            let keys = rows.into_iter().map(|(kind, from, to, ord)| {
                let kind = LinkKind::parse(&kind)
                    .ok_or_else(|| WriteError::Mismatch(format!("unknown link kind \"{kind}\"")))?;
                Ok((
                    LinkKey {
                        kind,
                        from: parse_id(&from)?,
                        to: parse_id(&to)?,
                    },
                    ord,
                ))
            });
            self.links = Some(RowOrder::new(keys.collect::<Result<_, WriteError>>()?));
        }
        Ok(self.links.get_or_insert_with(|| RowOrder::new(Vec::new())))
    }
}

/// `"ARR"`: how messages name a node.
fn quoted(name: &str) -> String {
    format!("\"{name}\"")
}

fn parse_id(text: &str) -> Result<NodeId, WriteError> {
    NodeId::new(text).map_err(|error| WriteError::Mismatch(error.to_string()))
}

fn same<T: PartialEq + std::fmt::Display>(before: &T, after: &T) -> Result<(), WriteError> {
    if before != after {
        return Err(WriteError::Mismatch(format!(
            "an update cannot turn {before} into {after}"
        )));
    }
    Ok(())
}

impl From<String> for WriteError {
    fn from(reason: String) -> Self {
        WriteError::Mismatch(reason)
    }
}
