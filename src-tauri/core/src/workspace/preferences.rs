//! The user's preferences: how the editor looks and what it starts from, kept in
//! the store's settings (one JSON value under one key) rather than in the
//! webview's storage, so that they live with the trees, in one place, read and
//! written through the core. The window receives them at startup and writes them
//! back whole when one changes.
//!
//! Reading is forgiving: a field missing (a preference added since it was saved)
//! takes its default, and a value that no longer reads gives the defaults; losing
//! a preference is not worth refusing to start.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::export::Theme;
use crate::layout::{LayoutDirection, LayoutEngine};
use crate::store::{Store, StoreError};

/// The store key of the preferences.
const KEY: &str = "preferences";

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Preferences {
    /// The auto-layout direction chosen last.
    pub layout_direction: LayoutDirection,
    /// The auto-layout engine chosen last: `auto` (which picks the compact layout
    /// for a tree far wider than the window) or `compact`. Came after the first
    /// preferences were saved (`read` gives it its default).
    pub layout_engine: LayoutEngine,
    /// The colours exported images are drawn in (the export menu's choice).
    pub export_theme: Theme,
    /// Which of the editor's panels are shown.
    pub panels: PanelPreferences,
    /// Present mode's switches.
    pub present: PresentPreferences,
}

/// Whether each of the editor's panels is shown, and which of the panels over
/// the canvas are folded to a slim strip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PanelPreferences {
    pub inspector: bool,
    pub minimap: bool,
    pub alignment: bool,
    pub leverage: bool,
    // The folds came after the first preferences were saved; `read` gives them
    // their defaults when missing (no `serde(default)`: it would make them
    // optional in the UI's types).
    /// The palette folded to a strip of its kinds' marks.
    pub palette_folded: bool,
    /// The colour codes folded to their title.
    pub color_codes_folded: bool,
    /// The legend folded to its title (as it starts in the editor).
    pub legend_folded: bool,
}

impl Default for PanelPreferences {
    /// The inspector and the minimap shown, the analysis panels closed; only the
    /// legend folded.
    fn default() -> Self {
        PanelPreferences {
            inspector: true,
            minimap: true,
            alignment: false,
            leverage: false,
            palette_folded: false,
            color_codes_folded: false,
            legend_folded: true,
        }
    }
}

/// What present mode shows, remembered between presentations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PresentPreferences {
    /// The cross links and the legend.
    pub links: bool,
    /// The values on the cards.
    pub values: bool,
    /// The step indicator.
    pub step: bool,
    /// For a tree with history compared with another period: a last step with
    /// the bridge chart of what moved the North Star (SPEC 9). Came after the
    /// first preferences were saved (`read` gives it its default).
    pub bridge: bool,
    pub theme: Theme,
}

impl Default for PresentPreferences {
    /// Everything shown, light.
    fn default() -> Self {
        PresentPreferences {
            links: true,
            values: true,
            step: true,
            bridge: true,
            theme: Theme::Light,
        }
    }
}

/// The preferences kept in `store` (the defaults until some are saved).
pub fn preferences(store: &Store) -> Result<Preferences, StoreError> {
    let text = store.get_setting(KEY)?;
    Ok(text.map_or_else(Preferences::default, |text| read(&text)))
}

/// `text` read over the defaults: fields it lacks keep their default (the
/// types carry no `serde(default)`, so that the UI sees every field as present).
fn read(text: &str) -> Preferences {
    let (Ok(saved), Ok(mut merged)) = (
        serde_json::from_str::<Value>(text),
        serde_json::to_value(Preferences::default()),
    ) else {
        return Preferences::default();
    };
    merge(&mut merged, saved);
    serde_json::from_value(merged).unwrap_or_default()
}

/// Puts the fields of `saved` over those of `into`, object by object.
fn merge(into: &mut Value, saved: Value) {
    match (into, saved) {
        (Value::Object(into), Value::Object(saved)) => {
            // A preference no longer known (not among the defaults) is dropped.
            for (key, value) in saved {
                if let Some(slot) = into.get_mut(&key) {
                    merge(slot, value);
                }
            }
        }
        (into, saved) => *into = saved,
    }
}

/// Keeps `preferences` in `store`, replacing the ones kept before.
pub fn set_preferences(store: &Store, preferences: &Preferences) -> Result<(), StoreError> {
    // Plain structs of booleans and enums always serialise.
    let text = serde_json::to_string(preferences).unwrap_or_default();
    store.remember_setting(KEY, &text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Preferences saved before the panels could fold: every field then known.
    const BEFORE_FOLDING: &str = r#"{
        "layout_direction": "left_right",
        "export_theme": "dark",
        "panels": {"inspector": false, "minimap": true, "alignment": true, "leverage": false},
        "present": {"links": true, "values": false, "step": true, "theme": "light"}
    }"#;

    #[test]
    fn preferences_saved_before_the_folds_read_with_the_folds_defaults() {
        let read = read(BEFORE_FOLDING);
        assert_eq!(read.layout_direction, LayoutDirection::LeftRight);
        assert!(!read.panels.inspector && read.panels.alignment);
        assert!(!read.panels.palette_folded);
        assert!(!read.panels.color_codes_folded);
        assert!(read.panels.legend_folded);
        assert!(!read.present.values);
        assert!(read.present.bridge);
        assert_eq!(read.export_theme, Theme::Dark);
    }

    #[test]
    fn folds_are_written_and_read_back() {
        let chosen = Preferences {
            panels: PanelPreferences {
                palette_folded: true,
                color_codes_folded: true,
                legend_folded: false,
                ..PanelPreferences::default()
            },
            ..Preferences::default()
        };
        let text = serde_json::to_string(&chosen).unwrap();
        assert_eq!(read(&text), chosen);
    }
}
