//! How each kind of node and link looks: the one table that the canvas and the SVG
//! export both draw from (labels, colours, tints, corner radii, marks, link strokes).
//!
//! The export reads it directly ([`NodeKind::look`], [`LinkKind::look`]). The UI
//! reads it as two generated files, `ui/src/model/looks.generated.ts` and
//! `ui/src/styles/looks.generated.css`, rendered from this table by the test
//! `tests/looks.rs`: that test fails while they are stale, and `scripts/looks`
//! rewrites them. Change a look here, never in the generated files.
//!
//! Colours are the light theme's unless named otherwise (the canvas is light; the
//! export derives its dark look from these, see `export::svg`).

use serde::Serialize;

use super::{LinkKind, Node, NodeKind, Strength};

/// The look of a kind of node.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct NodeLook {
    /// How the kind is named on a card's header and in legends.
    pub label: &'static str,
    /// The card's colour when the node has none of its own (`#rrggbb`).
    pub color: &'static str,
    /// A pale tint of the colour: the fill of intent and initiative cards.
    pub tint: &'static str,
    /// The corner radius of the card, px.
    pub radius: f64,
    /// The small mark before the label.
    pub mark: Mark,
}

/// A small drawing that tells the kinds apart beside colour and shape.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Mark {
    /// The side of the square the parts are drawn in (`viewBox="0 0 VIEW VIEW"`).
    pub view: f64,
    /// The side it is drawn at in a card's header, px.
    pub size: f64,
    /// The colour it is always drawn in; `None`: the node's colour.
    pub color: Option<&'static str>,
    /// Drawn in this order.
    pub parts: &'static [MarkPart],
}

/// One shape of a mark and how it is painted.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MarkPart {
    pub shape: MarkShape,
    pub paint: MarkPaint,
}

/// An SVG shape, in the mark's view box.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MarkShape {
    /// `<path d="D"/>`.
    Path { d: &'static str },
    /// `<rect x y width height rx/>`.
    Rect {
        x: f64,
        y: f64,
        width: f64,
        height: f64,
        rx: f64,
    },
}

/// How a mark's shape is painted.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum MarkPaint {
    /// Filled with the mark's colour.
    Fill,
    /// Not filled; outlined in the mark's colour, `width` px wide with dashes `dash`.
    Outline { width: f64, dash: &'static str },
    /// Filled with a colour of its own, whatever the mark's colour.
    Solid { color: &'static str },
}

/// A colour on the light and on the dark theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ThemeColor {
    pub light: &'static str,
    pub dark: &'static str,
}

/// The look of a kind of link.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct LinkLook {
    /// The stroke's colour; `None` for `impacts`, drawn in the colour code of the
    /// KPI it points at (`alignment::ColorCodes`).
    pub color: Option<ThemeColor>,
    /// The stroke's width, px; `None` for `impacts`: by the link's strength
    /// ([`impacts_width`]).
    pub width: Option<f64>,
    /// The stroke's dashes (`stroke-dasharray`); `None` for a solid line.
    pub dash: Option<&'static str>,
    /// Round line caps (they turn short dashes into dots).
    pub round: bool,
    /// What the legend says of it.
    pub legend: &'static str,
    /// The dashes of its sample in the legend, shorter than on a link.
    pub legend_dash: Option<&'static str>,
}

/// A colour that colour codes are given from, and its name (said by the inspector's
/// swatches).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CodeColor {
    /// `#rrggbb`, lower case (as [`super::Color`] keeps colours).
    pub color: &'static str,
    pub name: &'static str,
}

const fn code(color: &'static str, name: &'static str) -> CodeColor {
    CodeColor { color, name }
}

/// The colours KPIs are given as colour codes (`alignment::ColorCodes`), in the
/// order they are handed out: first [`OKABE_ITO`], then [`TOL_MUTED`].
pub const CODE_COLORS: [CodeColor; 14] = [
    OKABE_ITO[0],
    OKABE_ITO[1],
    OKABE_ITO[2],
    OKABE_ITO[3],
    OKABE_ITO[4],
    OKABE_ITO[5],
    OKABE_ITO[6],
    TOL_MUTED[0],
    TOL_MUTED[1],
    TOL_MUTED[2],
    TOL_MUTED[3],
    TOL_MUTED[4],
    TOL_MUTED[5],
    TOL_MUTED[6],
];

