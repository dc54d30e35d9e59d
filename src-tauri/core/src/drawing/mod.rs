//! Drawing a tree at the speed of thought: the rules behind the editor's quick
//! gestures, kept here so the window and the command line share them and they are
//! tested without a window.
//!
//! - [`id_from_name`]: a node's id from its name (SPEC 6);
//! - [`child_kind`], [`link_for_connection`]: the kind a node added below another
//!   takes, and the link a line drawn between two nodes makes;
//! - [`parse_outline`], [`outline_fragment`], [`outline_edit`]: indented text
//!   pasted as nodes, one edit;
//! - [`child_spot`], [`sibling_spot`], [`free_spot`]: where a new node goes, beside
//!   its kin and on no other node.

mod ids;
mod kinds;
mod outline;
mod paste;
mod place;

pub use ids::{id_from_name, snake_case};
pub use kinds::{child_kind, link_for_connection, new_node_name, Placed, ROOT_KIND};
pub use outline::{
    outline_fragment, parse_outline, Outline, OutlineError, OutlineLine, MAX_OUTLINE_LINES,
};
pub use paste::outline_edit;
pub use place::{card_boxes, child_spot, free_spot, sibling_spot, CardBox};
