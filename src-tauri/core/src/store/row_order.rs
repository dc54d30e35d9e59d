//! The order of one tree's nodes (or links) while a diff is written.
//!
//! A diff's indices are positions in a list as it is at each change. Shifting the
//! `ord` of every later row at each insert or removal would cost O(rows) writes per
//! change; instead the list of keys is replayed in memory, and at the end only
//! the rows whose position changed get a new `ord`. It is loaded only for diffs
//! that add or remove rows of that table, so a move or an update costs nothing.
//!
//! Positions are kept as well as they can be, never refused: another window may
//! have added or removed rows since the diff was made, so a row to remove is
//! looked for beyond its recorded index, and an index past the end adds at the end
//! (which rows may change is checked by the caller, against the rows' contents).

use std::fmt::Display;

/// A key in its list, with the `ord` it has in the table now.
struct Entry<K> {
    key: K,
    stored: Option<i64>,
}

pub(super) struct RowOrder<K> {
    entries: Vec<Entry<K>>,
}

impl<K: PartialEq + Display> RowOrder<K> {
    /// `rows` in stored order, each with its stored `ord`.
    pub(super) fn new(rows: Vec<(K, i64)>) -> Self {
        let entries = rows
            .into_iter()
            .map(|(key, ord)| Entry {
                key,
                stored: Some(ord),
            })
            .collect();
        RowOrder { entries }
    }

    /// Records `key` added at `index` (at the end when the list is shorter); it
    /// was stored with `ord = stored`.
    pub(super) fn insert(&mut self, index: u32, key: K, stored: i64) {
        let index = (index as usize).min(self.entries.len());
        self.entries.insert(
            index,
            Entry {
                key,
                stored: Some(stored),
            },
        );
    }

    /// Records the removal of `key`, recorded at `index`; it is looked for
    /// elsewhere only when it is not there.
    pub(super) fn remove(&mut self, index: u32, key: &K) -> Result<(), String> {
        let index = index as usize;
        let at = match self.entries.get(index) {
            Some(entry) if &entry.key == key => Some(index),
            _ => self.entries.iter().position(|entry| &entry.key == key),
        };
        match at {
            Some(at) => {
                self.entries.remove(at);
                Ok(())
            }
            None => Err(format!("{key} is not in the list")),
        }
    }

    /// The keys whose stored `ord` differs from their position, with that position.
    pub(super) fn moved(&self) -> impl Iterator<Item = (&K, i64)> {
        self.entries
            .iter()
            .enumerate()
            .filter_map(|(position, entry)| {
                let position = i64::try_from(position).unwrap_or(i64::MAX);
                (entry.stored != Some(position)).then_some((&entry.key, position))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(keys: &[&str]) -> RowOrder<String> {
        RowOrder::new(
            keys.iter()
                .enumerate()
                .map(|(i, k)| (k.to_string(), i as i64))
                .collect(),
        )
    }

    #[test]
    fn only_rows_that_moved_are_renumbered() {
        let mut list = order(&["a", "b", "c", "d"]);
        list.remove(1, &"b".to_string()).unwrap();
        list.insert(3, "e".to_string(), 3);
        let moved: Vec<_> = list.moved().map(|(k, p)| (k.clone(), p)).collect();
        assert_eq!(moved, vec![("c".to_string(), 1), ("d".to_string(), 2)]);
    }

    #[test]
    fn positions_moved_elsewhere_are_followed() {
        let mut list = order(&["a", "b"]);
        list.remove(0, &"b".to_string()).unwrap();
        list.insert(7, "x".to_string(), 7);
        let moved: Vec<_> = list.moved().map(|(k, p)| (k.clone(), p)).collect();
        assert_eq!(moved, vec![("x".to_string(), 1)]);
        assert!(list.remove(0, &"b".to_string()).is_err());
    }
}