/// The first set: the Okabe–Ito palette (Okabe & Ito 2002; Wong, Nature Methods
/// 2011) without its black, in the order KPIs receive its colours.
///
/// Its colours stay apart for protanopes, deuteranopes and tritanopes, which is the
/// point of a colour code. Black is left out because it vanishes on the dark theme
/// and reads as "no colour"; yellow comes last because it is faint on white.
pub const OKABE_ITO: [CodeColor; 7] = [
    code("#d55e00", "Vermillion"),
    code("#0072b2", "Blue"),
    code("#009e73", "Bluish green"),
    code("#cc79a7", "Reddish purple"),
    code("#e69f00", "Orange"),
    code("#56b4e9", "Sky blue"),
    code("#f0e442", "Yellow"),
];

/// The second set, for trees with more than seven coded KPIs: Paul Tol's "muted"
/// qualitative scheme (P. Tol, *Colour Schemes*, SRON technical note
/// SRON/EPS/TN/09-002, issue 3.2, 2021, <https://personal.sron.nl/~pault/>), also
/// designed for colour-blind readers. Its cyan (#88ccee) and teal (#44aa99) are
/// left out: they are 14 and 19 (CIE76 ΔE) from Okabe–Ito's sky blue and bluish
/// green, under the 20 that automatic codes keep apart (`alignment`); every colour
/// kept is at least 21 from each colour of the first set. Darkest and most unlike
/// the first set first; sand, the faintest on white, last.
pub const TOL_MUTED: [CodeColor; 7] = [
    code("#332288", "Indigo"),
    code("#882255", "Wine"),
    code("#999933", "Olive"),
    code("#cc6677", "Rose"),
    code("#117733", "Green"),
    code("#aa4499", "Purple"),
    code("#ddcc77", "Sand"),
];

/// The dashes (`stroke-dasharray`) of an `impacts` link whose KPI has the colour
/// code of dash `variant`: 0 is the kind's own dash ([`LinkKind::look`]); once every
/// code colour is taken, KPIs are told apart by dashes too: a long dash then
/// `variant` dots (dash-dot, dash-dot-dot, …), as many as there are KPIs.
pub fn code_dash(variant: u32) -> String {
    if variant == 0 {
        return IMPACTS.dash.unwrap_or_default().to_owned();
    }
    let mut dash = String::from("12 4");
    for _ in 0..variant {
        dash.push_str(" 2 4");
    }
    dash
}

/// [`code_dash`] as a legend's short sample draws it: the same long dash and dots,
/// smaller, so that a whole period shows before the arrowhead.
pub fn code_legend_dash(variant: u32) -> String {
    if variant == 0 {
        return IMPACTS.dash.unwrap_or_default().to_owned();
    }
    let mut dash = String::from("6 2.5");
    for _ in 0..variant {
        dash.push_str(" 1.5 2.5");
    }
    dash
}

const STAR: &[MarkPart] = &[MarkPart {
    shape: MarkShape::Path {
        d: "M12 2.2l2.9 6.1 6.7.8-4.9 4.6 1.3 6.6L12 17.1l-6 3.2 1.3-6.6-4.9-4.6 6.7-.8z",
    },
    paint: MarkPaint::Fill,
}];

const SHIELD: &[MarkPart] = &[
    MarkPart {
        shape: MarkShape::Path {
            d: "M12 2l8 3v6.2c0 5-3.4 9.4-8 10.8-4.6-1.4-8-5.8-8-10.8V5z",
        },
        paint: MarkPaint::Fill,
    },
    // The exclamation mark on the shield.
    MarkPart {
        shape: MarkShape::Path {
            d: "M11 7h2v6.5h-2zM11 15h2v2h-2z",
        },
        paint: MarkPaint::Solid { color: "#ffffff" },
    },
];

/// A swatch in the shape of a card: 11 by 9 in a 12 square, with corners `rx`.
const fn card_swatch(rx: f64) -> MarkPart {
    MarkPart {
        shape: MarkShape::Rect {
            x: 0.5,
            y: 1.5,
            width: 11.0,
            height: 9.0,
            rx,
        },
        paint: MarkPaint::Fill,
    }
}

const NORTH_STAR: NodeLook = NodeLook {
    label: "North Star",
    color: "#1d3557",
    tint: "#e8edf4",
    radius: 14.0,
    mark: Mark {
        view: 24.0,
        size: 15.0,
        // Gold on the card's dark fill.
        color: Some("#f3c64f"),
        parts: STAR,
    },
};

const BUSINESS_KPI: NodeLook = NodeLook {
    label: "Business KPI",
    color: "#2a6f97",
    tint: "#e9f2f7",
    radius: 12.0,
    mark: Mark {
        view: 12.0,
        size: 12.0,
        color: None,
        parts: &[card_swatch(2.5)],
    },
};

