//! The closed vocabularies of the model: node kinds, link kinds and the small enums
//! of node and link fields. Their snake_case names are the interchange names.

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "specta", derive(specta::Type))]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in JSON, SQL and the command line.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the interchange name; `None` for anything else.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            /// The accepted names, for error messages ("one of a, b, c").
            pub fn names() -> String {
                [$($text),+].join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary!(
    /// The six kinds of node (SPEC 2), each drawn with its own shape and colour.
    NodeKind {
        NorthStar => "north_star",
        BusinessKpi => "business_kpi",
        ProductMetric => "product_metric",
        StrategicIntent => "strategic_intent",
        Initiative => "initiative",
        HealthMetric => "health_metric",
    }
);

vocabulary!(
    /// The three kinds of link (SPEC 2).
    LinkKind {
        Drives => "drives",
        Impacts => "impacts",
        Guards => "guards",
    }
);

vocabulary!(
    /// Whether a higher value is better (`up`) or a lower one (`down`).
    Direction { Up => "up", Down => "down" }
);

vocabulary!(
    /// Whether a metric moves before (`leading`) or after (`lagging`) the outcome.
    Indicator { Leading => "leading", Lagging => "lagging" }
);

vocabulary!(
    /// How strongly an `impacts` link is believed to move its target.
    Strength { Strong => "strong", Medium => "medium", Weak => "weak" }
);

impl NodeKind {
    /// Metrics are the kinds that carry a measured value; intents and initiatives
    /// are work, not measurements.
    pub fn is_metric(self) -> bool {
        matches!(
            self,
            NodeKind::NorthStar
                | NodeKind::BusinessKpi
                | NodeKind::ProductMetric
                | NodeKind::HealthMetric
        )
    }
}

impl LinkKind {
    /// Whether a link of this kind may go from a node of kind `from` to one of kind
    /// `to`. `None` when allowed, otherwise the reason it is not.
    pub fn refuses(self, from: NodeKind, to: NodeKind) -> Option<&'static str> {
        match self {
            LinkKind::Drives => None,
            LinkKind::Impacts => {
                let source_ok = matches!(
                    from,
                    NodeKind::Initiative | NodeKind::StrategicIntent | NodeKind::ProductMetric
                );
                if !source_ok {
                    Some("an impacts link must start at an initiative, a strategic intent or a product metric")
                } else if !to.is_metric() {
                    Some("an impacts link must point at a metric")
                } else {
                    None
                }
            }
            LinkKind::Guards => {
                if from != NodeKind::HealthMetric {
                    Some("a guards link must start at a health metric")
                } else if !to.is_metric() {
                    Some("a guards link must point at a metric")
                } else {
                    None
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for kind in NodeKind::ALL {
            assert_eq!(NodeKind::parse(kind.as_str()), Some(*kind));
        }
        assert_eq!(NodeKind::parse("North_Star"), None);
        assert_eq!(LinkKind::names(), "drives, impacts, guards");
    }

    #[test]
    fn link_kind_rules() {
        use NodeKind::*;
        assert!(LinkKind::Impacts.refuses(Initiative, BusinessKpi).is_none());
        assert!(LinkKind::Impacts
            .refuses(BusinessKpi, BusinessKpi)
            .is_some());
        assert!(LinkKind::Impacts.refuses(Initiative, Initiative).is_some());
        assert!(LinkKind::Guards
            .refuses(HealthMetric, ProductMetric)
            .is_none());
        assert!(LinkKind::Guards
            .refuses(Initiative, ProductMetric)
            .is_some());
        assert!(LinkKind::Drives.refuses(Initiative, NorthStar).is_none());
    }
}
