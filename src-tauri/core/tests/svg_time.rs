//! The SVG export showing time (SPEC 8): the values and statuses of the period
//! shown, a badge with the change and the sparkline on each card that moved, the
//! period line under the title; an export without time is byte for byte what it
//! was, and so is one of a tree without history.

mod common;

use common::{id, temp_store};
use kpitree_core::alignment::{CodeMemory, ColorCodes};
use kpitree_core::export::png::render_png;
use kpitree_core::export::{
    format_change, format_value, write_svg, write_svg_timed, SvgOptions, SvgTime,
};
use kpitree_core::formula::compute_values_at;
use kpitree_core::model::{Direction, HistoryPoint, Node, NodeKind, Period, Tree};
use kpitree_core::sample::{saas_arr, with_history};
use kpitree_core::store::Store;
use kpitree_core::workspace::{
    export_tree, svg_time, time_view, Compare, ExportFormat, ExportOptions, TimeChoice,
};

fn p(text: &str) -> Period {
    Period::parse(text).expect("a period")
}

fn options() -> SvgOptions {
    SvgOptions {
        embed_font: false,
        ..SvgOptions::default()
    }
}

fn timed(tree: &Tree, time: Option<&SvgTime>) -> String {
    let codes = ColorCodes::new(tree, &CodeMemory::default());
    write_svg_timed(tree, &options(), &codes, time).expect("the export succeeds")
}

fn parse(svg: &str) -> roxmltree::Document<'_> {
    roxmltree::Document::parse(svg).unwrap_or_else(|e| panic!("not well-formed XML: {e}"))
}

/// The card group of node `id` in `doc`.
fn card<'a, 'i>(doc: &'a roxmltree::Document<'i>, id: &str) -> roxmltree::Node<'a, 'i> {
    let wanted = format!("node-{id}");
    doc.descendants()
        .find(|n| n.attribute("id") == Some(wanted.as_str()))
        .unwrap_or_else(|| panic!("no card {id}"))
}

fn text_of_class(node: roxmltree::Node<'_, '_>, class: &str) -> Option<String> {
    node.descendants()
        .find(|n| n.has_tag_name("text") && n.attribute("class") == Some(class))
        .and_then(|n| n.text().map(str::to_owned))
}

#[test]
fn without_time_or_without_history_the_export_is_unchanged() {
    let plain = saas_arr();
    let before = write_svg(&plain, &options()).unwrap();
    assert_eq!(timed(&plain, None), before);
    assert_eq!(timed(&plain, Some(&SvgTime::default())), before);
    // A tree without history has no time to show.
    assert!(svg_time(&plain, TimeChoice::default()).is_none());

    let history = with_history(saas_arr());
    assert_eq!(
        timed(&history, None),
        write_svg(&history, &options()).unwrap()
    );
}

#[test]
fn cards_show_the_period_its_change_and_sparkline() {
    let tree = with_history(saas_arr());
    let time = svg_time(&tree, TimeChoice::default()).expect("the tree has history");
    assert_eq!(time.period, Some(p("2026-11")));
    assert_eq!(time.compare, Some(p("2026-10")));
    let svg = timed(&tree, Some(&time));
    let doc = parse(&svg);

    let title = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("title"))
        .unwrap();
    assert_eq!(
        text_of_class(title, "period").as_deref(),
        Some("Nov 2026 vs Oct 2026")
    );

    let (view, _) = time_view(&tree, TimeChoice::default()).unwrap();
    let mut badges = 0;
    for node in &tree.nodes {
        let card = card(&doc, node.id.as_str());
        let badge = card.descendants().find(|n| {
            n.attribute("class")
                .is_some_and(|c| c.starts_with("time-badge"))
        });
        let change = view.changes.get(node.id.as_str());
        let text = change.and_then(|c| format_change(c.change, c.ratio, node.unit.as_deref()));
        match &text {
            Some(text) => {
                badges += 1;
                let badge = badge.unwrap_or_else(|| panic!("no badge on {}", node.id));
                let shown = text_of_class(badge, "change").unwrap();
                let rises = change.and_then(|c| c.change).unwrap() > 0.0;
                assert_eq!(shown, format!("{} {text}", if rises { "▲" } else { "▼" }));
                let tone = match change.and_then(|c| c.good) {
                    Some(true) => "time-badge good",
                    Some(false) => "time-badge bad",
                    None => "time-badge neutral",
                };
                assert_eq!(badge.attribute("class"), Some(tone), "{}", node.id);
                assert!(
                    badge.descendants().any(|n| n.has_tag_name("polyline")),
                    "a sparkline on {}",
                    node.id
                );
            }
            None => assert!(
                badge.is_none() || view.sparklines.contains_key(node.id.as_str()),
                "a badge without change or sparkline on {}",
                node.id
            ),
        }
    }
    assert!(badges >= 8, "only {badges} badges");
    // The change of churn, whose direction is down, is coloured by it.
    let churn = tree
        .nodes
        .iter()
        .find(|n| n.id.as_str() == "churned_customers")
        .unwrap();
    assert_eq!(churn.direction, Some(Direction::Down));
}

