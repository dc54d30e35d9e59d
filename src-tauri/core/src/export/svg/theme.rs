//! The page's colours on the light and the dark theme, and how a node's colour is
//! lightened to read on the dark one. The light palette is the canvas's
//! (`ui/src/styles/theme.css`); the colours of the kinds of node and link come from
//! the look table ([`crate::model::look`]).

use serde::{Deserialize, Serialize};

use super::super::format::Status;
use crate::model::look::ThemeColor;

/// The colours of the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    #[default]
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// `light` or `dark`; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }
}

/// The colours of one theme.
pub(super) struct Palette {
    pub(super) theme: Theme,
    pub(super) background: &'static str,
    pub(super) surface: &'static str,
    pub(super) text: &'static str,
    pub(super) muted: &'static str,
    pub(super) subtle: &'static str,
    pub(super) border: &'static str,
    /// The neutral sample of `impacts` links in the legend.
    pub(super) impacts: &'static str,
    /// The card shadows' colour.
    pub(super) shadow: &'static str,
    /// Per status: text colour and pill background.
    on_track: (&'static str, &'static str),
    at_risk: (&'static str, &'static str),
    off_track: (&'static str, &'static str),
}

const LIGHT: Palette = Palette {
    theme: Theme::Light,
    background: "#f3f5f7",
    surface: "#ffffff",
    text: "#1b2430",
    muted: "#5b6776",
    subtle: "#8a94a3",
    border: "#e2e6eb",
    impacts: "#5c6b7a",
    shadow: "#101828",
    on_track: ("#2b8a3e", "#e7f5ea"),
    at_risk: ("#b7791f", "#fdf3e1"),
    off_track: ("#c92a2a", "#fdecec"),
};

const DARK: Palette = Palette {
    theme: Theme::Dark,
    background: "#15191f",
    surface: "#1f252d",
    text: "#e8ebef",
    muted: "#a7b0bc",
    subtle: "#808b99",
    border: "#343c47",
    impacts: "#97a3b3",
    shadow: "#000000",
    on_track: ("#69d08a", "#1d3527"),
    at_risk: ("#f0b550", "#3a2f19"),
    off_track: ("#ff8a8a", "#3d1f22"),
};

impl Palette {
    pub(super) fn of(theme: Theme) -> &'static Palette {
        match theme {
            Theme::Light => &LIGHT,
            Theme::Dark => &DARK,
        }
    }

    /// A status's text colour and pill background.
    pub(super) fn status(&self, status: Status) -> (&'static str, &'static str) {
        match status {
            Status::OnTrack => self.on_track,
            Status::AtRisk => self.at_risk,
            Status::OffTrack => self.off_track,
        }
    }

    /// A colour of the look table on this theme.
    pub(super) fn pick(&self, color: ThemeColor) -> &'static str {
        match self.theme {
            Theme::Light => color.light,
            Theme::Dark => color.dark,
        }
    }

    /// A node's colour as drawn on this theme's surface (lightened on dark).
    pub(super) fn accent(&self, color: &str) -> String {
        match self.theme {
            Theme::Light => color.to_owned(),
            Theme::Dark => mix(color, "#ffffff", 0.45),
        }
    }
}

fn parse_hex(color: &str) -> (f64, f64, f64) {
    let channel = |i: usize| {
        color
            .get(i..i + 2)
            .and_then(|hex| u8::from_str_radix(hex, 16).ok())
            .map_or(0.0, f64::from)
    };
    (channel(1), channel(3), channel(5))
}

/// `a` moved towards `b` by `t` (0 = a, 1 = b), as `#rrggbb`.
pub(super) fn mix(a: &str, b: &str, t: f64) -> String {
    let (a, b) = (parse_hex(a), parse_hex(b));
    let channel = |x: f64, y: f64| (x + (y - x) * t).round().clamp(0.0, 255.0) as u8;
    format!(
        "#{:02x}{:02x}{:02x}",
        channel(a.0, b.0),
        channel(a.1, b.1),
        channel(a.2, b.2)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mixing_colours() {
        assert_eq!(mix("#000000", "#ffffff", 0.5), "#808080");
        assert_eq!(mix("#1d3557", "#1d3557", 0.3), "#1d3557");
    }
}
