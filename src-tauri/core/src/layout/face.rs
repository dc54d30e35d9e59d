//! The geometry of a node's card, shared by the canvas (CSS px), the layout and the
//! SVG export: fixed widths, and a height that follows from the rows the card shows
//! and from its name wrapped with the real font (see [`wrap`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::font::{FontWeight, TextWidths};
use super::wrap::wrap_words;
use crate::model::{Node, NodeId, NodeKind, Tree};

/// Geometry of a node's card, shared by the canvas (CSS px), the layout and the SVG.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct FaceMetrics {
    /// 220 for every kind but north_star.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub width: f64,
    /// 260.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub north_star_width: f64,
    /// 12.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub padding_x: f64,
    /// 10.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub padding_y: f64,
    /// 14: kind label left, owner right, one line, 10px font.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub header_height: f64,
    /// 6: between rows.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub gap: f64,
    /// 14 (Inter SemiBold).
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub name_font_size: f64,
    /// 18.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub name_line_height: f64,
    /// 17 (Inter Bold).
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub north_star_name_font_size: f64,
    /// 22.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub north_star_name_line_height: f64,
    /// 24; the value row is present iff the node kind is a metric.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub value_row_height: f64,
    /// 30.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub north_star_value_row_height: f64,
    /// 14; the target row is present iff the node has a target.
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub target_row_height: f64,
    /// "Inter".
    pub font_family: String,
}

/// The card metrics every renderer uses.
pub fn face_metrics() -> FaceMetrics {
    FaceMetrics {
        width: 220.0,
        north_star_width: 260.0,
        padding_x: 12.0,
        padding_y: 10.0,
        header_height: 14.0,
        gap: 6.0,
        name_font_size: 14.0,
        name_line_height: 18.0,
        north_star_name_font_size: 17.0,
        north_star_name_line_height: 22.0,
        value_row_height: 24.0,
        north_star_value_row_height: 30.0,
        target_row_height: 14.0,
        font_family: "Inter".to_owned(),
    }
}

/// The size of one node's card and its name broken into the lines it shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct NodeFace {
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub width: f64,
    #[cfg_attr(feature = "specta", specta(type = specta_typescript::Number))]
    pub height: f64,
    /// The name, one entry per line, to be drawn as given (`white-space: pre`).
    pub name_lines: Vec<String>,
}

/// Every node's card, keyed by id (with duplicate ids, the first node wins).
///
/// `height = 2*padding_y + header_height + gap + lines*line_height
/// + (gap + value_row_height if metric) + (gap + target_row_height if target)`.
pub fn measure_faces(tree: &Tree) -> BTreeMap<NodeId, NodeFace> {
    let metrics = face_metrics();
    let widths = TextWidths::default();
    let mut faces = BTreeMap::new();
    for node in &tree.nodes {
        if !faces.contains_key(&node.id) {
            faces.insert(node.id.clone(), face(node, &metrics, &widths));
        }
    }
    faces
}

/// One node's card.
pub fn measure_face(node: &Node, metrics: &FaceMetrics) -> NodeFace {
    face(node, metrics, &TextWidths::default())
}

fn face(node: &Node, metrics: &FaceMetrics, widths: &TextWidths) -> NodeFace {
    let north_star = node.kind == NodeKind::NorthStar;
    let (width, weight, size, line_height, value_row) = if north_star {
        (
            metrics.north_star_width,
            FontWeight::Bold,
            metrics.north_star_name_font_size,
            metrics.north_star_name_line_height,
            metrics.north_star_value_row_height,
        )
    } else {
        (
            metrics.width,
            FontWeight::SemiBold,
            metrics.name_font_size,
            metrics.name_line_height,
            metrics.value_row_height,
        )
    };
    let line_width = width - 2.0 * metrics.padding_x;
    let name_lines = wrap_words(&node.name, line_width, |text| widths.of(text, weight, size));
    let mut height = 2.0 * metrics.padding_y
        + metrics.header_height
        + metrics.gap
        + name_lines.len() as f64 * line_height;
    if node.kind.is_metric() {
        height += metrics.gap + value_row;
    }
    if node.target.is_some() {
        height += metrics.gap + metrics.target_row_height;
    }
    NodeFace {
        width,
        height,
        name_lines,
    }
}

#[cfg(test)]
mod tests {
    use super::super::font::text_width;
    use super::*;

    fn node(kind: NodeKind, name: &str) -> Node {
        Node::new(NodeId::new("n").expect("valid id"), kind, name)
    }

    #[test]
    fn heights_follow_the_rows_shown() {
        let metrics = face_metrics();
        let initiative = measure_face(&node(NodeKind::Initiative, "SSO"), &metrics);
        assert_eq!(initiative.width, 220.0);
        assert_eq!(initiative.name_lines, vec!["SSO"]);
        assert_eq!(initiative.height, 20.0 + 14.0 + 6.0 + 18.0);

        let mut kpi = node(NodeKind::BusinessKpi, "ARR");
        kpi.target = Some(1.0);
        let kpi = measure_face(&kpi, &metrics);
        assert_eq!(
            kpi.height,
            20.0 + 14.0 + 6.0 + 18.0 + 6.0 + 24.0 + 6.0 + 14.0
        );

        let star = measure_face(&node(NodeKind::NorthStar, "Nights booked"), &metrics);
        assert_eq!(star.width, 260.0);
        assert_eq!(star.height, 20.0 + 14.0 + 6.0 + 22.0 + 6.0 + 30.0);
    }

    #[test]
    fn long_names_wrap_within_the_card() {
        let metrics = face_metrics();
        let name = "Weekly active teams that invited at least three colleagues in their first week";
        let face = measure_face(&node(NodeKind::ProductMetric, name), &metrics);
        assert!(face.name_lines.len() >= 3, "{:?}", face.name_lines);
        for line in &face.name_lines {
            assert!(
                text_width(line, FontWeight::SemiBold, 14.0) <= 196.0,
                "{line}"
            );
        }
        assert_eq!(face.name_lines.join(" "), name);
    }

    #[test]
    fn duplicate_ids_measure_the_first_node() {
        let mut tree = Tree::new("t");
        tree.nodes.push(node(NodeKind::Initiative, "first"));
        tree.nodes.push(node(NodeKind::NorthStar, "second"));
        let faces = measure_faces(&tree);
        assert_eq!(faces.len(), 1);
        assert_eq!(faces.values().next().map(|f| f.width), Some(220.0));
    }
}
