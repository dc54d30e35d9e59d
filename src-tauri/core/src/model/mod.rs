//! The domain model of SPEC section 2: trees hold nodes and links.
//!
//! These are plain data types. The rules that span several of them (a `drives` DAG,
//! formula ids that must be drivers, unique ids) live in `graph` and `interchange`;
//! field-level rules (id syntax, colour, date, name length) are enforced by the
//! constructors of the value types in `values`.

mod kinds;
mod link;
pub mod look;
mod node;
mod number_text;
mod period;
mod thresholds;
mod tree;
mod values;

pub use kinds::{Direction, Indicator, LinkKind, NodeKind, Strength};
pub use link::{Link, LinkKey};
pub use look::{LinkLook, NodeLook};
pub use node::{Node, Position};
pub use number_text::parse_number_text;
pub use period::{iso_weeks, Granularity, HistoryPoint, Period, PeriodError};
pub use thresholds::{StatusThresholds, ThresholdError};
pub use tree::{Tree, TreeId, TreeSummary};
pub use values::{control_character, Color, NodeId, TargetDate, ValueError, MAX_NAME_CHARS};
