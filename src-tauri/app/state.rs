//! What the window keeps between commands: the open store, or why it could not be
//! opened. A store that is refused (corrupt, too new, locked) still gets a window,
//! which shows the reason instead of vanishing with a message on a terminal the
//! user may not have.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use kpitree_core::store::Store;

use crate::error::{AppError, ErrorKind};

pub struct AppState {
    pub store_path: PathBuf,
    store: Result<Mutex<Store>, AppError>,
}

impl AppState {
    pub fn new(store_path: PathBuf, store: Result<Store, AppError>) -> Self {
        AppState {
            store_path,
            store: store.map(Mutex::new),
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
            .map_err(|_| AppError::new(ErrorKind::Internal, "the store lock was poisoned"))
    }
}
