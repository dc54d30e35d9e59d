//! Single-field rules: names of 1 to `MAX_NAME_CHARS` characters, finite numbers.
//! (Ids, colours and dates are valid by construction of their types.)

use super::{Category, Finding, Place};
use crate::model::{Node, Tree, MAX_NAME_CHARS};

pub(super) fn check(tree: &Tree, found: &mut Vec<Finding>) {
    if let Some(detail) = name_problem(&tree.name) {
        found.push(Finding::error(Category::Field, Place::Tree, detail));
    }
    for (i, node) in tree.nodes.iter().enumerate() {
        let place = Place::Node(i);
        if let Some(detail) = name_problem(&node.name) {
            found.push(Finding::error(Category::Field, place, detail));
        }
        for field in non_finite_fields(node) {
            let detail = format!("{field} is not a finite number");
            found.push(Finding::error(Category::Field, place, detail));
        }
    }
}

/// Why a name is refused: blank, or longer than `MAX_NAME_CHARS` characters.
pub(crate) fn name_problem(name: &str) -> Option<String> {
    let chars = name.chars().count();
    if name.trim().is_empty() {
        Some("name is empty".into())
    } else if chars > MAX_NAME_CHARS {
        Some(format!(
            "name is {chars} characters long; at most {MAX_NAME_CHARS} are allowed"
        ))
    } else {
        None
    }
}

fn non_finite_fields(node: &Node) -> Vec<&'static str> {
    let position = node.position.unwrap_or_default();
    [
        ("value", node.value.unwrap_or(0.0)),
        ("target", node.target.unwrap_or(0.0)),
        ("position x", position.x),
        ("position y", position.y),
    ]
    .into_iter()
    .filter(|(_, number)| !number.is_finite())
    .map(|(field, _)| field)
    .collect()
}