#[test]
fn an_earlier_period_shows_its_own_values() {
    let tree = with_history(saas_arr());
    let choice = TimeChoice {
        period: Some(p("2026-03")),
        compare: Compare::YearAgo,
    };
    let time = svg_time(&tree, choice).unwrap();
    // No values a year before March 2026: no comparison, the period alone.
    assert_eq!(time.compare, None);
    let svg = timed(&tree, Some(&time));
    let doc = parse(&svg);
    let title = doc
        .descendants()
        .find(|n| n.attribute("id") == Some("title"))
        .unwrap();
    assert_eq!(text_of_class(title, "period").as_deref(), Some("Mar 2026"));
    let march = compute_values_at(&tree, p("2026-03"));
    for node_id in ["paying_customers", "price_per_seat"] {
        let node = tree
            .nodes
            .iter()
            .find(|n| n.id.as_str() == node_id)
            .unwrap();
        let value = march[&node.id].value;
        assert_ne!(value, node.value, "March differs from today");
        assert_eq!(
            text_of_class(card(&doc, node_id), "value"),
            Some(format_value(value, node.unit.as_deref()))
        );
    }
    let arr = march[&id("arr")].value;
    assert_eq!(
        text_of_class(card(&doc, "arr"), "value computed"),
        Some(format_value(arr, Some("EUR")))
    );
}

#[test]
fn a_unit_in_the_change_is_escaped() {
    let mut tree = Tree::new("Units");
    let mut node = Node::new(id("odd"), NodeKind::BusinessKpi, "Odd <b>& unit");
    node.unit = Some("<&\"u\">".to_owned());
    node.direction = Some(Direction::Up);
    // From 0: no ratio, so the change is an amount in the unit.
    node.history = vec![
        HistoryPoint {
            period: p("2026-01"),
            value: 0.0,
        },
        HistoryPoint {
            period: p("2026-02"),
            value: 5.0,
        },
    ];
    tree.nodes = vec![node];
    let time = svg_time(&tree, TimeChoice::default()).unwrap();
    let svg = timed(&tree, Some(&time));
    let doc = parse(&svg);
    let badge = card(&doc, "odd")
        .descendants()
        .find(|n| n.attribute("class") == Some("time-badge good"))
        .expect("a good badge");
    assert_eq!(
        text_of_class(badge, "change").as_deref(),
        Some("▲ +5\u{a0}<&\"u\">")
    );
}

#[test]
fn the_pipeline_exports_time_as_svg_and_png() {
    let (_dir, path) = temp_store();
    let mut store = Store::open(&path).unwrap();
    let tree = with_history(saas_arr());
    let tree_id = store.insert_tree(&tree).unwrap();
    let plain = ExportOptions::new(ExportFormat::Svg);
    let timed_options = ExportOptions {
        time: Some(TimeChoice::default()),
        ..plain
    };
    let without = String::from_utf8(export_tree(&store, tree_id, &plain).unwrap()).unwrap();
    let with = String::from_utf8(export_tree(&store, tree_id, &timed_options).unwrap()).unwrap();
    assert!(!without.contains("time-badge") && !without.contains("Nov 2026"));
    assert!(with.contains("class=\"period\">Nov 2026 vs Oct 2026</text>"));
    assert!(with.contains("time-badge"));
    let png = ExportOptions {
        format: ExportFormat::Png,
        ..timed_options
    };
    let png = export_tree(&store, tree_id, &png).unwrap();
    assert!(png.starts_with(b"\x89PNG"));
    assert_eq!(render_png(&with, 1.0).map(|_| ()).ok(), Some(()));
    if let Some(dir) = std::env::var_os("KPITREE_PREVIEW_DIR") {
        let dir = std::path::Path::new(&dir);
        std::fs::write(dir.join("time.svg"), &with).unwrap();
        std::fs::write(dir.join("time.png"), &png).unwrap();
    }
}
