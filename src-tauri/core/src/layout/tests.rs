//! Layouts of small trees, checked by hand.

use std::collections::BTreeMap;

use super::*;
use crate::model::{Link, NodeKind};
use crate::test_trees::{id, TreeBuilder};

fn sample() -> Tree {
    use LinkKind::*;
    use NodeKind::*;
    TreeBuilder::new("t")
        .nodes(&[
            ("star", NorthStar),
            ("arr", BusinessKpi),
            ("churn", BusinessKpi),
            ("sso", Initiative),
            ("ux", Initiative),
            ("aov", HealthMetric),
        ])
        .links(&[
            ("arr", "star", Drives),
            ("churn", "star", Drives),
            ("sso", "arr", Drives),
            ("ux", "churn", Drives),
            ("ux", "churn", Impacts),
            ("sso", "churn", Impacts),
            ("aov", "arr", Guards),
        ])
        .build()
}

fn run(tree: &Tree, direction: LayoutDirection, engine: LayoutEngine) -> Layout {
    let faces = measure_faces(tree);
    layout(
        tree,
        &faces,
        &LayoutOptions {
            direction,
            engine,
            aspect: None,
        },
    )
    .expect("a layout")
}

fn at<'a>(layout: &'a Layout, name: &str) -> &'a Position {
    &layout.positions[&id(name)]
}

fn assert_clean(tree: &Tree, layout: &Layout) {
    let faces = measure_faces(tree);
    assert!(overlapping_boxes(&faces, &layout.positions).is_empty());
    assert!(routes_through_boxes(&faces, &layout.positions, &layout.routes).is_empty());
    assert_eq!(drives_crossings(&layout.routes), 0);
}

#[test]
fn the_north_star_is_on_top_at_the_origin_and_siblings_keep_their_order() {
    let t = sample();
    for engine in [LayoutEngine::Tidy, LayoutEngine::Layered] {
        let l = run(&t, LayoutDirection::TopDown, engine);
        assert_eq!(l.engine, engine);
        assert_eq!(*at(&l, "star"), Position { x: 0.0, y: 0.0 });
        assert!(at(&l, "arr").x < at(&l, "churn").x);
        assert!(at(&l, "arr").y > at(&l, "star").y);
        assert!(at(&l, "sso").y > at(&l, "arr").y);
        // The health metric that only guards arr sits on arr's row, right after it.
        assert_eq!(at(&l, "aov").y, at(&l, "arr").y);
        assert!(at(&l, "arr").x < at(&l, "aov").x && at(&l, "aov").x < at(&l, "churn").x);
        assert_clean(&t, &l);
        assert_eq!(l.routes.len(), t.links.len());
    }
}

#[test]
fn left_right_grows_to_the_right() {
    let t = sample();
    let l = run(&t, LayoutDirection::LeftRight, LayoutEngine::Auto);
    assert!(at(&l, "arr").x > at(&l, "star").x);
    assert!(at(&l, "arr").y < at(&l, "churn").y);
    assert_clean(&t, &l);
}

#[test]
fn drives_routes_leave_the_parent_bottom_and_enter_the_child_top() {
    let t = sample();
    let l = run(&t, LayoutDirection::TopDown, LayoutEngine::Auto);
    let faces = measure_faces(&t);
    let route = l
        .routes
        .iter()
        .find(|r| r.key.kind == LinkKind::Drives && r.key.from == id("sso"))
        .expect("a route");
    let (child, parent) = (at(&l, "sso"), at(&l, "arr"));
    let first = route.points[0];
    let last = route.points[route.points.len() - 1];
    assert_eq!(
        first,
        Position {
            x: child.x,
            y: child.y - faces[&id("sso")].height / 2.0
        }
    );
    assert_eq!(
        last,
        Position {
            x: parent.x,
            y: parent.y + faces[&id("arr")].height / 2.0
        }
    );
    assert_eq!((route.points.len() - 1) % 3, 0);
    assert!(route.svg_path().starts_with("M "));
}

#[test]
fn auto_uses_the_layered_engine_for_dags_and_tidy_refuses_them() {
    use LinkKind::*;
    use NodeKind::*;
    let t = TreeBuilder::new("t")
        .nodes(&[
            ("s", NorthStar),
            ("a", BusinessKpi),
            ("b", BusinessKpi),
            ("m", ProductMetric),
            ("i", Initiative),
        ])
        .links(&[
            ("a", "s", Drives),
            ("b", "s", Drives),
            ("m", "a", Drives),
            ("m", "b", Drives),
            ("i", "s", Drives),
        ])
        .build();
    let l = run(&t, LayoutDirection::TopDown, LayoutEngine::Auto);
    assert_eq!(l.engine, LayoutEngine::Layered);
    assert!(at(&l, "m").y > at(&l, "a").y && at(&l, "m").y > at(&l, "b").y);
    assert_clean(&t, &l);
    let faces = measure_faces(&t);
    let options = LayoutOptions {
        direction: LayoutDirection::TopDown,
        engine: LayoutEngine::Tidy,
        aspect: None,
    };
    assert!(matches!(
        layout(&t, &faces, &options),
        Err(LayoutError::NotATree { .. })
    ));
}

