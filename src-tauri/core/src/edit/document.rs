//! A tree being edited, with its undo history.
//!
//! Invariant: only `perform`, `undo`, `redo` and `reload` change the tree. The
//! history fits the tree except after a `reload` (the store changed elsewhere):
//! then a step that no longer fits (it changes a node that was changed or removed
//! elsewhere) is refused when it is undone or redone, leaving the tree and the
//! history as they were, and the steps that still fit work as before. The `*_with` variants take a `save` step (typically
//! `store.apply_diff`) that runs after the change is known and before it is kept:
//! when saving fails, the tree and the history are put back, so the document in
//! memory never runs ahead of the store.

use super::{apply, apply_diff, Diff, Edit, EditError, History};
use crate::model::Tree;

#[derive(Debug, Clone)]
pub struct Document {
    tree: Tree,
    history: History,
}

impl Document {
    pub fn new(tree: Tree) -> Self {
        Document {
            tree,
            history: History::new(),
        }
    }

    pub fn with_history(tree: Tree, history: History) -> Self {
        Document { tree, history }
    }

    pub fn tree(&self) -> &Tree {
        &self.tree
    }

    pub fn into_tree(self) -> Tree {
        self.tree
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Takes `tree` as the store has it now (changed by another window or the
    /// command line), keeping the undo history.
    pub fn reload(&mut self, tree: Tree) {
        self.tree = tree;
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// Performs and records `edit`; returns what changed (empty: nothing did).
    pub fn perform(&mut self, edit: &Edit) -> Result<Diff, EditError> {
        self.perform_with(edit, |_| Ok::<(), EditError>(()))
    }

    /// Undoes the last edit; returns the diff applied, `None` when there is none.
    pub fn undo(&mut self) -> Result<Option<Diff>, EditError> {
        self.undo_with(|_| Ok::<(), EditError>(()))
    }

    /// Redoes the last undone edit; returns the diff applied.
    pub fn redo(&mut self) -> Result<Option<Diff>, EditError> {
        self.redo_with(|_| Ok::<(), EditError>(()))
    }

    /// Like [`Document::perform`], keeping the change only when `save` succeeds.
    /// `save` is not called for an edit that changes nothing.
    pub fn perform_with<E: From<EditError>>(
        &mut self,
        edit: &Edit,
        save: impl FnOnce(&Diff) -> Result<(), E>,
    ) -> Result<Diff, E> {
        let diff = apply(&mut self.tree, edit)?;
        if diff.is_empty() {
            return Ok(diff);
        }
        if let Err(error) = save(&diff) {
            self.revert(&diff);
            return Err(error);
        }
        self.history.record(diff.clone());
        Ok(diff)
    }

    /// Like [`Document::undo`], keeping the change only when `save` succeeds.
    pub fn undo_with<E: From<EditError>>(
        &mut self,
        save: impl FnOnce(&Diff) -> Result<(), E>,
    ) -> Result<Option<Diff>, E> {
        let Some(diff) = self.history.undo() else {
            return Ok(None);
        };
        let kept = self.apply_and_save(&diff, save);
        if kept.is_err() {
            self.history.redo();
        }
        kept.map(|()| Some(diff))
    }

    /// Like [`Document::redo`], keeping the change only when `save` succeeds.
    pub fn redo_with<E: From<EditError>>(
        &mut self,
        save: impl FnOnce(&Diff) -> Result<(), E>,
    ) -> Result<Option<Diff>, E> {
        let Some(diff) = self.history.redo() else {
            return Ok(None);
        };
        let kept = self.apply_and_save(&diff, save);
        if kept.is_err() {
            self.history.undo();
        }
        kept.map(|()| Some(diff))
    }

    fn apply_and_save<E: From<EditError>>(
        &mut self,
        diff: &Diff,
        save: impl FnOnce(&Diff) -> Result<(), E>,
    ) -> Result<(), E> {
        apply_diff(&mut self.tree, diff).map_err(EditError::from)?;
        save(diff).inspect_err(|_| self.revert(diff))
    }

    /// Takes back a diff that was just applied; its inverse fits by construction.
    fn revert(&mut self, diff: &Diff) {
        let reverted = apply_diff(&mut self.tree, &diff.reversed());
        debug_assert!(reverted.is_ok(), "the inverse of an applied diff must fit");
    }
}
