//! The processes under an end-to-end test's app: a private Xvfb display on a free
//! display number, free TCP ports for tauri-driver, and `Guarded`, which stops a
//! child with SIGTERM when dropped (see `harness` for why SIGTERM).

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A child process stopped with SIGTERM (then reaped) when dropped.
pub(super) struct Guarded(pub(super) Child);

impl Drop for Guarded {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(super) fn tauri_driver() -> PathBuf {
    let home_bin = std::env::var_os("HOME")
        .map(|home| Path::new(&home).join(".cargo/bin/tauri-driver"))
        .filter(|path| path.exists());
    home_bin.unwrap_or_else(|| PathBuf::from("tauri-driver"))
}

/// Starts Xvfb on the first free display number from 90 up.
pub(super) fn start_xvfb() -> (u32, Guarded) {
    for number in 90..190 {
        let socket = format!("/tmp/.X11-unix/X{number}");
        let lock = format!("/tmp/.X{number}-lock");
        if Path::new(&socket).exists() || Path::new(&lock).exists() {
            continue;
        }
        let child = Command::new("Xvfb")
            .args([
                &format!(":{number}"),
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb starts (scripts/setup installs it)");
        let guarded = Guarded(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while !Path::new(&socket).exists() {
            assert!(Instant::now() < deadline, "Xvfb :{number} did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        return (number, guarded);
    }
    panic!("no free X display number in 90..190");
}

pub(super) fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("a free port");
    listener.local_addr().expect("its address").port()
}

pub(super) fn wait_for_port(port: u16, limit: Duration) {
    let deadline = Instant::now() + limit;
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "tauri-driver did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}
