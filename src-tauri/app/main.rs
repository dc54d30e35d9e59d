// No console window on Windows release builds; the command line still works.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    kpitree_app::run()
}
