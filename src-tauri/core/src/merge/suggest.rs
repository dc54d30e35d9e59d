//! Suggested matches: nodes of different sources with different ids but similar
//! names ("Churn" and "Churned customers" are not; "Churned customers" and
//! "Churned Customers " are), offered to the user, never made on their own.
//! Similarity is the normalised Levenshtein similarity (strsim) of the names
//! trimmed and in lower case; a pair scores at least [`THRESHOLD`].

use serde::Serialize;

use super::Source;
use crate::model::NodeId;

/// The least similarity offered as a match (1 is the same name).
pub const THRESHOLD: f64 = 0.8;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Suggestion {
    pub source: String,
    pub id: NodeId,
    pub name: String,
    /// The other source's node it may be.
    pub other_source: String,
    pub other_id: NodeId,
    pub other_name: String,
    /// 0..=1, 1 for the same name.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub score: f64,
}

/// The suggested matches between every two sources, most similar first, each pair
/// once (the later source's node into the earlier one's).
pub fn suggestions(sources: &[Source]) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for (i, earlier) in sources.iter().enumerate() {
        for later in &sources[i + 1..] {
            for node in &later.tree.nodes {
                if earlier.tree.node(&node.id).is_some() {
                    continue;
                }
                for other in &earlier.tree.nodes {
                    if later.tree.node(&other.id).is_some() {
                        continue;
                    }
                    let score = similarity(&node.name, &other.name);
                    if score >= THRESHOLD {
                        out.push(Suggestion {
                            source: later.name.clone(),
                            id: node.id.clone(),
                            name: node.name.clone(),
                            other_source: earlier.name.clone(),
                            other_id: other.id.clone(),
                            other_name: other.name.clone(),
                            score,
                        });
                    }
                }
            }
        }
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score));
    out
}

fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
    strsim::normalized_levenshtein(&a, &b)
}