#[test]
fn long_edges_go_around_the_rows_between() {
    use LinkKind::*;
    use NodeKind::*;
    // s <- a <- b <- c, and c drives s directly too: a long edge over a and b.
    let t = TreeBuilder::new("t")
        .nodes(&[
            ("s", NorthStar),
            ("a", BusinessKpi),
            ("b", ProductMetric),
            ("c", Initiative),
            ("d", Initiative),
        ])
        .links(&[
            ("a", "s", Drives),
            ("b", "a", Drives),
            ("c", "b", Drives),
            ("c", "s", Drives),
            ("d", "a", Drives),
        ])
        .build();
    let l = run(&t, LayoutDirection::TopDown, LayoutEngine::Auto);
    assert_clean(&t, &l);
}

#[test]
fn pinned_nodes_stay_and_the_others_move_aside() {
    let mut t = sample();
    let pin = Position { x: 20.0, y: 130.0 };
    for node in &mut t.nodes {
        if node.id == id("sso") {
            node.position = Some(pin);
            node.pinned = true;
        }
        if node.id == id("ux") {
            node.position = Some(Position { x: 999.0, y: 999.0 }); // not pinned: moves
        }
    }
    for engine in [LayoutEngine::Tidy, LayoutEngine::Layered] {
        let l = run(&t, LayoutDirection::TopDown, engine);
        assert_eq!(*at(&l, "sso"), pin);
        let faces = measure_faces(&t);
        assert!(
            overlapping_boxes(&faces, &l.positions).is_empty(),
            "{:?}",
            l.positions
        );
        assert!(routes_through_boxes(&faces, &l.positions, &l.routes).is_empty());
    }
}

#[test]
fn empty_trees_cycles_and_dangling_links_do_not_panic() {
    use LinkKind::*;
    use NodeKind::*;
    let empty = Tree::new("empty");
    for engine in [
        LayoutEngine::Auto,
        LayoutEngine::Tidy,
        LayoutEngine::Layered,
    ] {
        let l = run(&empty, LayoutDirection::TopDown, engine);
        assert!(l.positions.is_empty() && l.routes.is_empty());
    }
    let mut cyclic = TreeBuilder::new("t")
        .nodes(&[("a", BusinessKpi), ("b", BusinessKpi), ("c", BusinessKpi)])
        .links(&[
            ("a", "b", Drives),
            ("b", "c", Drives),
            ("c", "a", Drives),
            ("a", "a", Drives),
        ])
        .build();
    cyclic.links.push(Link::new(Drives, id("a"), id("ghost")));
    for engine in [LayoutEngine::Auto, LayoutEngine::Layered] {
        let l = run(&cyclic, LayoutDirection::LeftRight, engine);
        assert_eq!(l.positions.len(), 3);
        let faces = measure_faces(&cyclic);
        assert!(overlapping_boxes(&faces, &l.positions).is_empty());
    }
}

#[test]
fn route_links_follows_dragged_nodes_around_boxes() {
    let t = sample();
    let l = run(&t, LayoutDirection::TopDown, LayoutEngine::Auto);
    let faces = measure_faces(&t);
    let mut positions: BTreeMap<NodeId, Position> = l.positions.clone();
    // Drag the initiative above and left of its parent, and a KPI in between.
    let arr = positions[&id("arr")];
    positions.insert(
        id("sso"),
        Position {
            x: arr.x - 500.0,
            y: arr.y - 250.0,
        },
    );
    positions.insert(
        id("churn"),
        Position {
            x: arr.x - 500.0,
            y: arr.y - 125.0,
        },
    );
    let routes = route_links(&t, &faces, &positions, LayoutDirection::TopDown);
    assert_eq!(routes.len(), t.links.len());
    let hits = routes_through_boxes(&faces, &positions, &routes);
    assert!(hits.is_empty(), "{hits:?} {routes:?} {positions:?}");
}

#[test]
fn the_same_tree_gives_the_same_layout() {
    let t = sample();
    let a = run(&t, LayoutDirection::TopDown, LayoutEngine::Layered);
    let b = run(&t, LayoutDirection::TopDown, LayoutEngine::Layered);
    assert_eq!(a, b);
}

#[test]
fn a_box_dragged_between_two_rows_leaves_the_other_routes_smooth() {
    let t = sample();
    let l = run(&t, LayoutDirection::TopDown, LayoutEngine::Auto);
    let faces = measure_faces(&t);
    let mut positions = l.positions.clone();
    // The health metric now straddles the first two rows, far to the right.
    positions.insert(id("aov"), Position { x: 600.0, y: 79.0 });
    let routes = route_links(&t, &faces, &positions, LayoutDirection::TopDown);
    assert!(routes_through_boxes(&faces, &positions, &routes).is_empty());
    let arr = routes
        .iter()
        .find(|r| r.key.kind == LinkKind::Drives && r.key.from == id("arr"))
        .expect("a route");
    assert_eq!(arr.points.len(), 4, "one S-curve: {:?}", arr.points);
}

