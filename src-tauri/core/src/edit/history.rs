//! The undo history: a bounded stack of diffs done and a stack of diffs undone.
//!
//! Invariant: the diffs on the undo stack, applied in order, lead from some
//! earlier tree to the current one; the redo stack holds the diffs undone since
//! the last new edit. A new edit clears the redo stack. When the undo stack is
//! full, the oldest diff is forgotten.

use std::collections::VecDeque;

use super::Diff;

#[derive(Debug, Clone)]
pub struct History {
    done: VecDeque<Diff>,
    undone: Vec<Diff>,
    limit: usize,
}

impl Default for History {
    fn default() -> Self {
        History::new()
    }
}

impl History {
    /// How many edits can be undone by default.
    pub const DEFAULT_LIMIT: usize = 500;

    pub fn new() -> Self {
        History::with_limit(Self::DEFAULT_LIMIT)
    }

    /// A history that keeps at most `limit` edits (at least one).
    pub fn with_limit(limit: usize) -> Self {
        History {
            done: VecDeque::new(),
            undone: Vec::new(),
            limit: limit.max(1),
        }
    }

    /// Records a new edit's diff: it can be undone, and nothing can be redone.
    /// An empty diff changed nothing and is not recorded.
    pub fn record(&mut self, diff: Diff) {
        if diff.is_empty() {
            return;
        }
        self.undone.clear();
        self.done.push_back(diff);
        while self.done.len() > self.limit {
            self.done.pop_front();
        }
    }

    /// Moves the last edit to the redo stack and returns the diff that undoes it.
    pub fn undo(&mut self) -> Option<Diff> {
        let diff = self.done.pop_back()?;
        let reverse = diff.reversed();
        self.undone.push(diff);
        Some(reverse)
    }

    /// Moves the last undone edit back and returns the diff that redoes it.
    pub fn redo(&mut self) -> Option<Diff> {
        let diff = self.undone.pop()?;
        self.done.push_back(diff.clone());
        Some(diff)
    }

    /// The diff [`History::undo`] would return, leaving the history as it is.
    pub fn next_undo(&self) -> Option<Diff> {
        self.done.back().map(Diff::reversed)
    }

    /// The diff [`History::redo`] would return, leaving the history as it is.
    pub fn next_redo(&self) -> Option<Diff> {
        self.undone.last().cloned()
    }

    pub fn can_undo(&self) -> bool {
        !self.done.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.undone.is_empty()
    }

    /// Forgets everything (for example when another tree is opened).
    pub fn clear(&mut self) {
        self.done.clear();
        self.undone.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Change;

    fn diff(n: u32) -> Diff {
        let name = |n: u32| n.to_string();
        Diff::new(vec![Change::TreeRenamed {
            before: name(n),
            after: name(n + 1),
        }])
    }

    #[test]
    fn undo_then_redo_moves_between_stacks() {
        let mut history = History::new();
        history.record(diff(0));
        assert_eq!(history.undo(), Some(diff(0).reversed()));
        assert!(!history.can_undo() && history.can_redo());
        assert_eq!(history.redo(), Some(diff(0)));
        assert!(history.can_undo() && !history.can_redo());
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let mut history = History::new();
        history.record(diff(0));
        history.undo();
        history.record(diff(5));
        assert!(!history.can_redo());
    }

    #[test]
    fn bounded_and_ignores_empty_diffs() {
        let mut history = History::with_limit(3);
        history.record(Diff::default());
        assert!(!history.can_undo());
        (0..5).for_each(|n| history.record(diff(n)));
        let undone: Vec<_> = std::iter::from_fn(|| history.undo()).collect();
        assert_eq!(
            undone,
            vec![diff(4).reversed(), diff(3).reversed(), diff(2).reversed()]
        );
    }
}
