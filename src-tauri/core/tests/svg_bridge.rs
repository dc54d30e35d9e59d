//! The bridge chart of a change explained (SPEC 9) as its own SVG: a column per
//! total and per largest contribution, the rest grouped, coloured by the node's
//! direction, names escaped, the font embedded, and a PNG that renders.

use kpitree_core::analysis::explain;
use kpitree_core::export::png::render_png;
use kpitree_core::export::{bridge_svg, Theme, BARS_SHOWN};
use kpitree_core::model::{
    Direction, HistoryPoint, Link, LinkKind, Node, NodeId, NodeKind, Period, Tree,
};
use kpitree_core::sample::{saas_arr, with_history};

fn p(text: &str) -> Period {
    Period::parse(text).expect("a period")
}

fn id(text: &str) -> NodeId {
    NodeId::new(text).expect("an id")
}

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"))
}

/// The bars' classes and the texts of their labels, left to right.
fn bars(doc: &roxmltree::Document<'_>) -> Vec<(String, String, String)> {
    doc.descendants()
        .filter(|n| n.attribute("class").is_some_and(|c| c.starts_with("bar ")))
        .map(|bar| {
            let texts = |class: &str| {
                bar.descendants()
                    .filter(|n| n.attribute("class") == Some(class))
                    .filter_map(|n| n.text())
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            (
                bar.attribute("class").unwrap_or_default().to_owned(),
                texts("label"),
                texts("amount"),
            )
        })
        .collect()
}

/// A total, down is better, of nine leaves that each moved by a different amount
/// from January to February; one leaf's name is full of markup.
fn costs() -> Tree {
    let mut tree = Tree::new("Costs");
    let leaves: Vec<String> = (1..=9).map(|i| format!("c{i}")).collect();
    let mut total = Node::new(id("total"), NodeKind::NorthStar, "Total <cost> & \"fees\"");
    total.formula = Some(leaves.join(" + "));
    total.direction = Some(Direction::Down);
    total.unit = Some("EUR".to_owned());
    tree.nodes.push(total);
    for (i, leaf) in leaves.iter().enumerate() {
        let name = if i == 0 {
            "<script>alert('x')</script> & co".to_owned()
        } else {
            format!("Cost {}", i + 1)
        };
        let mut node = Node::new(id(leaf), NodeKind::BusinessKpi, &name);
        // Leaf 1 falls by 90, the others rise by 80, 70, … 10.
        let change = if i == 0 {
            -90.0
        } else {
            90.0 - 10.0 * i as f64
        };
        node.history = vec![
            HistoryPoint {
                period: p("2026-01"),
                value: 1000.0,
            },
            HistoryPoint {
                period: p("2026-02"),
                value: 1000.0 + change,
            },
        ];
        tree.nodes.push(node);
        tree.links
            .push(Link::new(LinkKind::Drives, id(leaf), id("total")));
    }
    tree
}

#[test]
fn the_largest_steps_then_the_others_between_the_two_totals() {
    let tree = costs();
    let explanation = explain(&tree, &id("total"), p("2026-01"), p("2026-02")).unwrap();
    let svg = bridge_svg(&explanation, &tree, Theme::Light).unwrap();
    let doc = parse(&svg);
    assert!(!svg.to_lowercase().contains("<script"));
    let title = doc
        .descendants()
        .find(|n| n.has_tag_name("title"))
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(title, "Total <cost> & \"fees\": Jan 2026 → Feb 2026");

    let bars = bars(&doc);
    assert_eq!(bars.len(), 2 + BARS_SHOWN + 1);
    assert_eq!(
        bars[0],
        ("bar total".into(), "Jan 2026".into(), "€9K".into())
    );
    // Down is better: the fall of leaf 1 is good, the rises are bad.
    assert_eq!(bars[1].0, "bar good");
    // The name is text (wrapped and cut to its column), never markup.
    assert!(bars[1].1.starts_with("<script>alert("), "{}", bars[1].1);
    assert!(svg.contains(">&lt;script&gt;alert("));
    assert_eq!(bars[1].2, "\u{2212}€90");
    assert_eq!(bars[2], ("bar bad".into(), "Cost 2".into(), "+€80".into()));
    // 9 leaves: 6 shown, 3 others (30 + 20 + 10).
    assert_eq!(
        bars[BARS_SHOWN + 1],
        ("bar others".into(), "3 others".into(), "+€60".into())
    );
    assert_eq!(bars[BARS_SHOWN + 2].0, "bar total");
    assert_eq!(bars[BARS_SHOWN + 2].1, "Feb 2026");
    assert!(svg.contains("@font-face"), "the font is embedded");
    let summary = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("summary"))
        .and_then(|n| n.text())
        .unwrap();
    assert!(summary.starts_with("+€270"), "{summary}");
}

#[test]
fn the_sample_north_star_renders_in_both_themes() {
    let tree = with_history(saas_arr());
    let explanation = explain(&tree, &id("arr"), p("2026-10"), p("2026-11")).unwrap();
    for theme in [Theme::Light, Theme::Dark] {
        let svg = bridge_svg(&explanation, &tree, theme).unwrap();
        let doc = parse(&svg);
        let bars = bars(&doc);
        assert_eq!(bars.len(), 2 + explanation.contributions.len());
        assert!(bars.iter().all(|(class, _, _)| class != "bar others"));
        let png = render_png(&svg, 2.0).unwrap();
        assert!(png.starts_with(b"\x89PNG"));
        if let Some(dir) = std::env::var_os("KPITREE_PREVIEW_DIR") {
            let dir = std::path::Path::new(&dir);
            let name = format!("bridge_{}", theme.as_str());
            std::fs::write(dir.join(format!("{name}.svg")), &svg).unwrap();
            std::fs::write(dir.join(format!("{name}.png")), &png).unwrap();
            let costs = costs();
            let explanation = explain(&costs, &id("total"), p("2026-01"), p("2026-02")).unwrap();
            let svg = bridge_svg(&explanation, &costs, theme).unwrap();
            std::fs::write(
                dir.join(format!("costs_{}.png", theme.as_str())),
                render_png(&svg, 2.0).unwrap(),
            )
            .unwrap();
        }
    }
}
