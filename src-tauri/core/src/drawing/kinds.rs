//! Which kind and which link the editor guesses while the user draws, the way KPI
//! trees are drawn (SPEC 2, and the Zira tree of `tests/data/zira.json`):
//!
//! - a node added below another (Tab, an outline's indented line) takes the kind
//!   that usually drives the parent's: KPIs under the North Star and under KPIs,
//!   strategic intents under product metrics, initiatives under intents and under
//!   initiatives, product metrics under a health metric;
//! - a line drawn between two nodes:
//!   - a health metric and another metric: the health metric `guards` it;
//!   - an initiative and a metric: the initiative `impacts` it (a bet, colour-coded
//!     by its KPI);
//!   - otherwise the lower one in the tree `drives` the higher one: lower by kind
//!     (initiative < intent < product or health metric < business KPI < North
//!     Star); of two nodes of one rank, the one further along the layout direction,
//!     and of two side by side, the one the line started from. So an intent drawn
//!     to a KPI or the North Star drives it, as the templates and the article have
//!     it.
//!
//! The guess can always be changed afterwards (kind, and Reverse for a link).

use crate::layout::LayoutDirection;
use crate::model::{Link, LinkKind, Node, NodeKind, Position};

/// The kind of a node added below a node of kind `parent`.
pub fn child_kind(parent: NodeKind) -> NodeKind {
    match parent {
        NodeKind::NorthStar | NodeKind::BusinessKpi => NodeKind::BusinessKpi,
        NodeKind::ProductMetric => NodeKind::StrategicIntent,
        NodeKind::StrategicIntent | NodeKind::Initiative => NodeKind::Initiative,
        NodeKind::HealthMetric => NodeKind::ProductMetric,
    }
}

/// What a new node of `kind` is called until the user names it.
pub fn new_node_name(kind: NodeKind) -> &'static str {
    match kind {
        NodeKind::NorthStar => "New North Star",
        NodeKind::BusinessKpi => "New business KPI",
        NodeKind::ProductMetric => "New product metric",
        NodeKind::StrategicIntent => "New strategic intent",
        NodeKind::Initiative => "New initiative",
        NodeKind::HealthMetric => "New health metric",
    }
}

/// The kind of a node added at the top of a new tree or outline.
pub const ROOT_KIND: NodeKind = NodeKind::NorthStar;

/// How high a kind sits in a KPI tree: 0 is the top.
fn rank(kind: NodeKind) -> u8 {
    match kind {
        NodeKind::NorthStar => 0,
        NodeKind::BusinessKpi => 1,
        NodeKind::ProductMetric | NodeKind::HealthMetric => 2,
        NodeKind::StrategicIntent => 3,
        NodeKind::Initiative => 4,
    }
}

/// A node and where it stands on the canvas.
#[derive(Debug, Clone, Copy)]
pub struct Placed<'a> {
    pub node: &'a Node,
    pub at: Position,
}

/// Nodes closer than this along the layout direction stand side by side.
const SIDE_BY_SIDE: f64 = 40.0;

/// The link a line drawn from `a` to `b` makes.
pub fn link_for_connection(a: Placed<'_>, b: Placed<'_>, direction: LayoutDirection) -> Link {
    let (x, y) = (a.node, b.node);
    let make = |kind, from: &Node, to: &Node| Link::new(kind, from.id.clone(), to.id.clone());
    let health = NodeKind::HealthMetric;
    if x.kind == health && y.kind != health && y.kind.is_metric() {
        return make(LinkKind::Guards, x, y);
    }
    if y.kind == health && x.kind != health && x.kind.is_metric() {
        return make(LinkKind::Guards, y, x);
    }
    if x.kind == NodeKind::Initiative && y.kind.is_metric() {
        return make(LinkKind::Impacts, x, y);
    }
    if y.kind == NodeKind::Initiative && x.kind.is_metric() {
        return make(LinkKind::Impacts, y, x);
    }
    let a_is_child = match rank(x.kind).cmp(&rank(y.kind)) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => child_by_position(a.at, b.at, direction),
    };
    if a_is_child {
        make(LinkKind::Drives, x, y)
    } else {
        make(LinkKind::Drives, y, x)
    }
}

