//! Seeing the store as it is (SPEC 7): changes that another window or a command-line
//! run commits to the store reach this window within a fraction of a second, as a
//! `store-changed` event the page turns into a new tree list, a new view of the open
//! tree (selection and viewport kept) and a quiet notice.
//!
//! How a change is noticed, without polling: the operating system's file watcher
//! (`notify`: inotify on Linux) wakes a thread when the store's file or its WAL is
//! written. Our own commits write them too, so the thread then asks SQLite whether
//! *another* connection committed since it last looked (`PRAGMA data_version`, which
//! changes only for other connections' commits) and does nothing when none did. With
//! nothing changing the thread sleeps in the kernel: no CPU, no battery.
//!
//! Invariants:
//! - The store, then the documents, are locked in that order (as `AppState` does), so
//!   the watcher cannot deadlock with a command.
//! - A document is reloaded in place (`workspace::reload`): its undo history stays,
//!   and a step that no longer fits the store is refused when it is used.
//! - Settings written elsewhere (another window's viewport, its last tree) change
//!   nothing on screen: an event is sent only when the tree list or an open tree
//!   changed, so two windows never wake each other in a loop.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::time::Duration;

use kpitree_core::model::TreeSummary;
use notify::{Event, RecursiveMode, Watcher};
use serde::Serialize;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::error::AppError;
use crate::state::AppState;

/// The event the page listens to.
pub const STORE_CHANGED_EVENT: &str = "store-changed";

/// Writes that come in a burst (a transaction's pages, then its commit) are taken
/// together: the thread waits this long after the last one before it looks.
const SETTLE: Duration = Duration::from_millis(60);

/// What changed in the store, made elsewhere.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct StoreChanged {
    /// The store's trees as they are now.
    pub trees: Vec<TreeSummary>,
    /// Trees this window had open whose nodes, links or fields changed.
    pub changed_trees: Vec<u32>,
    /// One line for a quiet notice (e.g. `“Churn” added elsewhere`); none when
    /// only trees this window has not opened changed (their lines in the list show
    /// it).
    pub notice: Option<String>,
}

/// Starts watching the store of `app` on a thread of its own. A store that did not
/// open, or a folder the system cannot watch, leaves the window as it was before
/// this feature: it works, it just does not see outside changes (said on stderr).
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let state = app.state::<AppState>();
    let path = state.store_path.clone();
    let Ok(seen) = Seen::now(&state) else {
        return;
    };
    let (sender, events) = channel::<notify::Result<Event>>();
    let watcher = notify::recommended_watcher(sender).and_then(|mut watcher| {
        watcher.watch(folder_of(&path), RecursiveMode::NonRecursive)?;
        Ok(watcher)
    });
    let watcher = match watcher {
        Ok(watcher) => watcher,
        Err(error) => {
            eprintln!(
                "kpitree: outside changes to {} will not show: {error}",
                path.display()
            );
            return;
        }
    };
    let app = app.clone();
    let spawned = std::thread::Builder::new()
        .name("store-watch".into())
        .spawn(move || {
            // The watcher lives as long as the thread that reads its events.
            let _watcher = watcher;
            watch(&app, &path, &events, seen);
        });
    if let Err(error) = spawned {
        eprintln!("kpitree: outside changes will not show: {error}");
    }
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

/// Whether `event` touched the store's own files (the database and its WAL; the
/// shared-memory index changes on every read and says nothing).
fn concerns_store(event: &Event, store: &Path) -> bool {
    let Some(name) = store.file_name() else {
        return false;
    };
    let wal = PathBuf::from(format!("{}-wal", name.to_string_lossy()));
    event.paths.iter().any(|path| {
        path.file_name()
            .is_some_and(|file| file == name || Path::new(file) == wal)
    })
}

