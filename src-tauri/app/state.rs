//! What the window keeps between commands: the open store (or why it could not be
//! opened) and a document with its undo history for each tree opened in this run.
//!
//! A store that is refused (corrupt, too new, locked) still gets a window, which
//! shows the reason instead of vanishing with a message on a terminal the user may
//! not have.

use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use kpitree_core::edit::Document;
use kpitree_core::model::{TreeId, TreeSummary};
use kpitree_core::store::Store;
use kpitree_core::workspace;

use crate::error::{AppError, ErrorKind};

pub struct AppState {
    pub store_path: PathBuf,
    /// The file the window was started with, opened: its tree, or why not.
    pub opened_at_start: Option<Result<TreeId, AppError>>,
    store: Result<Mutex<Store>, AppError>,
    documents: Mutex<BTreeMap<TreeId, Document>>,
}

impl AppState {
    pub fn new(
        store_path: PathBuf,
        store: Result<Store, AppError>,
        opened_at_start: Option<Result<TreeId, AppError>>,
    ) -> Self {
        AppState {
            store_path,
            opened_at_start,
            store: store.map(Mutex::new),
            documents: Mutex::new(BTreeMap::new()),
        }
    }

    /// The store, for one command, or the error that kept it from opening. A
    /// poisoned lock means an earlier command panicked; the store itself is still
    /// consistent (every write is a transaction), so it is reported, not propagated.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        self.store
            .as_ref()
            .map_err(Clone::clone)?
            .lock()
            .map_err(|_| poisoned())
    }

    /// Runs `work` on the document of tree `id` (loaded from the store the first
    /// time) and the store, both locked, always in this order (store, then
    /// documents) so that two commands cannot deadlock.
    pub fn with_document<T>(
        &self,
        id: TreeId,
        work: impl FnOnce(&mut Store, &mut Document) -> Result<T, AppError>,
    ) -> Result<T, AppError> {
        let mut store = self.store()?;
        let mut documents = self.documents.lock().map_err(|_| poisoned())?;
        let document = match documents.entry(id) {
            Entry::Occupied(entry) => entry.into_mut(),
            Entry::Vacant(entry) => entry.insert(Document::new(store.load_tree(id)?)),
        };
        work(&mut store, document)
    }
}

/// What another connection changed, as [`AppState::take_outside_changes`] found it.
pub struct OutsideChanges {
    /// SQLite's count of other connections' commits, now.
    pub data_version: i64,
    /// Whether another connection committed since the count the caller last saw.
    pub by_others: bool,
    /// The store's trees now.
    pub trees: Vec<TreeSummary>,
    /// The open trees that changed, with one line saying how.
    pub changed: Vec<(TreeId, String)>,
}

impl AppState {
    /// Reads the store as it is now and, when another connection committed since
    /// `seen_version`, reloads every open document from it (keeping its undo
    /// history) and drops those of trees that are gone.
    pub fn take_outside_changes(&self, seen_version: i64) -> Result<OutsideChanges, AppError> {
        let store = self.store()?;
        let data_version = store.data_version()?;
        let trees = store.list_trees()?;
        let by_others = data_version != seen_version;
        let mut changed = Vec::new();
        if by_others {
            let mut documents = self.documents.lock().map_err(|_| poisoned())?;
            documents.retain(|id, _| trees.iter().any(|tree| tree.id == *id));
            for (id, document) in documents.iter_mut() {
                let change = workspace::reload(&store, *id, document)?;
                if !change.is_empty() {
                    changed.push((*id, change.text()));
                }
            }
        }
        Ok(OutsideChanges {
            data_version,
            by_others,
            trees,
            changed,
        })
    }

    /// Drops the document (and undo history) of tree `id`, e.g. once it is deleted.
    pub fn forget_document(&self, id: TreeId) -> Result<(), AppError> {
        self.documents.lock().map_err(|_| poisoned())?.remove(&id);
        Ok(())
    }
}

fn poisoned() -> AppError {
    AppError::new(
        ErrorKind::Internal,
        "a lock was poisoned by an earlier failure",
    )
}
