//! Writing a diff: exactly the rows it changes, in one transaction.
//!
//! Changes are written in the diff's order (links are removed before their nodes
//! and added after them, so foreign keys hold at every statement). Each change is
//! checked against the stored rows: a removed or updated row must exist, an added
//! index must be within the list; a change that does not fit aborts the whole
//! transaction, leaving the store as it was.

use rusqlite::Transaction;

use super::error::At;
use super::row_order::RowOrder;
use super::write;
use super::{settings, trees, Store, StoreError};
use crate::edit::{Change, Diff};
use crate::model::{Link, LinkKey, LinkKind, Node, NodeId, TreeId};

impl Store {
    /// Writes `diff` (made by an edit, an undo or a redo of tree `tree`).
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
            nodes: None,
            links: None,
        };
        let written = diff
            .changes
            .iter()
            .try_for_each(|change| writer.write(change));
        written
            .and_then(|()| writer.renumber())
            .map_err(|error| match error {
                WriteError::Sql(source) => StoreError::sqlite(&path, source),
                WriteError::Mismatch(reason) => StoreError::Mismatch {
                    path: path.clone(),
                    tree,
                    reason,
                },
            })?;
        write::touch(&tx, tree).at(&path)?;
        tx.commit().at(&path)
    }
}

enum WriteError {
    Sql(rusqlite::Error),
    Mismatch(String),
}

impl From<rusqlite::Error> for WriteError {
    fn from(error: rusqlite::Error) -> Self {
        WriteError::Sql(error)
    }
}

fn expect_one(rows: usize, what: impl FnOnce() -> String) -> Result<(), WriteError> {
    match rows {
        1 => Ok(()),
        _ => Err(WriteError::Mismatch(format!(
            "there is no {} as recorded",
            what()
        ))),
    }
}

struct Writer<'t> {
    tx: &'t Transaction<'t>,
    tree: TreeId,
    nodes: Option<RowOrder<NodeId>>,
    links: Option<RowOrder<LinkKey>>,
}

impl Writer<'_> {
    fn write(&mut self, change: &Change) -> Result<(), WriteError> {
        let (tx, tree) = (self.tx, self.tree);
        match change {
            Change::NodeAdded { index, node } => {
                self.node_order()?
                    .insert(*index, node.id.clone(), i64::from(*index))?;
                write::insert_node(tx, tree, i64::from(*index), node)?;
            }
            Change::NodeRemoved { index, node } => self.remove_node(*index, node)?,
            Change::NodeUpdated { before, after } => {
                same(&before.id, &after.id)?;
                expect_one(write::update_node(tx, tree, after)?, || {
                    format!("node \"{}\"", after.id)
                })?;
            }
            Change::LinkAdded { index, link } => {
                self.link_order()?
                    .insert(*index, link.key(), i64::from(*index))?;
                write::insert_link(tx, tree, i64::from(*index), link)?;
            }
            Change::LinkRemoved { index, link } => self.remove_link(*index, link)?,
            Change::LinkUpdated { before, after } => {
                same(&before.key(), &after.key())?;
                expect_one(write::update_link(tx, tree, after)?, || {
                    format!("link {}", after.key())
                })?;
            }
            Change::TreeRenamed { before, after } => {
                let sql = "UPDATE trees SET name = ?2 WHERE id = ?1 AND name = ?3";
                let rows = tx.execute(sql, (tree, after, before))?;
                expect_one(rows, || "tree name".into())?;
            }
            Change::DescriptionSet { before, after } => {
                let sql = "UPDATE trees SET description = ?2 WHERE id = ?1 AND description IS ?3";
                let rows = tx.execute(sql, (tree, after, before))?;
                expect_one(rows, || "tree description".into())?;
            }
            Change::StatusThresholdsSet { before, after } => {
                if settings::read_thresholds(tx, tree)? != *before {
                    let reason = "the status thresholds are not as recorded".to_owned();
                    return Err(WriteError::Mismatch(reason));
                }
                settings::write_thresholds(tx, tree, after)?;
            }
        }
        Ok(())
    }

    fn remove_node(&mut self, index: u32, node: &Node) -> Result<(), WriteError> {
        self.node_order()?.remove(index, &node.id)?;
        if write::node_has_links(self.tx, self.tree, &node.id)? {
            let reason = format!("node \"{}\" still has links", node.id);
            return Err(WriteError::Mismatch(reason));
        }
        let rows = write::delete_node(self.tx, self.tree, &node.id)?;
        expect_one(rows, || format!("node \"{}\"", node.id))
    }

    fn remove_link(&mut self, index: u32, link: &Link) -> Result<(), WriteError> {
        let key = link.key();
        self.link_order()?.remove(index, &key)?;
        let rows = write::delete_link(self.tx, self.tree, &key)?;
        expect_one(rows, || format!("link {key}"))
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