/// Whether `a` is the child of `b` by position: further along `direction`, or side
/// by side with it (`a` is where the line started).
fn child_by_position(a: Position, b: Position, direction: LayoutDirection) -> bool {
    let along = match direction {
        LayoutDirection::LeftRight => a.x - b.x,
        LayoutDirection::TopDown => a.y - b.y,
    };
    along.abs() < SIDE_BY_SIDE || along > 0.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::NodeId;

    fn node(id: &str, kind: NodeKind) -> Node {
        Node::new(NodeId::new(id).expect("an id"), kind, id)
    }

    fn at(x: f64, y: f64) -> Position {
        Position { x, y }
    }

    fn connect(a: (&Node, Position), b: (&Node, Position)) -> (LinkKind, String, String) {
        let link = link_for_connection(
            Placed { node: a.0, at: a.1 },
            Placed { node: b.0, at: b.1 },
            LayoutDirection::TopDown,
        );
        (link.kind, link.from.to_string(), link.to.to_string())
    }

    fn both_ways(a: &Node, b: &Node) -> [(LinkKind, String, String); 2] {
        [
            connect((a, at(0.0, 0.0)), (b, at(0.0, 300.0))),
            connect((b, at(0.0, 300.0)), (a, at(0.0, 0.0))),
        ]
    }

    #[test]
    fn an_intent_drives_the_north_star_and_kpis() {
        let intent = node("usability", NodeKind::StrategicIntent);
        for top in [
            node("arr", NodeKind::NorthStar),
            node("churned", NodeKind::BusinessKpi),
            node("csat", NodeKind::ProductMetric),
        ] {
            for made in both_ways(&intent, &top) {
                assert_eq!(
                    made,
                    (LinkKind::Drives, "usability".into(), top.id.to_string())
                );
            }
        }
    }

    #[test]
    fn an_initiative_impacts_a_metric_and_drives_work() {
        let sso = node("sso", NodeKind::Initiative);
        let acquired = node("acquired", NodeKind::BusinessKpi);
        let intent = node("enterprise_ready", NodeKind::StrategicIntent);
        for made in both_ways(&sso, &acquired) {
            assert_eq!(made, (LinkKind::Impacts, "sso".into(), "acquired".into()));
        }
        for made in both_ways(&sso, &intent) {
            assert_eq!(
                made,
                (LinkKind::Drives, "sso".into(), "enterprise_ready".into())
            );
        }
    }

    #[test]
    fn a_health_metric_guards_a_metric() {
        let tickets = node("tickets", NodeKind::HealthMetric);
        let activation = node("activation", NodeKind::ProductMetric);
        for made in both_ways(&tickets, &activation) {
            assert_eq!(
                made,
                (LinkKind::Guards, "tickets".into(), "activation".into())
            );
        }
    }

    #[test]
    fn nodes_of_one_rank_follow_the_layout_then_the_drag() {
        let a = node("a", NodeKind::BusinessKpi);
        let b = node("b", NodeKind::BusinessKpi);
        // b stands below a: b drives a, whichever way the line goes.
        for made in both_ways(&a, &b) {
            assert_eq!(made, (LinkKind::Drives, "b".into(), "a".into()));
        }
        // Side by side: the node the line started from drives the other.
        let side = connect((&a, at(0.0, 0.0)), (&b, at(300.0, 10.0)));
        assert_eq!(side, (LinkKind::Drives, "a".into(), "b".into()));
    }

    #[test]
    fn child_kinds_follow_the_zira_tree() {
        assert_eq!(child_kind(NodeKind::NorthStar), NodeKind::BusinessKpi);
        assert_eq!(child_kind(NodeKind::BusinessKpi), NodeKind::BusinessKpi);
        assert_eq!(
            child_kind(NodeKind::ProductMetric),
            NodeKind::StrategicIntent
        );
        assert_eq!(child_kind(NodeKind::StrategicIntent), NodeKind::Initiative);
    }
}