fn zira() -> Tree {
    let text = include_str!("../../../../tests/data/zira.json");
    crate::interchange::read(text, "zira.json").expect("zira.json is valid")
}

/// Top edge of a node's box: rows align their boxes on it.
fn top(tree: &Tree, layout: &Layout, name: &str) -> f64 {
    let faces = measure_faces(tree);
    at(layout, name).y - faces[&id(name)].height / 2.0
}

#[test]
fn zira_health_metric_sits_on_the_row_of_what_it_guards_right_after_it() {
    let t = zira();
    let faces = measure_faces(&t);
    for engine in [LayoutEngine::Tidy, LayoutEngine::Layered] {
        let l = run(&t, LayoutDirection::TopDown, engine);
        assert_eq!(
            top(&t, &l, "ticket_backlog"),
            top(&t, &l, "activation_rate"),
            "{engine:?}"
        );
        // Right after it: one sibling gap between the two cards, nothing between.
        let (guard, guarded) = (at(&l, "ticket_backlog"), at(&l, "activation_rate"));
        let gap = (guard.x - faces[&id("ticket_backlog")].width / 2.0)
            - (guarded.x + faces[&id("activation_rate")].width / 2.0);
        assert!((gap - SIBLING_GAP).abs() < 1e-6, "{engine:?}: gap {gap}");
        assert_clean(&t, &l);
    }
}

#[test]
fn zira_has_no_impacts_arrow_pointing_down_and_short_bets_first() {
    let t = zira();
    let faces = measure_faces(&t);
    for engine in [LayoutEngine::Tidy, LayoutEngine::Layered] {
        let l = run(&t, LayoutDirection::TopDown, engine);
        let down = downward_impacts(&t, &faces, &l.positions, LayoutDirection::TopDown);
        assert!(down.is_empty(), "{engine:?}: {down:?}");
    }
    // Tidy: under Top-notch usability, Guided onboarding (which impacts Activation
    // rate, far left) goes before Faster mobile load (which impacts Churned
    // customers, above them): its link no longer crosses the other.
    let l = run(&t, LayoutDirection::TopDown, LayoutEngine::Tidy);
    assert!(at(&l, "guided_onboarding").x < at(&l, "faster_mobile").x);
    assert!(impacts_crossings(&l.routes) < 6);
}

/// An initiative linked only by `impacts` (held by no `drives` link) sits below
/// the KPI it impacts, not on the top row, with either engine.
#[test]
fn an_initiative_linked_only_by_impacts_sits_below_its_target() {
    use NodeKind::*;
    let t = TreeBuilder::new("t")
        .nodes(&[
            ("star", NorthStar),
            ("kpi", BusinessKpi),
            ("metric", ProductMetric),
            ("bet", Initiative),
        ])
        .links(&[
            ("kpi", "star", LinkKind::Drives),
            ("metric", "kpi", LinkKind::Drives),
            ("bet", "metric", LinkKind::Impacts),
        ])
        .build();
    let faces = measure_faces(&t);
    for engine in [LayoutEngine::Tidy, LayoutEngine::Layered] {
        let l = run(&t, LayoutDirection::TopDown, engine);
        assert!(top(&t, &l, "bet") > top(&t, &l, "metric"), "{engine:?}");
        assert!(downward_impacts(&t, &faces, &l.positions, LayoutDirection::TopDown).is_empty());
        assert_clean(&t, &l);
    }
}

/// A free component moved down by several rows keeps its boxes clear of the
/// others (the tidy engine walks it through dummies, one per skipped row).
#[test]
fn a_lowered_component_does_not_overlap_the_tree() {
    use NodeKind::*;
    let t = TreeBuilder::new("t")
        .nodes(&[
            ("star", NorthStar),
            ("a", BusinessKpi),
            ("b", BusinessKpi),
            ("c", ProductMetric),
            ("d", ProductMetric),
            ("intent", StrategicIntent),
            ("bet", Initiative),
        ])
        .links(&[
            ("a", "star", LinkKind::Drives),
            ("b", "star", LinkKind::Drives),
            ("c", "a", LinkKind::Drives),
            ("d", "b", LinkKind::Drives),
            ("bet", "intent", LinkKind::Drives),
            ("bet", "d", LinkKind::Impacts),
        ])
        .build();
    for engine in [LayoutEngine::Tidy, LayoutEngine::Layered] {
        for direction in [LayoutDirection::TopDown, LayoutDirection::LeftRight] {
            let l = run(&t, direction, engine);
            assert_clean(&t, &l);
        }
        let l = run(&t, LayoutDirection::TopDown, engine);
        assert!(top(&t, &l, "intent") > top(&t, &l, "a"), "{engine:?}");
        assert!(top(&t, &l, "bet") > top(&t, &l, "d"), "{engine:?}");
    }
}
