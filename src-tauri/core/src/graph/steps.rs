//! Present mode's steps (SPEC 6, SPEC 11): what the walk-through reveals at each
//! step, one definition for the window, the HTML export's viewer and the PDF
//! handout (`ui/src/present/reveal.ts` computes the same for the window).
//!
//! Step 0 is the roots' row (the North Star) alone; step k adds the nodes of level
//! k. A health metric that drives nothing and guards a metric (a root by SPEC 2's
//! levels) is revealed with the metric it guards, where the audience sees why it is
//! there. A node with no level (only through a `drives` cycle) is shown from step 0.
//! After the last level comes the overview, the whole tree at once.

use std::collections::{BTreeMap, BTreeSet};

use crate::model::{LinkKind, NodeId, NodeKind, Tree};

/// Each node's step, by id: when present mode reveals it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PresentSteps {
    steps: BTreeMap<NodeId, u32>,
}

impl PresentSteps {
    /// The steps of `tree`'s nodes.
    pub fn new(tree: &Tree) -> PresentSteps {
        let levels = super::levels(tree);
        let mut steps: BTreeMap<NodeId, u32> = tree
            .nodes
            .iter()
            .map(|node| (node.id.clone(), levels.get(&node.id).copied().unwrap_or(0)))
            .collect();
        let drives_something: BTreeSet<&NodeId> = tree
            .links
            .iter()
            .filter(|link| link.kind == LinkKind::Drives)
            .map(|link| &link.from)
            .collect();
        for node in &tree.nodes {
            if node.kind != NodeKind::HealthMetric || drives_something.contains(&node.id) {
                continue;
            }
            let guarded = tree
                .links
                .iter()
                .filter(|link| link.kind == LinkKind::Guards && link.from == node.id)
                .filter_map(|link| steps.get(&link.to).copied())
                .min();
            if let Some(step) = guarded {
                steps.insert(node.id.clone(), step);
            }
        }
        PresentSteps { steps }
    }

    /// The step at which `id` is revealed (`None`: not a node of the tree).
    pub fn step_of(&self, id: &NodeId) -> Option<u32> {
        self.steps.get(id).copied()
    }

    /// How many level steps there are: one more than the deepest step (1 for an
    /// empty tree). The overview comes after them.
    pub fn level_count(&self) -> u32 {
        self.steps.values().max().map_or(1, |deepest| deepest + 1)
    }

    /// The nodes shown at level step `step` (those revealed at it or before).
    pub fn shown_at(&self, step: u32) -> BTreeSet<NodeId> {
        self.steps
            .iter()
            .filter(|(_, &at)| at <= step)
            .map(|(id, _)| id.clone())
            .collect()
    }

    /// Every node with its step, by id.
    pub fn iter(&self) -> impl Iterator<Item = (&NodeId, u32)> {
        self.steps.iter().map(|(id, &step)| (id, step))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Link;
    use crate::test_trees::{id, kpi_tree};

    #[test]
    fn steps_follow_levels_and_a_tripwire_comes_with_what_it_guards() {
        // arr ← customers ← churn; churn_guard guards customers; a cycle x ⇄ y.
        let mut tree = kpi_tree(
            &["arr", "customers", "churn", "guard", "x", "y"],
            &["customers>arr", "churn>customers", "x>y", "y>x"],
        );
        let guard = tree.nodes.iter_mut().find(|n| n.id == id("guard")).unwrap();
        guard.kind = NodeKind::HealthMetric;
        tree.links
            .push(Link::new(LinkKind::Guards, id("guard"), id("customers")));
        let steps = PresentSteps::new(&tree);
        assert_eq!(steps.step_of(&id("arr")), Some(0));
        assert_eq!(steps.step_of(&id("customers")), Some(1));
        assert_eq!(steps.step_of(&id("churn")), Some(2));
        assert_eq!(steps.step_of(&id("guard")), Some(1));
        assert_eq!(steps.step_of(&id("x")), Some(0), "no level: from the start");
        assert_eq!(steps.level_count(), 3);
        let shown: Vec<String> = steps.shown_at(1).iter().map(|i| i.to_string()).collect();
        assert_eq!(shown, ["arr", "customers", "guard", "x", "y"]);
        assert_eq!(steps.shown_at(2).len(), 6);
    }

    #[test]
    fn an_empty_tree_has_one_step() {
        let steps = PresentSteps::new(&kpi_tree(&[], &[]));
        assert_eq!(steps.level_count(), 1);
        assert!(steps.shown_at(0).is_empty());
    }
}