fn watch<R: Runtime>(
    app: &AppHandle<R>,
    path: &Path,
    events: &Receiver<notify::Result<Event>>,
    mut seen: Seen,
) {
    while let Ok(event) = events.recv() {
        if !event.is_ok_and(|event| concerns_store(&event, path)) {
            continue;
        }
        // Take the rest of the burst.
        loop {
            match events.recv_timeout(SETTLE) {
                Ok(_) => continue,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        let state = app.state::<AppState>();
        match look(&state, &mut seen) {
            Ok(Some(change)) => {
                if let Err(error) = app.emit(STORE_CHANGED_EVENT, change) {
                    eprintln!("kpitree: an outside change could not reach the page: {error}");
                }
            }
            Ok(None) => {}
            Err(error) => eprintln!("kpitree: the store could not be read again: {error}"),
        }
    }
}

/// What the watcher saw last: SQLite's count of other connections' commits, and the
/// tree list (kept in step with this window's own changes, so that only other
/// people's show as "elsewhere").
pub(crate) struct Seen {
    data_version: i64,
    trees: Vec<TreeSummary>,
}

impl Seen {
    pub(crate) fn now(state: &AppState) -> Result<Seen, AppError> {
        let store = state.store()?;
        Ok(Seen {
            data_version: store.data_version()?,
            trees: store.list_trees()?,
        })
    }
}

/// Looks at the store after a write to its files. When only this window wrote,
/// takes its tree list as seen; when another connection committed, reloads the open
/// documents and says what changed, if anything the window shows did.
pub(crate) fn look(state: &AppState, seen: &mut Seen) -> Result<Option<StoreChanged>, AppError> {
    let outside = state.take_outside_changes(seen.data_version)?;
    let before = std::mem::replace(&mut seen.trees, outside.trees);
    seen.data_version = outside.data_version;
    if !outside.by_others {
        return Ok(None);
    }
    let mut lines = list_notice(&before, &seen.trees);
    if before == seen.trees && outside.changed.is_empty() {
        return Ok(None);
    }
    lines.extend(outside.changed.iter().map(|(_, text)| text.clone()));
    let changed_trees = outside
        .changed
        .iter()
        .filter_map(|(id, _)| u32::try_from(*id).ok())
        .collect();
    let notice = (!lines.is_empty()).then(|| lines.join("; "));
    Ok(Some(StoreChanged {
        trees: seen.trees.clone(),
        changed_trees,
        notice,
    }))
}

/// The trees added, deleted or renamed elsewhere, by name.
fn list_notice(before: &[TreeSummary], after: &[TreeSummary]) -> Vec<String> {
    let name_of = |trees: &[TreeSummary], id| {
        trees
            .iter()
            .find(|tree| tree.id == id)
            .map(|tree| tree.name.clone())
    };
    let mut lines = Vec::new();
    for tree in after {
        match name_of(before, tree.id) {
            None => lines.push(format!("“{}” was added elsewhere", tree.name)),
            Some(old) if old != tree.name => {
                lines.push(format!("“{old}” was renamed “{}” elsewhere", tree.name));
            }
            Some(_) => {}
        }
    }
    for tree in before {
        if name_of(after, tree.id).is_none() {
            lines.push(format!("“{}” was deleted elsewhere", tree.name));
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: i64, name: &str) -> TreeSummary {
        TreeSummary {
            id,
            name: name.into(),
            node_count: 1,
            link_count: 0,
        }
    }

    #[test]
    fn the_notice_names_trees_added_renamed_and_deleted() {
        let before = [summary(1, "Zira"), summary(2, "Old"), summary(3, "Gone")];
        let after = [summary(1, "Zira"), summary(2, "New"), summary(4, "Fresh")];
        assert_eq!(
            list_notice(&before, &after),
            [
                "“Old” was renamed “New” elsewhere",
                "“Fresh” was added elsewhere",
                "“Gone” was deleted elsewhere",
            ]
        );
    }

    #[test]
    fn only_the_store_and_its_wal_concern_the_watch() {
        let store = Path::new("/data/kpitree.db");
        let event = |path: &str| Event::new(notify::EventKind::Any).add_path(path.into());
        assert!(concerns_store(&event("/data/kpitree.db"), store));
        assert!(concerns_store(&event("/data/kpitree.db-wal"), store));
        assert!(!concerns_store(&event("/data/kpitree.db-shm"), store));
        assert!(!concerns_store(&event("/data/other.db"), store));
    }
}
