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
use crate::layout::LayoutDirection;
use crate::store::{Store, StoreError};

/// The store key of the preferences.
const KEY: &str = "preferences";

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Preferences {
    /// The auto-layout direction chosen last.
    pub layout_direction: LayoutDirection,
    /// The colours exported images are drawn in (the export menu's choice).
    pub export_theme: Theme,
    /// Which of the editor's panels are shown.
    pub panels: PanelPreferences,
    /// Present mode's switches.
    pub present: PresentPreferences,
}

/// Whether each of the editor's panels is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct PanelPreferences {
    pub inspector: bool,
    pub minimap: bool,
    pub alignment: bool,
    pub leverage: bool,
}

impl Default for PanelPreferences {
    /// The inspector and the minimap shown, the analysis panels closed.
    fn default() -> Self {
        PanelPreferences {
            inspector: true,
            minimap: true,
            alignment: false,
            leverage: false,
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
    pub theme: Theme,
}

impl Default for PresentPreferences {
    /// Everything shown, light.
    fn default() -> Self {
        PresentPreferences {
            links: true,
            values: true,
            step: true,
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
    store.set_setting(KEY, &text)
}
