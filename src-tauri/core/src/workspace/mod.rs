//! The store as the editor window and the command line work on it: every rule that
//! both need, so that a Tauri command or a CLI subcommand is a thin door (parse the
//! request, call one function here, answer).
//!
//! - [`view`]: [`TreeView`], one tree as the canvas shows it (the document plus what
//!   the core derives from it).
//! - [`names`]: [`unique_name`], the name a new tree gets when its own is taken.
//! - [`editing`]: an edit, undo or redo of a document, saved to the store first
//!   (refused when another window or the command line changed those rows).
//! - [`period_edits`]: a value typed for a node with a history is the shown
//!   period's value.
//! - [`outside`]: taking in changes made elsewhere ([`reload`], history kept) and
//!   the one-line notice of what changed ([`OutsideChange`]).
//! - [`drawing`]: the quick gestures (a node added below, beside or at a point, a
//!   line drawn, an outline pasted) and ids that follow names ([`drafts`]).
//! - [`arrange`]: applying a layout to a tree, as new positions or as one edit.
//! - [`export`]: the one export pipeline (JSON, SVG, PNG) behind the window's
//!   Export and `kpitree export`.
//! - [`import`]: the one import (read, validate, name, insert in one transaction)
//!   behind the window's Import and `kpitree import`.
//! - [`opening`]: [`open_file`], a kpitree file opened from outside (`kpitree
//!   open`, the file manager): imported the first time, shown after that.
//! - [`preferences`]: the user's [`Preferences`] (layout direction, export theme,
//!   panels, present mode), kept in the store.
//! - [`values`]: values over time in and out of a stored tree as CSV (SPEC 8).
//! - [`settings`]: what the store remembers beside the trees (layout direction,
//!   view state, collapsed nodes, the colour codes shown, last folders, the tree opened last), as typed
//!   functions over `Store::get_setting` and `Store::remember_setting` (not written
//!   on a read-only store).
//! - [`snapshots`]: snapshots taken, listed and restored, and the side of a
//!   comparison named `TREE`, `TREE@SNAPSHOT` or a file (SPEC 10).
//! - [`compare`]: the difference and the merges of such sides, merged trees laid
//!   out and added.
//! - [`time`]: the period shown and its comparison ([`TimeChoice`], kept per tree)
//!   and what the view shows of time ([`TimeView`]: changes, sparklines).
//!
//! Invariant: nothing here keeps state between calls; everything lives in the
//! [`Store`](crate::store::Store) (and, for the window, in its documents).

pub mod arrange;
pub mod compare;
pub mod drafts;
pub mod drawing;
pub mod editing;
mod error;
pub mod export;
pub mod import;
pub mod names;
pub mod opening;
pub mod outside;
pub mod period_edits;
pub mod preferences;
pub mod settings;
pub mod snapshots;
pub mod time;
pub mod values;
pub mod view;

#[cfg(test)]
mod codes_tests;
#[cfg(test)]
mod collapse_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod time_tests;

pub use arrange::{lay_out, layout_edit, layout_moves, layout_shown_edit};
pub use compare::{add_merged, diff_sides, merge_sides, merge_three_sides, merge_trees};
pub use drawing::NewNodePlace;
pub use error::WorkspaceError;
pub use export::{export_snapshot, export_tree, ExportFormat, ExportOptions};
pub use import::{import_file, import_tree, read_tree_file};
pub use names::unique_name;
pub use opening::{open_file, OpenedFile};
pub use outside::{reload, OutsideChange};
pub use preferences::{PanelPreferences, Preferences, PresentPreferences};
pub use settings::{FolderPurpose, ViewState, Viewport};
pub use snapshots::{
    list_snapshots, resolve_side, restore_snapshot, snapshot_as_shown, take_snapshot, Side,
    SideOrigin,
};
pub use time::{svg_time, time_view, Compare, NodeChange, TimeChoice, TimeView};
pub use view::{tree_view, TreeView};