const PRODUCT_METRIC: NodeLook = NodeLook {
    label: "Product metric",
    color: "#2d6a4f",
    tint: "#e9f3ee",
    radius: 3.0,
    mark: Mark {
        view: 12.0,
        size: 12.0,
        color: None,
        parts: &[card_swatch(0.5)],
    },
};

const STRATEGIC_INTENT: NodeLook = NodeLook {
    label: "Strategic intent",
    color: "#6a4c93",
    tint: "#f1edf7",
    radius: 22.0,
    mark: Mark {
        view: 12.0,
        size: 12.0,
        color: None,
        parts: &[MarkPart {
            shape: MarkShape::Path {
                d: "M3 1.5h6L11.5 6 9 10.5H3L0.5 6z",
            },
            paint: MarkPaint::Fill,
        }],
    },
};

const INITIATIVE: NodeLook = NodeLook {
    label: "Initiative",
    color: "#b5651d",
    tint: "#fbf3ea",
    radius: 8.0,
    mark: Mark {
        view: 12.0,
        size: 12.0,
        color: None,
        parts: &[MarkPart {
            shape: MarkShape::Rect {
                x: 1.0,
                y: 2.0,
                width: 10.0,
                height: 8.0,
                rx: 1.5,
            },
            paint: MarkPaint::Outline {
                width: 1.5,
                dash: "2.2 1.6",
            },
        }],
    },
};

const HEALTH_METRIC: NodeLook = NodeLook {
    label: "Health metric",
    color: "#9d0208",
    tint: "#fbeced",
    radius: 10.0,
    mark: Mark {
        view: 24.0,
        size: 14.0,
        color: None,
        parts: SHIELD,
    },
};

const DRIVES: LinkLook = LinkLook {
    color: Some(ThemeColor {
        light: "#8a94a3",
        dark: "#738093",
    }),
    width: Some(1.5),
    dash: None,
    round: false,
    legend: "drives (child → parent)",
    legend_dash: None,
};

const IMPACTS: LinkLook = LinkLook {
    color: None,
    width: None,
    dash: Some("7 5"),
    round: false,
    legend: "impacts (colour of the KPI)",
    legend_dash: Some("5 3"),
};

const GUARDS: LinkLook = LinkLook {
    color: Some(ThemeColor {
        light: "#6a040f",
        dark: "#e0636f",
    }),
    width: Some(1.5),
    dash: Some("1.5 4.5"),
    round: true,
    legend: "guards (tripwire)",
    legend_dash: Some("1.5 3"),
};

impl NodeKind {
    /// How nodes of this kind are drawn.
    pub fn look(self) -> &'static NodeLook {
        match self {
            NodeKind::NorthStar => &NORTH_STAR,
            NodeKind::BusinessKpi => &BUSINESS_KPI,
            NodeKind::ProductMetric => &PRODUCT_METRIC,
            NodeKind::StrategicIntent => &STRATEGIC_INTENT,
            NodeKind::Initiative => &INITIATIVE,
            NodeKind::HealthMetric => &HEALTH_METRIC,
        }
    }

    /// The default fill colour of a node of this kind, shared by canvas and export.
    pub fn default_color(self) -> &'static str {
        self.look().color
    }
}

impl Node {
    /// The colour the node is drawn in: its own, else its kind's.
    pub fn drawn_color(&self) -> &str {
        self.color
            .as_ref()
            .map_or(self.kind.default_color(), |color| color.as_str())
    }
}

impl LinkKind {
    /// How links of this kind are drawn.
    pub fn look(self) -> &'static LinkLook {
        match self {
            LinkKind::Drives => &DRIVES,
            LinkKind::Impacts => &IMPACTS,
            LinkKind::Guards => &GUARDS,
        }
    }
}

impl Strength {
    /// The stroke width of an `impacts` link of this strength, px: the bet's weight.
    pub fn width(self) -> f64 {
        match self {
            Strength::Strong => 3.0,
            Strength::Medium => 2.0,
            Strength::Weak => 1.0,
        }
    }
}

/// The stroke width of an `impacts` link, px; a link not rated reads as medium.
pub fn impacts_width(strength: Option<Strength>) -> f64 {
    strength.unwrap_or(Strength::Medium).width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_colour_and_a_tint_in_hex() {
        let hex = |c: &str| c.len() == 7 && c.starts_with('#');
        for kind in NodeKind::ALL {
            let look = kind.look();
            assert!(hex(look.color) && hex(look.tint), "{kind}");
            assert!(!look.mark.parts.is_empty(), "{kind}");
        }
    }

    #[test]
    fn unrated_bets_are_drawn_as_medium_ones() {
        assert_eq!(impacts_width(None), impacts_width(Some(Strength::Medium)));
        assert!(Strength::Strong.width() > Strength::Weak.width());
    }
}
