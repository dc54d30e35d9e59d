//! A store on a disk that fills up or is read-only (SPEC 7). Where this machine
//! lets the tests mount a small tmpfs (root on Linux), they use a real full or
//! read-only file system; elsewhere a full disk is a file size limit
//! (`RLIMIT_FSIZE`) in a child process, and a read-only store a file the child,
//! run as another user, may not write.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::rich_tree;
use kpitree_core::model::{Tree, TreeId};
use kpitree_core::store::{Store, StoreError};
use rusqlite::Connection;

/// A tmpfs mounted on a temporary folder, unmounted when dropped.
struct Tmpfs {
    folder: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (as `mount -o size=` takes it), or `None` where
    /// this machine does not permit it (or `KPITREE_TEST_NO_MOUNT` is set).
    fn mount(size: &str) -> Option<Tmpfs> {
        // To run the fallbacks where mounting works (as CI on a machine that
        // refuses it would).
        if std::env::var_os("KPITREE_TEST_NO_MOUNT").is_some() {
            return None;
        }
        let folder = tempfile::tempdir().ok()?;
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(folder.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if !mounted {
            eprintln!("note: cannot mount a tmpfs here; using the fallback");
            return None;
        }
        Some(Tmpfs { folder })
    }

    fn path(&self) -> &Path {
        self.folder.path()
    }

    fn remount(&self, option: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{option}")])
            .arg(self.path())
            .status()
            .unwrap();
        assert!(status.success(), "remount {option}");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(self.path()).status();
    }
}

/// A tree with a long description, so that a few of them fill a small disk.
fn bulky_tree(number: usize) -> Tree {
    let mut tree = rich_tree();
    tree.name = format!("Bulky {number}");
    tree.description = Some(format!("{number} ").repeat(8_000));
    tree
}

/// Inserts bulky trees until a write fails; returns the trees written and the error.
fn fill(store: &mut Store) -> (Vec<(TreeId, Tree)>, StoreError) {
    let mut written = Vec::new();
    for number in 0..10_000 {
        let tree = bulky_tree(number);
        match store.insert_tree(&tree) {
            Ok(id) => written.push((id, tree)),
            Err(error) => return (written, error),
        }
    }
    panic!("the disk never filled up");
}

fn assert_disk_full(error: &StoreError, db: &Path) {
    assert_eq!(error.kind(), "disk_full", "{error}");
    assert_eq!(
        error.to_string(),
        format!(
            "the disk holding {} is full; nothing was saved",
            db.display()
        )
    );
}

/// A file size limit gives EFBIG, which SQLite cannot tell from a failing disk.
fn assert_write_refused(error: &StoreError, db: &Path) {
    assert_eq!(error.kind(), "write_failed", "{error}");
    let message = error.to_string();
    assert!(message.starts_with(&db.display().to_string()), "{message}");
    assert!(message.ends_with("nothing was saved"), "{message}");
}

/// Every tree written is there as it was, and SQLite finds the file sound.
fn assert_all_kept(db: &Path, written: &[(TreeId, Tree)]) {
    let store = Store::open(db).unwrap();
    for (id, tree) in written {
        assert_eq!(&store.load_tree(*id).unwrap(), tree);
    }
    let check: String = Connection::open(db)
        .unwrap()
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
}

#[test]
fn a_full_disk_is_named_loses_no_committed_tree_and_the_store_works_once_there_is_room() {
    if run_full_child() {
        return;
    }
    let Some(tmpfs) = Tmpfs::mount("1m") else {
        full_by_file_size_limit();
        return;
    };
    let db = tmpfs.path().join("kpitree.db");
    let mut store = Store::open(&db).unwrap();
    // Room that can be given back once the disk is full.
    let filler = tmpfs.path().join("filler");
    std::fs::write(&filler, vec![0u8; 256 * 1024]).unwrap();
    let (written, error) = fill(&mut store);
    assert!(!written.is_empty());
    assert_disk_full(&error, &db);
    // The failed tree is not there; the store still reads.
    assert_eq!(store.list_trees().unwrap().len(), written.len());
    std::fs::remove_file(&filler).unwrap();
    let more = bulky_tree(99_999);
    let id = store.insert_tree(&more).unwrap();
    drop(store);
    let mut all = written;
    all.push((id, more));
    assert_all_kept(&db, &all);
}

/// In the child: the variable naming the store to fill under a file size limit.
const FULL_CHILD_DB: &str = "KPITREE_TEST_FULL_CHILD_DB";
/// The limit the child sets on the size of every file it writes.
const FILE_SIZE_LIMIT: u64 = 512 * 1024;

/// Without a tmpfs: a child process limited to files of `FILE_SIZE_LIMIT` fills
/// the store, reports, then lifts the limit and writes once more.
fn full_by_file_size_limit() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("kpitree.db");
    drop(Store::open(&db).unwrap());
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "a_full_disk_is_named_loses_no_committed_tree_and_the_store_works_once_there_is_room",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(FULL_CHILD_DB, &db)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let written = stdout
        .lines()
        // The harness's "test NAME ... " starts the same line.
        .find_map(|line| line.split("WRITTEN ").nth(1))
        .expect("the child reports")
        .parse::<usize>()
        .unwrap();
    let store = Store::open(&db).unwrap();
    let trees = store.list_trees().unwrap();
    // The trees before the limit, and the one after it was lifted.
    assert_eq!(trees.len(), written + 1);
    let mut all: Vec<(TreeId, Tree)> = (0..written)
        .map(|number| {
            (
                trees_named(&store, &format!("Bulky {number}")),
                bulky_tree(number),
            )
        })
        .collect();
    all.push((trees_named(&store, "Bulky 99999"), bulky_tree(99_999)));
    drop(store);
    assert_all_kept(&db, &all);
}

