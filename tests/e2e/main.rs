//! End-to-end tests of the real kpitree window, driven through tauri-driver and
//! WebKitWebDriver under a private Xvfb display (see `harness`).

// Shared with benches/startup.rs; each uses only part of it.
mod alignment;
mod big;
mod colours;
mod crash;
mod docs;
mod editor;
mod fluency;
#[allow(dead_code)]
mod harness;
mod hostile;
mod input;
mod installed;
mod large;
mod layout;
mod library;
mod many_hands;
mod numbers;
mod opening;
mod present;
mod room;
mod share;
mod snapshots;
mod time;
mod window;
