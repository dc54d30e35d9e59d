//! The rules an edit must keep. They look at one node or link against the tree as
//! it is; the planners in `nodes` and `links` call them before building a diff, so
//! a refused edit never reaches the tree.

use super::EditError;
use crate::graph;
use crate::model::{Link, LinkKind, Node, NodeKind, Tree, MAX_NAME_CHARS};

/// A name has 1 to [`MAX_NAME_CHARS`] characters (Unicode scalar values).
/// `what` names the owner in the message (`node "arr"`, `the tree`).
pub fn check_name(what: &str, name: &str) -> Result<(), EditError> {
    let chars = name.chars().count();
    if chars == 0 {
        return Err(EditError::EmptyName {
            what: what.to_owned(),
        });
    }
    if chars > MAX_NAME_CHARS {
        return Err(EditError::NameTooLong {
            what: what.to_owned(),
            chars,
        });
    }
    Ok(())
}

/// Field rules of one node: its name, and finite numbers.
pub(super) fn check_node(node: &Node) -> Result<(), EditError> {
    check_name(&format!("node \"{}\"", node.id), &node.name)?;
    let position = node.position.map(|p| [p.x, p.y]).unwrap_or_default();
    let numbers = [
        ("value", node.value.unwrap_or_default()),
        ("target", node.target.unwrap_or_default()),
        ("position", position[0]),
        ("position", position[1]),
    ];
    match numbers.iter().find(|(_, number)| !number.is_finite()) {
        Some((field, _)) => Err(EditError::NotFinite {
            id: node.id.clone(),
            field,
        }),
        None => Ok(()),
    }
}

/// A link's kind must be allowed between the kinds of its two nodes.
pub(super) fn check_kinds(link: &Link, from: NodeKind, to: NodeKind) -> Result<(), EditError> {
    match link.kind.refuses(from, to) {
        Some(reason) => Err(EditError::KindNotAllowed {
            key: link.key(),
            reason,
        }),
        None => Ok(()),
    }
}

/// Only `impacts` links carry a strength.
pub(super) fn check_strength(link: &Link) -> Result<(), EditError> {
    if link.strength.is_some() && link.kind != LinkKind::Impacts {
        return Err(EditError::StrengthNotAllowed { key: link.key() });
    }
    Ok(())
}

/// A new `drives` link `from → to` closes a cycle exactly when `to` already
/// reaches `from`; the error shows the cycle from `from` back to itself.
pub(super) fn check_acyclic(tree: &Tree, link: &Link) -> Result<(), EditError> {
    if link.kind != LinkKind::Drives {
        return Ok(());
    }
    match graph::drives_path(tree, &link.to, &link.from) {
        Some(path) => {
            let mut cycle = vec![link.from.clone()];
            cycle.extend(path);
            Err(EditError::Cycle { path: cycle })
        }
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NodeId, Position};

    fn node(name: &str) -> Node {
        Node::new(NodeId::new("n").unwrap(), NodeKind::ProductMetric, name)
    }

    #[test]
    fn names_are_counted_in_characters() {
        assert!(check_node(&node(&"é".repeat(MAX_NAME_CHARS))).is_ok());
        let long = check_node(&node(&"é".repeat(MAX_NAME_CHARS + 1)));
        assert!(matches!(
            long,
            Err(EditError::NameTooLong { chars: 201, .. })
        ));
        assert!(matches!(
            check_node(&node("")),
            Err(EditError::EmptyName { .. })
        ));
    }

    #[test]
    fn numbers_must_be_finite() {
        let mut bad = node("x");
        bad.target = Some(f64::INFINITY);
        assert!(matches!(
            check_node(&bad),
            Err(EditError::NotFinite {
                field: "target",
                ..
            })
        ));
        let mut bad = node("x");
        bad.position = Some(Position {
            x: 0.0,
            y: f64::NAN,
        });
        assert!(matches!(
            check_node(&bad),
            Err(EditError::NotFinite {
                field: "position",
                ..
            })
        ));
    }
}
