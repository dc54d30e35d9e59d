//! A failed command leaves the disk as it was: when the store file did not exist
//! before the command, whatever opening it made (the file, its `-wal`, `-shm` and
//! `-journal`, and the folders created for it) is removed again.
//!
//! Commands validate their input before they open the store (import reads its file
//! first); this is the guarantee behind that habit, for every failure after the
//! store was created (a locked or full disk, a refused insert).

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use kpitree_core::store::Store;

/// What did not exist on disk before a command: the store file, and the folders
/// above it that were missing (deepest first).
pub struct Fresh {
    store: Option<PathBuf>,
    folders: Vec<PathBuf>,
}

impl Fresh {
    /// Notes what of `store`'s path is missing now.
    pub fn note(store: &Path) -> Fresh {
        if store.exists() || store.is_symlink() {
            return Fresh {
                store: None,
                folders: Vec::new(),
            };
        }
        let folders = store
            .ancestors()
            .skip(1)
            .filter(|folder| !folder.as_os_str().is_empty())
            .take_while(|folder| !folder.exists())
            .map(Path::to_path_buf)
            .collect();
        Fresh {
            store: Some(store.to_path_buf()),
            folders,
        }
    }

    /// Removes what the failed command created. Best effort: a file that cannot be
    /// removed is left (the command's own error is what the user needs to see), and
    /// a folder that is not empty stays. A store that holds trees by now was made by
    /// another program meanwhile (a window started at the same moment) and stays.
    pub fn undo(self) {
        let Some(store) = self.store else { return };
        if holds_trees(&store) {
            return;
        }
        for suffix in ["", "-wal", "-shm", "-journal"] {
            let mut name = OsString::from(store.as_os_str());
            name.push(suffix);
            let _ = std::fs::remove_file(PathBuf::from(name));
        }
        for folder in self.folders {
            let _ = std::fs::remove_dir(folder);
        }
    }
}

/// Whether `store` opens as a store with at least one tree (a file that is not
/// there or does not open holds none: it is what the failed command left).
fn holds_trees(store: &Path) -> bool {
    store.exists()
        && Store::open(store)
            .and_then(|store| store.list_trees())
            .is_ok_and(|trees| !trees.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use kpitree_core::model::Tree;

    #[test]
    fn undo_removes_a_store_opened_after_the_note_and_its_new_folders() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("a").join("b").join("kpitree.db");
        let fresh = Fresh::note(&db);
        let store = Store::open(&db).unwrap();
        drop(store);
        fresh.undo();
        assert_eq!(std::fs::read_dir(folder.path()).unwrap().count(), 0);
    }

    #[test]
    fn undo_keeps_a_store_that_another_program_filled_meanwhile() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("kpitree.db");
        let fresh = Fresh::note(&db);
        Store::open(&db)
            .unwrap()
            .insert_tree(&Tree::new("Theirs"))
            .unwrap();
        fresh.undo();
        assert_eq!(Store::open(&db).unwrap().list_trees().unwrap().len(), 1);
    }

    #[test]
    fn undo_leaves_a_store_that_existed_before() {
        let folder = tempfile::tempdir().unwrap();
        let db = folder.path().join("kpitree.db");
        drop(Store::open(&db).unwrap());
        Fresh::note(&db).undo();
        assert!(db.exists());
    }
}
