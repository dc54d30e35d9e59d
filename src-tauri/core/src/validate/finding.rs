//! A problem before it is put into words for a reader: where it is (by position in
//! the tree, which stays exact even with duplicate ids) and what is wrong.

use super::{Category, Problem, Severity, Subject};
use crate::model::Tree;

/// Where a problem is; the order is the report order (tree, nodes, links).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Place {
    Tree,
    Node(usize),
    Link(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Finding {
    pub severity: Severity,
    pub category: Category,
    pub place: Place,
    /// What is wrong, without the subject: `name is empty`.
    pub detail: String,
}

impl Finding {
    pub fn error(category: Category, place: Place, detail: impl Into<String>) -> Finding {
        Finding {
            severity: Severity::Error,
            category,
            place,
            detail: detail.into(),
        }
    }

    pub fn warning(category: Category, place: Place, detail: impl Into<String>) -> Finding {
        Finding {
            severity: Severity::Warning,
            ..Finding::error(category, place, detail)
        }
    }

    /// What the finding is about, in `tree`.
    pub fn subject(&self, tree: &Tree) -> Subject {
        subject(tree, self.place)
    }

    pub fn into_problem(self, tree: &Tree) -> Problem {
        Problem {
            severity: self.severity,
            category: self.category,
            subject: subject(tree, self.place),
            message: format!("{}: {}", label(tree, self.place), self.detail),
        }
    }
}

fn subject(tree: &Tree, place: Place) -> Subject {
    match place {
        Place::Tree => Subject::Tree,
        Place::Node(i) => match tree.nodes.get(i) {
            Some(node) => Subject::Node {
                id: node.id.clone(),
            },
            None => Subject::Tree,
        },
        Place::Link(i) => match tree.links.get(i) {
            Some(link) => Subject::Link { key: link.key() },
            None => Subject::Tree,
        },
    }
}

/// How a message names its subject: `tree "Zira growth"`, `node "arr"`,
/// `link drives net_new → arr`.
pub(crate) fn label(tree: &Tree, place: Place) -> String {
    match place {
        Place::Tree => tree_label(&tree.name),
        Place::Node(i) => tree.nodes.get(i).map_or_else(
            || format!("node {}", i + 1),
            |n| format!("node \"{}\"", n.id),
        ),
        Place::Link(i) => tree.links.get(i).map_or_else(
            || format!("link {}", i + 1),
            |l| format!("link {} {} → {}", l.kind, l.from, l.to),
        ),
    }
}

/// `tree "name"`, with a long name shortened; just `tree` when it has no name.
pub(crate) fn tree_label(name: &str) -> String {
    const SHOWN: usize = 40;
    if name.trim().is_empty() {
        return "tree".into();
    }
    let mut shown: String = name.chars().take(SHOWN).collect();
    if name.chars().count() > SHOWN {
        shown.push('…');
    }
    format!("tree {shown:?}")
}
