//! One window per store: a window that starts on a store whose window is already
//! open hands its file (if it has one) to that window, which comes to the front and
//! opens it, and the new process ends (exit 0) without opening a window of its own.
//!
//! How: the first window listens on a Unix domain socket named from a hash of the
//! store's canonical path (`kpitree-<hash>.sock` in `$XDG_RUNTIME_DIR`, which is the
//! user's own, or else the temporary folder). A later start connects to it, writes
//! the absolute path of its file (nothing when it has none), closes its side and
//! waits for `ok`. This happens before GTK or WebKit are loaded, so the handoff
//! costs milliseconds and needs no display.
//!
//! Why not `tauri-plugin-single-instance`: it keeps one instance per *app* (its
//! name comes from the app's identifier), not per store, so a window on a second
//! store would be handed to the first; and on Linux it needs a session D-Bus, which
//! CI and headless machines do not have.
//!
//! Invariants:
//! - A socket whose window died without removing it (killed, crashed) refuses
//!   connections: it is stale, and the new window removes it and listens itself.
//!   Only a refused connection counts as stale; any other failure (e.g. another
//!   user's socket) leaves the socket alone and the window simply opens.
//! - The window removes its socket when it exits, so that a start just after a
//!   close is not handed to a window that is going away.
//! - Two windows started at the same instant on a store with a stale socket may
//!   both open (each removes the other's fresh socket); nothing is lost, the
//!   store takes two windows (SPEC 7).
//! - Off Unix there is no handoff: every start opens a window.

use std::path::{Path, PathBuf};

/// What `claim` found.
pub enum Claim {
    /// A window on this store has the file: this process has nothing left to do.
    Handed,
    /// This process is the store's window: it listens on the socket.
    Ours(Listener),
}

/// The socket this window listens on.
pub struct Listener {
    #[cfg(unix)]
    listener: std::os::unix::net::UnixListener,
    pub path: PathBuf,
}

/// How long a start waits for the open window's `ok`, and the open window for
/// the path, before giving up.
#[cfg(unix)]
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(5);

/// The socket of the window on `store`: in `$XDG_RUNTIME_DIR` when it is set, else
/// the temporary folder; named from a hash of the store's canonical path, so that
/// every spelling of one store (relative, through a link) meets at one socket.
pub fn socket_path(store: &Path) -> PathBuf {
    use sha2::{Digest, Sha256};
    let folder = std::env::var_os("XDG_RUNTIME_DIR")
        .map(PathBuf::from)
        .filter(|folder| folder.is_dir())
        .unwrap_or_else(std::env::temp_dir);
    let digest = Sha256::digest(canonical_store(store).as_os_str().as_encoded_bytes());
    let hash: String = digest[..8]
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    folder.join(format!("kpitree-{hash}.sock"))
}

/// The store's canonical path; a store not created yet is named through its
/// folder's canonical path (the folder exists, or the store cannot be made).
fn canonical_store(store: &Path) -> PathBuf {
    if let Ok(path) = std::fs::canonicalize(store) {
        return path;
    }
    let absolute = std::path::absolute(store).unwrap_or_else(|_| store.to_path_buf());
    match (absolute.parent(), absolute.file_name()) {
        (Some(folder), Some(name)) => std::fs::canonicalize(folder)
            .map(|folder| folder.join(name))
            .unwrap_or(absolute),
        _ => absolute,
    }
}

/// Hands `file` to the window open on `store`, or makes this process that window.
#[cfg(unix)]
pub fn claim(store: &Path, file: Option<&Path>) -> std::io::Result<Claim> {
    use std::io::ErrorKind;
    use std::os::unix::net::{UnixListener, UnixStream};

    let path = socket_path(store);
    for _ in 0..3 {
        match UnixStream::connect(&path) {
            Ok(stream) => {
                hand(stream, file)?;
                return Ok(Claim::Handed);
            }
            // Stale: its window is gone.
            Err(error) if error.kind() == ErrorKind::ConnectionRefused => {
                match std::fs::remove_file(&path) {
                    Err(error) if error.kind() != ErrorKind::NotFound => return Err(error),
                    _ => {}
                }
            }
            Err(error) if error.kind() == ErrorKind::NotFound => {}
            Err(error) => return Err(error),
        }
        match UnixListener::bind(&path) {
            Ok(listener) => return Ok(Claim::Ours(Listener { listener, path })),
            // Another window started meanwhile: hand the file to it.
            Err(error) if error.kind() == ErrorKind::AddrInUse => continue,
            Err(error) => return Err(error),
        }
    }
    Err(std::io::Error::other(format!(
        "{}: neither free nor answering",
        path.display()
    )))
}

