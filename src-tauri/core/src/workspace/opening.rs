//! Opening a kpitree file (`kpitree open FILE.json`, the file manager's "Open
//! with", a file handed to a window already open): the tree of the file, imported
//! into the store the first time ([`import_tree`]) and shown from the store after
//! that, so that opening the same file twice never makes two copies.
//!
//! How "there" is known: the store remembers, under the setting
//! `opened_file.<canonical path>`, which tree each opened file became, as the
//! tree's id and its creation time ([`Store::tree_created_at`]). The file is in the
//! store while a tree with that id and that creation time is (and is not in the
//! trash): an id alone is not enough, as a new tree may get the id of a deleted
//! one. A tree deleted since (or in the trash) is imported again. The path is
//! canonical (links and `..` resolved), so `./a.json` and its absolute path are
//! one file.
//!
//! A file is known by its path, not by its content: once imported, the tree in
//! the store is the user's working copy, and a file changed on disk since is not
//! imported again (the window's Import JSON… adds it as a new tree).
//!
//! On a read-only store a known file is shown and an unknown one is refused (the
//! import cannot be written); nothing is remembered.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{import_tree, read_tree_file, WorkspaceError};
use crate::model::TreeId;
use crate::store::Store;

/// What opening a file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenedFile {
    /// The file's tree in the store.
    pub tree: TreeId,
    /// Whether it was imported now (else it was in the store already).
    pub imported: bool,
}

/// What the store remembers of an opened file: the tree it became.
#[derive(Debug, Serialize, Deserialize)]
struct Remembered {
    tree: TreeId,
    created_at: String,
}

fn opened_key(canonical: &Path) -> String {
    format!("opened_file.{}", canonical.display())
}

/// Opens the kpitree file at `path` in `store`: its tree if the store has it from
/// an earlier opening, else the file validated and imported as a new tree (a bad
/// file is refused whole, naming the file, and the store is unchanged).
pub fn open_file(store: &mut Store, path: &Path) -> Result<OpenedFile, WorkspaceError> {
    let canonical = canonical(path)?;
    let key = opened_key(&canonical);
    let remembered = store
        .get_setting(&key)?
        .and_then(|text| serde_json::from_str::<Remembered>(&text).ok());
    if let Some(remembered) = remembered {
        let created_at = store.tree_created_at(remembered.tree)?;
        if created_at.as_deref() == Some(remembered.created_at.as_str()) {
            return Ok(OpenedFile {
                tree: remembered.tree,
                imported: false,
            });
        }
    }
    let tree = import_tree(store, read_tree_file(path)?)?;
    if let Some(created_at) = store.tree_created_at(tree)? {
        let text = serde_json::to_string(&Remembered { tree, created_at })
            .map_err(|error| WorkspaceError::Invalid(error.to_string()))?;
        store.remember_setting(&key, &text)?;
    }
    Ok(OpenedFile {
        tree,
        imported: true,
    })
}

/// The file's canonical path; a missing or unreadable file is named.
fn canonical(path: &Path) -> Result<PathBuf, WorkspaceError> {
    std::fs::canonicalize(path).map_err(|error| WorkspaceError::io(path, error))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange;
    use crate::sample;

    fn store_and_file() -> (tempfile::TempDir, Store, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("growth.kpitree.json");
        std::fs::write(&file, interchange::write(&sample::saas_arr())).unwrap();
        let store = Store::open(dir.path().join("store.db")).unwrap();
        (dir, store, file)
    }

    #[test]
    fn a_file_is_imported_the_first_time_and_shown_after_that() {
        let (dir, mut store, file) = store_and_file();
        let first = open_file(&mut store, &file).unwrap();
        assert!(first.imported);
        assert_eq!(store.list_trees().unwrap().len(), 1);
        // The same file by another path: one file, nothing imported.
        let again = dir.path().join(".").join("growth.kpitree.json");
        let second = open_file(&mut store, &again).unwrap();
        assert_eq!(
            second,
            OpenedFile {
                tree: first.tree,
                imported: false
            }
        );
        assert_eq!(store.list_trees().unwrap().len(), 1);
    }

    #[test]
    fn a_deleted_or_trashed_tree_is_imported_again_even_when_its_id_is_reused() {
        let (_dir, mut store, file) = store_and_file();
        let first = open_file(&mut store, &file).unwrap();
        store.trash_tree(first.tree).unwrap();
        let after_trash = open_file(&mut store, &file).unwrap();
        assert!(after_trash.imported);

        // Deleted for good, and a new tree takes its id (SQLite reuses the
        // highest rowid; the trashed one keeps its own): the file is still not
        // "there".
        store.delete_tree(after_trash.tree).unwrap();
        let mut other = sample::saas_arr();
        other.name = "Someone else's".into();
        // Created in a later millisecond than the tree whose id it takes.
        std::thread::sleep(std::time::Duration::from_millis(5));
        let reused = store.insert_tree(&other).unwrap();
        assert_eq!(reused, after_trash.tree, "SQLite reused the id");
        let reopened = open_file(&mut store, &file).unwrap();
        assert!(reopened.imported);
        assert_ne!(reopened.tree, reused);
    }

    #[test]
    fn a_bad_or_missing_file_is_refused_naming_it_and_the_store_is_unchanged() {
        let (dir, mut store, _file) = store_and_file();
        let bad = dir.path().join("bad.kpitree.json");
        std::fs::write(&bad, "{\"version\": 1, \"name\": ").unwrap();
        let error = open_file(&mut store, &bad).unwrap_err().to_string();
        assert!(error.contains("bad.kpitree.json"), "{error}");
        let missing = dir.path().join("missing.json");
        let error = open_file(&mut store, &missing).unwrap_err().to_string();
        assert!(error.contains("missing.json"), "{error}");
        assert!(store.list_trees().unwrap().is_empty());
        let key = opened_key(&std::fs::canonicalize(&bad).unwrap());
        assert_eq!(store.get_setting(&key).unwrap(), None);
    }
}
