//! The command line as a process (SPEC 4): exit codes, messages that name the file,
//! node or link, and a store that a failed command leaves exactly as it was.
//!
//! One module per command (`import`, `export`, `check`; `share` for the HTML and
//! PDF exports), `errors` for what every
//! command refuses (usage, unknown trees and files, foreign or locked stores), and
//! `common` for the helpers they share.

mod check;
mod common;
mod disk;
mod errors;
mod export;
mod git;
mod import;
mod share;
mod snapshots;
mod values;
