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
//! - The window stops taking handoffs and removes its socket as soon as it starts
//!   to close (`Closer`), not when the process ends: a start while the last window
//!   is going away is not handed to it (the file would be lost with it) but opens
//!   a window of its own. A start that connected just before the close gets no
//!   `ok`, and tries again: the socket is gone by then, so it listens itself.
//! - Two windows started at the same instant on a store with a stale socket may
//!   both open (each removes the other's fresh socket); nothing is lost, the
//!   store takes two windows (SPEC 7).
//! - Off Unix there is no handoff: every start opens a window.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

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
    closing: Arc<AtomicBool>,
}

/// Ends a listener's handoffs when its window starts to close.
pub struct Closer {
    closing: Arc<AtomicBool>,
    path: PathBuf,
}

impl Closer {
    /// Refuses every later handoff and removes the socket; once, however often it
    /// is called (a close request, the window's end and the exit all call it).
    /// The flag is set before the socket goes, so that no start connecting in
    /// between is answered `ok`.
    pub fn close(&self) {
        if !self.closing.swap(true, Ordering::SeqCst) {
            release(&self.path);
        }
    }
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
    for _ in 0..5 {
        match UnixStream::connect(&path) {
            Ok(stream) => match hand(stream, file) {
                Ok(()) => return Ok(Claim::Handed),
                // Its window is closing: the socket goes away in a moment.
                Err(error) if error.kind() == ErrorKind::UnexpectedEof => {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                    continue;
                }
                Err(error) => return Err(error),
            },
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
            Ok(listener) => {
                return Ok(Claim::Ours(Listener {
                    listener,
                    path,
                    closing: Arc::default(),
                }))
            }
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
        closing: Arc::default(),
    }))
}

/// Writes the file's absolute path (the open window has another working folder)
/// and waits for the window's `ok`. No answer at all (`UnexpectedEof`) means the
/// window is closing.
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
        "" => Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "the open window is closing",
        )),
        other => Err(std::io::Error::other(format!(
            "the open window answered {other:?}"
        ))),
    }
}

impl Listener {
    /// What ends this listener's handoffs when the window starts to close.
    pub fn closer(&self) -> Closer {
        Closer {
            closing: Arc::clone(&self.closing),
            path: self.path.clone(),
        }
    }

    /// Takes handoffs on a thread of its own until the window starts to close,
    /// calling `take` with each (the file, if the start had one). After that, a
    /// start that still reaches the socket gets no answer, and opens its own window.
    #[cfg(unix)]
    pub fn serve(self, take: impl Fn(Option<PathBuf>) + Send + 'static) {
        let spawned = std::thread::Builder::new()
            .name("store-handoff".into())
            .spawn(move || {
                for stream in self.listener.incoming() {
                    match stream.and_then(|stream| receive(stream, &self.closing)) {
                        Ok(Some(file)) => take(file),
                        Ok(None) => {}
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

/// Reads a handoff and answers `ok`: `Some` with the handed file, if the start had
/// one. Once the window is closing it answers nothing and takes nothing (`None`).
#[cfg(unix)]
fn receive(
    mut stream: std::os::unix::net::UnixStream,
    closing: &AtomicBool,
) -> std::io::Result<Option<Option<PathBuf>>> {
    use std::io::{Read, Write};
    use std::os::unix::ffi::OsStringExt;

    stream.set_read_timeout(Some(PATIENCE))?;
    let mut bytes = Vec::new();
    stream.read_to_end(&mut bytes)?;
    if closing.load(Ordering::SeqCst) {
        return Ok(None);
    }
    stream.write_all(b"ok\n")?;
    if bytes.is_empty() {
        return Ok(Some(None));
    }
    Ok(Some(Some(PathBuf::from(std::ffi::OsString::from_vec(
        bytes,
    )))))
}

/// Removes this window's socket, so that the next start opens a window.
fn release(path: &Path) {
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

    /// A start that reaches a window as it closes is not handed to it (its file
    /// would be lost): it gets no answer, and listens itself once the socket is gone.
    #[test]
    fn a_window_that_is_closing_takes_no_handoff_and_the_start_opens_its_own() {
        use std::io::Read;
        use std::net::Shutdown;
        use std::os::unix::net::UnixStream;

        let folder = tempfile::tempdir().unwrap();
        let store = folder.path().join("store.db");
        let Claim::Ours(first) = claim(&store, None).unwrap() else {
            panic!("the first start listens");
        };
        let socket = first.path.clone();
        // Connected before the close, answered after it.
        let mut early = UnixStream::connect(&socket).unwrap();
        early.shutdown(Shutdown::Write).unwrap();
        let closer = first.closer();
        closer.close();
        closer.close();
        assert!(!socket.exists(), "the socket goes at the close");
        let (sender, received) = std::sync::mpsc::channel();
        first.serve(move |file| sender.send(file).unwrap());
        let mut answer = String::new();
        early.read_to_string(&mut answer).unwrap();
        assert_eq!(answer, "", "a closing window answers nothing");
        let Claim::Ours(second) = claim(&store, Some(&folder.path().join("t.json"))).unwrap()
        else {
            panic!("a start after the close listens itself");
        };
        assert!(received.try_recv().is_err(), "nothing was handed");
        release(&second.path);
    }

    /// A start that got no answer (the window was closing) tries again and listens
    /// once the closing window's socket is gone.
    #[test]
    fn a_start_that_gets_no_answer_tries_again() {
        use std::os::unix::net::UnixListener;

        let folder = tempfile::tempdir().unwrap();
        let store = folder.path().join("store.db");
        let socket = socket_path(&store);
        let closing = UnixListener::bind(&socket).unwrap();
        let path = socket.clone();
        let window = std::thread::spawn(move || {
            let (stream, _) = closing.accept().unwrap();
            std::fs::remove_file(&path).unwrap();
            drop(stream);
        });
        let Claim::Ours(listener) = claim(&store, None).unwrap() else {
            panic!("the start listens once the closing window's socket is gone");
        };
        window.join().unwrap();
        assert!(socket.exists());
        release(&listener.path);
    }
}
