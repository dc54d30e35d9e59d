//! What the window keeps between commands: the open store.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use kpitree_core::store::Store;

use crate::error::{AppError, ErrorKind};

pub struct AppState {
    pub store_path: PathBuf,
    store: Mutex<Store>,
}

impl AppState {
    pub fn new(store_path: PathBuf, store: Store) -> Self {
        AppState {
            store_path,
            store: Mutex::new(store),
        }
    }

    /// The store, for one command. A poisoned lock means an earlier command
    /// panicked; the store itself is still consistent (every write is a
    /// transaction), so it is reported, not propagated as a panic.
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, AppError> {
        self.store
            .lock()
            .map_err(|_| AppError::new(ErrorKind::Internal, "the store lock was poisoned"))
    }
}
