//! The readable form of a difference, one line a change as in a code review:
//!
//! ```text
//! ~ tree: name "Growth" → "Growth 2026"
//! + node churn "Churned customers"
//! - node fast_ux "Faster UX"
//! ~ node arr: target 1500000 → 1600000
//! ~ node arr: history.2026-03 1200 → (none)
//! + link drives churn → arr
//! - link impacts fast_ux → churn
//! ~ link drives a → b: note (none) → "why"
//! ```
//!
//! Order: the tree's fields, added nodes (right tree's order), removed nodes (left
//! tree's order), changed nodes (by id, fields by name), then links the same way.
//! Values are JSON (text quoted); an unset field is `(none)`. Two equal trees give
//! the one line `no differences`.

use std::fmt::Write;

use serde_json::Value;

use super::diff::{FieldChanges, TreeDiff};
use crate::model::Link;

/// The lines of `diff`, each ending with a newline.
pub fn text(diff: &TreeDiff) -> String {
    if diff.same {
        return "no differences\n".to_owned();
    }
    let mut out = String::new();
    fields(&mut out, "~ tree", &diff.tree);
    for (_, node) in &diff.payload.nodes_added {
        line(
            &mut out,
            format!("+ node {} {}", node.id, quoted(&node.name)),
        );
    }
    for node in &diff.payload.nodes_removed {
        line(
            &mut out,
            format!("- node {} {}", node.id, quoted(&node.name)),
        );
    }
    for (id, changes) in &diff.nodes.changed {
        fields(&mut out, &format!("~ node {id}"), changes);
    }
    for link in &diff.links.added {
        line(&mut out, format!("+ link {}", link_label(link)));
    }
    for link in &diff.links.removed {
        line(&mut out, format!("- link {}", link_label(link)));
    }
    for change in &diff.links.changed {
        let label = format!("~ link {} {} → {}", change.kind, change.from, change.to);
        fields(&mut out, &label, &change.fields);
    }
    out
}

fn fields(out: &mut String, label: &str, changes: &FieldChanges) {
    for (field, [left, right]) in changes {
        let (left, right) = (shown(left), shown(right));
        line(out, format!("{label}: {field} {left} → {right}"));
    }
}

fn line(out: &mut String, text: String) {
    let _ = writeln!(out, "{text}");
}

fn link_label(link: &Link) -> String {
    format!("{} {} → {}", link.kind, link.from, link.to)
}

fn quoted(text: &str) -> String {
    Value::from(text).to_string()
}

fn shown(value: &Value) -> String {
    match value {
        Value::Null => "(none)".to_owned(),
        other => other.to_string(),
    }
}
