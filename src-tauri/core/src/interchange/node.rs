//! Reading one node of the `nodes` array.

use serde_json::Value;

use super::fields::{type_name, Fields, Report};
use super::history::read_history;
use crate::model::{
    Color, Direction, Granularity, Indicator, Node, NodeId, NodeKind, Position, TargetDate,
};
use crate::validate::{Category, Subject};

/// The node fields, in the order `write` writes them.
pub(super) const NODE_FIELDS: &[&str] = &[
    "id",
    "kind",
    "name",
    "description",
    "unit",
    "value",
    "target",
    "target_date",
    "direction",
    "indicator",
    "owner",
    "formula",
    "color",
    "position",
    "pinned",
    "history",
];

/// The node fields of version 1: all but the last, `history`.
const V1_NODE_FIELDS: usize = NODE_FIELDS.len() - 1;

/// How messages name the node at `index` (from 0): `node 3 "arr"`, or `node 3`
/// when it has no string id.
pub(super) fn node_label(index: usize, value: &Value) -> String {
    match value.get("id").and_then(Value::as_str) {
        Some(id) => format!("node {} {id:?}", index + 1),
        None => format!("node {}", index + 1),
    }
}

/// What problems of the node are about: the node when its id is valid.
pub(super) fn node_subject(value: &Value) -> Subject {
    let id = value.get("id").and_then(Value::as_str).map(NodeId::new);
    match id {
        Some(Ok(id)) => Subject::Node { id },
        _ => Subject::Tree,
    }
}

/// The node, or `None` (with the problems reported) when its id, kind or name is
/// missing or unusable. Problems in optional fields are reported and the field is
/// left out, so that the rest of the file can still be checked. A file of format
/// `version` 1 has no `history`; its periods are of `granularity`.
pub(super) fn read_node(
    index: usize,
    value: &Value,
    report: &mut Report,
    version: u32,
    granularity: Granularity,
) -> Option<Node> {
    let label = node_label(index, value);
    let subject = node_subject(value);
    let Some(map) = value.as_object() else {
        let detail = format!("a node must be an object, not {}", type_name(value));
        report.add(&subject, Category::Structure, &label, detail);
        return None;
    };
    let mut f = Fields::new(map, &label, &subject, report);
    match version {
        1 => f.unknown_in(&NODE_FIELDS[..V1_NODE_FIELDS], &["history"], 1, "node"),
        _ => f.unknown(NODE_FIELDS, "node"),
    }
    let id = f.parsed("id", true, NodeId::new);
    let kind = f.choice("kind", true, NodeKind::parse, NodeKind::names);
    let name = f.owned("name", true);
    let description = f.owned("description", false);
    let unit = f.owned("unit", false);
    let value = f.number("value", false);
    let target = f.number("target", false);
    let target_date = f.parsed("target_date", false, TargetDate::new);
    let direction = f.choice("direction", false, Direction::parse, Direction::names);
    let indicator = f.choice("indicator", false, Indicator::parse, Indicator::names);
    let owner = f.owned("owner", false);
    let formula = f.owned("formula", false);
    let color = f.parsed("color", false, Color::new);
    let position = position(&mut f);
    let pinned = f.boolean("pinned").unwrap_or(false);
    let history = match version {
        1 => Vec::new(),
        _ => read_history(&mut f, granularity),
    };
    Some(Node {
        id: id?,
        kind: kind?,
        name: name?,
        description,
        unit,
        value,
        target,
        target_date,
        direction,
        indicator,
        owner,
        formula,
        color,
        position,
        pinned,
        history,
    })
}

fn position(f: &mut Fields) -> Option<Position> {
    let map = f.object("position")?;
    let mut p = f.nested(map, "position.");
    p.unknown(&["x", "y"], "position");
    let x = p.number("x", true);
    let y = p.number("y", true);
    Some(Position { x: x?, y: y? })
}
