//! When a value counts as on track or at risk: the thresholds a user sets per tree
//! (see `analysis::status` for what they mean). They belong to the tree, not to its
//! interchange file, and change by an edit like any other field of the tree.

use serde::{Deserialize, Serialize};

/// How far short of its target (a share of `|target|`, 0.1 = 10 %) a value may
/// fall and still be on track, or at risk. Set per tree by the user.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct StatusThresholds {
    /// Short by at most this share: still on track (default 0: the target must be met).
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub on_track_within: f64,
    /// Short by at most this share: at risk; beyond it, off track (default 0.1).
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub at_risk_within: f64,
}

impl Default for StatusThresholds {
    /// Today's behaviour: on track when the target is met, at risk within 10 %.
    fn default() -> Self {
        StatusThresholds {
            on_track_within: 0.0,
            at_risk_within: 0.1,
        }
    }
}

/// Why thresholds were refused; the message is shown to the user as is.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ThresholdError {
    #[error("a status threshold must be a finite number of 0 or more, not {0}")]
    OutOfRange(f64),
    #[error("the at-risk threshold ({at_risk}) cannot be below the on-track one ({on_track})")]
    Inverted { on_track: f64, at_risk: f64 },
}

impl StatusThresholds {
    /// Checked thresholds: both finite, at least 0, on-track at most at-risk.
    pub fn new(on_track_within: f64, at_risk_within: f64) -> Result<Self, ThresholdError> {
        for share in [on_track_within, at_risk_within] {
            if !share.is_finite() || share < 0.0 {
                return Err(ThresholdError::OutOfRange(share));
            }
        }
        if at_risk_within < on_track_within {
            return Err(ThresholdError::Inverted {
                on_track: on_track_within,
                at_risk: at_risk_within,
            });
        }
        Ok(StatusThresholds {
            on_track_within,
            at_risk_within,
        })
    }
}
