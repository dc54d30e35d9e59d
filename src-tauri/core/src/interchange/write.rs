//! Writing the canonical form of a tree (see the module doc of `interchange`).
//! Private mirror structs fix the key order and leave out empty fields; serde_json
//! does the escaping and the 2-space pretty printing.

use serde::{Serialize, Serializer};
use serde_json::value::RawValue;

use super::VERSION;
use crate::model::{Granularity, HistoryPoint, Link, Node, Tree};

/// The tree as an interchange file, ending with a newline: version 1 when the
/// tree holds no time (no history, months), else version 2.
pub fn write(tree: &Tree) -> String {
    let timed =
        tree.period != Granularity::Month || tree.nodes.iter().any(|n| !n.history.is_empty());
    let file = FileOut {
        kpitree: if timed { VERSION } else { 1 },
        name: &tree.name,
        description: tree.description.as_deref(),
        period: timed.then_some(tree.period.as_str()),
        nodes: tree.nodes.iter().map(NodeOut::from).collect(),
        links: tree.links.iter().map(LinkOut::from).collect(),
    };
    // Serializing these structs cannot fail: every key is a string and every
    // field serializes infallibly.
    let mut text = serde_json::to_string_pretty(&file).expect("plain structs serialize to JSON");
    text.push('\n');
    text
}

/// A number written as an integer when it is one (`1200000`, not `1200000.0`)
/// and exactly representable; otherwise in serde_json's shortest round-trip form.
#[derive(Clone, Copy)]
struct Number(f64);

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
        let n = self.0;
        if n.fract() == 0.0 && n.abs() <= EXACT {
            serializer.serialize_i64(n as i64)
        } else {
            serializer.serialize_f64(n)
        }
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    kpitree: u32,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    period: Option<&'static str>,
    nodes: Vec<NodeOut<'a>>,
    links: Vec<LinkOut<'a>>,
}

#[derive(Serialize)]
struct NodeOut<'a> {
    id: &'a str,
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    unit: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    target_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    direction: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    indicator: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    formula: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    position: Option<PositionOut>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pinned: bool,
    /// Each point written whole on one line (a year of months is 12 lines, not
    /// 48), which the pretty printer leaves as it is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    history: Vec<Box<RawValue>>,
}

/// `{"period": "2026-01", "value": 1200}`.
fn point(point: &HistoryPoint) -> Box<RawValue> {
    // A period's text is digits, `-`, `Q` and `W`: nothing to escape.
    let value = serde_json::to_string(&Number(point.value)).expect("a number serializes");
    let text = format!("{{\"period\": \"{}\", \"value\": {value}}}", point.period);
    RawValue::from_string(text).expect("a history point is valid JSON")
}

#[derive(Serialize)]
struct PositionOut {
    x: Number,
    y: Number,
}

#[derive(Serialize)]
struct LinkOut<'a> {
    from: &'a str,
    to: &'a str,
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    color: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    strength: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

impl<'a> From<&'a Node> for NodeOut<'a> {
    fn from(node: &'a Node) -> Self {
        NodeOut {
            id: node.id.as_str(),
            kind: node.kind.as_str(),
            name: &node.name,
            description: node.description.as_deref(),
            unit: node.unit.as_deref(),
            value: node.value.map(Number),
            target: node.target.map(Number),
            target_date: node.target_date.as_ref().map(|d| d.as_str()),
            direction: node.direction.map(|d| d.as_str()),
            indicator: node.indicator.map(|i| i.as_str()),
            owner: node.owner.as_deref(),
            formula: node.formula.as_deref(),
            color: node.color.as_ref().map(|c| c.as_str()),
            position: node.position.map(|p| PositionOut {
                x: Number(p.x),
                y: Number(p.y),
            }),
            pinned: node.pinned,
            history: node.history.iter().map(point).collect(),
        }
    }
}

impl<'a> From<&'a Link> for LinkOut<'a> {
    fn from(link: &'a Link) -> Self {
        LinkOut {
            from: link.from.as_str(),
            to: link.to.as_str(),
            kind: link.kind.as_str(),
            color: link.color.as_ref().map(|c| c.as_str()),
            strength: link.strength.map(|s| s.as_str()),
            note: link.note.as_deref(),
        }
    }
}