fn trees_named(store: &Store, name: &str) -> TreeId {
    store.find_tree(name).unwrap()
}

/// In a child process started by [`full_by_file_size_limit`]: returns false in the
/// parent; in the child fills the store under the limit and exits.
fn run_full_child() -> bool {
    let Some(db) = std::env::var_os(FULL_CHILD_DB).map(PathBuf::from) else {
        return false;
    };
    let mut store = Store::open(&db).unwrap();
    set_file_size_limit(FILE_SIZE_LIMIT);
    let (written, error) = fill(&mut store);
    assert_write_refused(&error, &db);
    println!("WRITTEN {}", written.len());
    set_file_size_limit(libc::RLIM_INFINITY);
    store.insert_tree(&bulky_tree(99_999)).unwrap();
    std::process::exit(0);
}

/// Limits (soft limit only, so that it can be lifted again) the size of files this
/// process writes; a write past it fails with EFBIG instead of killing the process.
fn set_file_size_limit(bytes: u64) {
    // SAFETY: plain libc calls with valid arguments; this child runs one thread of
    // its own, and the signal disposition is process-wide on purpose.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        assert_eq!(libc::getrlimit(libc::RLIMIT_FSIZE, &mut limit), 0);
        limit.rlim_cur = bytes.min(limit.rlim_max);
        assert_eq!(libc::setrlimit(libc::RLIMIT_FSIZE, &limit), 0);
    }
}

/// The user a child runs as to meet a store it may not write ("nobody").
const OTHER_USER: u32 = 65_534;
/// In the child: the read-only store to try.
const READ_ONLY_CHILD_DB: &str = "KPITREE_TEST_READ_ONLY_CHILD_DB";

fn assert_read_only(error: &StoreError, db: &Path) {
    assert_eq!(error.kind(), "read_only", "{error}");
    assert_eq!(
        error.to_string(),
        format!(
            "{} is read-only: you may look but not change it",
            db.display()
        )
    );
}

/// Opens `db`, which holds `rich_tree()` as its only tree and may not be written:
/// it opens read-only, reads, and refuses every kind of write.
fn assert_opens_read_only(db: &Path) {
    let mut store = Store::open(db).unwrap();
    assert!(store.is_read_only());
    let trees = store.list_trees().unwrap();
    assert_eq!(trees.len(), 1);
    let id = trees[0].id;
    assert_eq!(store.load_tree(id).unwrap(), rich_tree());
    assert_read_only(&store.insert_tree(&Tree::new("New")).unwrap_err(), db);
    assert_read_only(&store.rename_tree(id, "Renamed").unwrap_err(), db);
    assert_eq!(store.load_tree(id).unwrap(), rich_tree());
}

/// A store holding `rich_tree()`, closed.
fn store_with_one_tree(db: &Path) {
    Store::open(db).unwrap().insert_tree(&rich_tree()).unwrap();
}

#[test]
fn a_store_the_user_may_not_write_opens_read_only_and_refuses_writes() {
    if let Some(db) = std::env::var_os(READ_ONLY_CHILD_DB) {
        assert_opens_read_only(Path::new(&db));
        std::process::exit(0);
    }
    let Some(tmpfs) = Tmpfs::mount("4m") else {
        read_only_by_permissions();
        return;
    };
    let db = tmpfs.path().join("kpitree.db");
    store_with_one_tree(&db);
    tmpfs.remount("ro");
    // Closed cleanly, the store has no -wal or -shm, and none can be made.
    assert!(!tmpfs.path().join("kpitree.db-shm").exists());
    assert_opens_read_only(&db);
    tmpfs.remount("rw");
}

/// Without a tmpfs: a file and folder without write permission, met by this
/// process when it is not root, or else by a child run as another user.
fn read_only_by_permissions() {
    let folder = tempfile::tempdir().unwrap();
    let db = folder.path().join("kpitree.db");
    store_with_one_tree(&db);
    let set_mode = |path: &Path, mode: u32| {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        set_mode(&db, 0o444);
        set_mode(folder.path(), 0o555);
        assert_opens_read_only(&db);
        set_mode(folder.path(), 0o755);
        return;
    }
    set_mode(folder.path(), 0o755);
    // The test binary where the other user can run it.
    let exe = folder.path().join("child");
    std::fs::copy(std::env::current_exe().unwrap(), &exe).unwrap();
    set_mode(&exe, 0o755);
    let output = Command::new(&exe)
        .args([
            "--exact",
            "a_store_the_user_may_not_write_opens_read_only_and_refuses_writes",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(READ_ONLY_CHILD_DB, &db)
        .uid(OTHER_USER)
        .gid(OTHER_USER)
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
