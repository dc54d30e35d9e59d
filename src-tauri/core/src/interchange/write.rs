//! Writing the canonical form of a tree (see the module doc of `interchange`).
//! Private mirror structs fix the key order and leave out empty fields; serde_json
//! does the escaping and the 2-space pretty printing.

use serde::{Serialize, Serializer};

use super::VERSION;
use crate::model::{Link, Node, Tree};

/// The tree as an interchange file, ending with a newline.
pub fn write(tree: &Tree) -> String {
    let file = FileOut {
        kpitree: VERSION,
        name: &tree.name,
        description: tree.description.as_deref(),
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
