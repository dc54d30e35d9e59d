//! The sample tree a new store is seeded with: a B2B SaaS ARR tree written for
//! kpitree, with a North Star, business KPIs with formulas, product metrics,
//! strategic intents, initiatives with colour-coded `impacts` links and a health
//! metric guarding acquisition.

use crate::interchange;
use crate::model::Tree;

const SAAS_ARR: &str = include_str!("saas_arr.json");

/// The SaaS ARR sample. It is part of the program, and a unit test proves it valid,
/// so failing to read it is a bug, not a user error.
pub fn saas_arr() -> Tree {
    interchange::read(SAAS_ARR, "sample/saas_arr.json")
        .unwrap_or_else(|error| panic!("the built-in sample tree is invalid: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeKind;
    use crate::validate::{self, Severity};

    #[test]
    fn sample_is_valid_and_has_every_node_kind() {
        let tree = saas_arr();
        let errors: Vec<_> = validate::check(&tree)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        for kind in NodeKind::ALL {
            assert!(tree.nodes.iter().any(|n| n.kind == *kind), "no {kind}");
        }
    }
}