#[cfg(not(unix))]
pub fn claim(store: &Path, _file: Option<&Path>) -> std::io::Result<Claim> {
    Ok(Claim::Ours(Listener {
        path: socket_path(store),
    }))
}

/// Writes the file's absolute path (the open window has another working folder)
/// and waits for the window's `ok`.
#[cfg(unix)]
fn hand(mut stream: std::os::unix::net::UnixStream, file: Option<&Path>) -> std::io::Result<()> {
    use std::io::{Read, Write};
    use std::net::Shutdown;

    if let Some(file) = file {
        let absolute = std::path::absolute(file)?;
        stream.write_all(absolute.as_os_str().as_encoded_bytes())?;
    }
    stream.shutdown(Shutdown::Write)?;
    stream.set_read_timeout(Some(PATIENCE))?;
    let mut answer = String::new();
    stream.read_to_string(&mut answer)?;
    match answer.trim() {
        "ok" => Ok(()),
        other => Err(std::io::Error::other(format!(
            "the open window answered {other:?}"
        ))),
    }
}

impl Listener {
    /// Takes handoffs on a thread of its own for as long as the process runs,
    /// calling `take` with each (the file, if the start had one).
    #[cfg(unix)]
    pub fn serve(self, take: impl Fn(Option<PathBuf>) + Send + 'static) {
        let spawned = std::thread::Builder::new()
            .name("store-handoff".into())
            .spawn(move || {
                for stream in self.listener.incoming() {
                    match stream.and_then(receive) {
                        Ok(file) => take(file),
                        Err(error) => eprintln!("kpitree: a handoff failed: {error}"),
                    }
                }
            });
        if let Err(error) = spawned {
            eprintln!("kpitree: later starts will open windows of their own: {error}");
        }
    }

    #[cfg(not(unix))]
    pub fn serve(self, _take: impl Fn(Option<PathBuf>) + Send + 'static) {}
}

/// Reads a handed file and answers `ok`.
#[cfg(unix)]
fn receive(mut stream: std::os::unix::net::UnixStream) -> std::io::Result<Option<PathBuf>> {
    use std::io::{Read, Write};

    stream.set_read_timeout(Some(PATIENCE))?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes)?;
    stream.write_all(b"ok\n")?;
    if bytes.is_empty() {
        return Ok(None);
    }
    use std::os::unix::ffi::OsStringExt;
    Ok(Some(PathBuf::from(std::ffi::OsString::from_vec(bytes))))
}

/// Removes this window's socket (at exit), so that the next start opens a window.
pub fn release(path: &Path) {
    let _ = std::fs::remove_file(path);
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_second_start_hands_its_file_to_the_first_and_a_stale_socket_is_taken_over() {
        let folder = tempfile::tempdir().unwrap();
        let store = folder.path().join("store.db");
        let Claim::Ours(first) = claim(&store, None).unwrap() else {
            panic!("the first start listens");
        };
        let socket = first.path.clone();
        let (sender, received) = std::sync::mpsc::channel();
        first.serve(move |file| sender.send(file).unwrap());

        // The same store by another spelling: one socket.
        let spelled = folder.path().join(".").join("store.db");
        let file = folder.path().join("tree.json");
        assert!(matches!(
            claim(&spelled, Some(&file)).unwrap(),
            Claim::Handed
        ));
        assert_eq!(received.recv().unwrap(), Some(file));
        assert!(matches!(claim(&store, None).unwrap(), Claim::Handed));
        assert_eq!(received.recv().unwrap(), None);

        // A socket left by a killed window (bound, then its listener gone).
        let other = folder.path().join("other.db");
        let stale = socket_path(&other);
        drop(std::os::unix::net::UnixListener::bind(&stale).unwrap());
        assert!(stale.exists());
        let Claim::Ours(taken) = claim(&other, None).unwrap() else {
            panic!("a stale socket is taken over");
        };
        assert_eq!(taken.path, stale);
        assert_ne!(stale, socket, "another store, another socket");
        release(&taken.path);
        release(&socket);
        assert!(!stale.exists());
    }
}
