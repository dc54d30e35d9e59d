//! What the caller chooses of a layout: its direction, its engine and the shape
//! it should fit (see the module doc of `layout` for what each engine does).

use serde::{Deserialize, Serialize};

/// Which way the tree grows from its roots.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum LayoutDirection {
    /// Roots at the top, each rank a row below.
    #[default]
    TopDown,
    /// Roots on the left, each rank a column to the right.
    LeftRight,
}

/// Which engine places the nodes across the rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum LayoutEngine {
    /// Tidy for forests, layered for DAGs.
    #[default]
    Auto,
    /// The tidy-tree engine (forests only).
    Tidy,
    /// The layered engine (layout-rs), for any tree.
    Layered,
    /// Leaves stacked under their parents, shaped to the aspect (any tree).
    Compact,
}

/// The shape a drawing should fit, e.g. the window's canvas in pixels: only the
/// ratio counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Aspect {
    pub width: u32,
    pub height: u32,
}

impl Aspect {
    /// A 1280 × 800 screen: the compact engine's shape when none is given.
    pub const SCREEN: Aspect = Aspect {
        width: 1280,
        height: 800,
    };

    /// Width over height (1 for an empty shape).
    pub fn ratio(self) -> f64 {
        if self.width == 0 || self.height == 0 {
            1.0
        } else {
            f64::from(self.width) / f64::from(self.height)
        }
    }
}

/// How many times wider than its [`Aspect`] a top-down drawing may be before
/// [`LayoutEngine::Auto`] picks the compact engine.
pub const TOO_WIDE: f64 = 2.5;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct LayoutOptions {
    pub direction: LayoutDirection,
    pub engine: LayoutEngine,
    /// The shape to fit (the window's): the compact engine's target, and what
    /// lets `auto` choose it. `None`: `auto` never does, compact aims at
    /// [`Aspect::SCREEN`].
    #[serde(default)]
    pub aspect: Option<Aspect>,
}
