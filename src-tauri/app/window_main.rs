// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

//! `kpitree-window --db STORE`: the editor window. Users start it as `kpitree`
//! (which hands over to it); see `main.rs`.

fn main() -> std::process::ExitCode {
    kpitree_app::window_main()
}
