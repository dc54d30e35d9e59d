//! End-to-end tests of the real kpitree window, driven through tauri-driver and
//! WebKitWebDriver under a private Xvfb display (see `harness`).

mod harness;
mod window;
