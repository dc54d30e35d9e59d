//! Reading one link of the `links` array.

use serde_json::Value;

use super::fields::{type_name, Fields, Report};
use crate::model::{Color, Link, LinkKey, LinkKind, NodeId, Strength};
use crate::validate::{Category, Subject};

/// The link fields, in the order `write` writes them.
pub(super) const LINK_FIELDS: &[&str] = &["from", "to", "kind", "color", "strength", "note"];

/// How messages name the link at `index` (from 0): `link 2 (drives net_new → arr)`,
/// or `link 2` when its ends or kind are not strings.
pub(super) fn link_label(index: usize, value: &Value) -> String {
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(shown);
    match (text("kind"), text("from"), text("to")) {
        (Some(kind), Some(from), Some(to)) => {
            format!("link {} ({kind} {from} → {to})", index + 1)
        }
        _ => format!("link {}", index + 1),
    }
}

/// A plain word as is, anything else quoted and escaped (so that a message stays
/// on one line).
fn shown(text: &str) -> String {
    let plain = !text.is_empty() && text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if plain {
        text.to_owned()
    } else {
        format!("{text:?}")
    }
}

/// What problems of the link are about: the link when its kind and ends are valid.
pub(super) fn link_subject(value: &Value) -> Subject {
    let text = |key: &str| value.get(key).and_then(Value::as_str);
    let kind = text("kind").and_then(LinkKind::parse);
    let from = text("from").and_then(|t| NodeId::new(t).ok());
    let to = text("to").and_then(|t| NodeId::new(t).ok());
    match (kind, from, to) {
        (Some(kind), Some(from), Some(to)) => Subject::Link {
            key: LinkKey { kind, from, to },
        },
        _ => Subject::Tree,
    }
}

/// The link, or `None` (with the problems reported) when its ends or kind are
/// missing or unusable.
pub(super) fn read_link(index: usize, value: &Value, report: &mut Report) -> Option<Link> {
    let label = link_label(index, value);
    let subject = link_subject(value);
    let Some(map) = value.as_object() else {
        let detail = format!("a link must be an object, not {}", type_name(value));
        report.add(&subject, Category::Structure, &label, detail);
        return None;
    };
    let mut f = Fields::new(map, &label, &subject, report);
    f.unknown(LINK_FIELDS, "link");
    let from = f.parsed("from", true, NodeId::new);
    let to = f.parsed("to", true, NodeId::new);
    let kind = f.choice("kind", true, LinkKind::parse, LinkKind::names);
    let color = f.parsed("color", false, Color::new);
    let strength = f.choice("strength", false, Strength::parse, Strength::names);
    let note = f.owned("note", false);
    Some(Link {
        from: from?,
        to: to?,
        kind: kind?,
        color,
        strength,
        note,
    })
}
