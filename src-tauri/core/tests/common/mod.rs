//! What the core's integration tests share: ids, temporary store paths and a tree
//! that sets every field. Each test file declares `mod common;` and uses only part
//! of it, hence `dead_code` allowed.
#![allow(dead_code)]

use std::path::PathBuf;

use kpitree_core::model::{
    Color, Direction, Indicator, Link, LinkKind, Node, NodeId, NodeKind, Position, Strength,
    TargetDate, Tree,
};

pub fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

/// A path for a store in a new temporary folder (kept while the folder lives).
pub fn temp_store() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kpitree.db");
    (dir, path)
}

/// A tree with every node kind, every field set somewhere, and all link kinds.
pub fn rich_tree() -> Tree {
    let mut tree = Tree::new("Zira growth — ARR ✓");
    tree.description = Some("the <b>whole</b> business".into());
    let kinds = [
        ("arr", NodeKind::NorthStar),
        ("customers", NodeKind::BusinessKpi),
        ("activation", NodeKind::ProductMetric),
        ("usability", NodeKind::StrategicIntent),
        ("fast_ux", NodeKind::Initiative),
        ("aov", NodeKind::HealthMetric),
    ];
    for (name, kind) in kinds {
        tree.nodes
            .push(Node::new(id(name), kind, format!("{name} «名前»")));
    }
    let arr = &mut tree.nodes[0];
    arr.description = Some("annual".into());
    arr.unit = Some("EUR".into());
    arr.value = Some(1_200_000.5);
    arr.target = Some(-3.25e-7);
    arr.target_date = Some(TargetDate::new("2027-06-30").unwrap());
    arr.direction = Some(Direction::Up);
    arr.indicator = Some(Indicator::Lagging);
    arr.owner = Some("Leadership".into());
    arr.formula = Some("customers * (".into());
    arr.color = Some(Color::new("#1D3557").unwrap());
    arr.position = Some(Position { x: -10.5, y: 1e6 });
    arr.pinned = true;
    tree.links
        .push(Link::new(LinkKind::Drives, id("customers"), id("arr")));
    tree.links.push(Link::new(
        LinkKind::Drives,
        id("activation"),
        id("customers"),
    ));
    let mut impact = Link::new(LinkKind::Impacts, id("fast_ux"), id("customers"));
    impact.color = Some(Color::new("#e63946").unwrap());
    impact.strength = Some(Strength::Strong);
    impact.note = Some("faster UX reduces churn".into());
    tree.links.push(impact);
    tree.links
        .push(Link::new(LinkKind::Guards, id("aov"), id("customers")));
    tree
}

/// Writes a store of schema version 1 (before the trash), in WAL mode, holding one
/// tree named "Old".
pub fn write_schema_1_store(path: &std::path::Path) {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch(include_str!("../../src/store/migrations/0001_initial.sql"))
        .unwrap();
    conn.execute_batch(
        "PRAGMA user_version = 1; PRAGMA journal_mode = WAL; \
         INSERT INTO trees (name) VALUES ('Old');",
    )
    .unwrap();
}
