use super::colors::distance;
use super::*;
use crate::model::{Color, Link, LinkKind, Node, NodeId, NodeKind, Strength};
use crate::sample::Template;

fn id(text: &str) -> NodeId {
    NodeId::new(text).unwrap()
}

fn color(text: &str) -> Color {
    Color::new(text).unwrap()
}

fn node(name: &str, kind: NodeKind) -> Node {
    Node::new(id(name), kind, name)
}

fn link(kind: LinkKind, from: &str, to: &str) -> Link {
    Link::new(kind, id(from), id(to))
}

fn bet(from: &str, to: &str, strength: Option<Strength>) -> Link {
    Link {
        strength,
        ..link(LinkKind::Impacts, from, to)
    }
}

fn tree(nodes: Vec<Node>, links: Vec<Link>) -> Tree {
    Tree {
        nodes,
        links,
        ..Tree::new("Alignment test")
    }
}

/// A well-aligned tree: two initiatives under an intent drive activation and bet on
/// churn, which a health metric guards.
fn aligned() -> Tree {
    use NodeKind::*;
    tree(
        vec![
            node("growth", NorthStar),
            node("revenue", BusinessKpi),
            node("churn", BusinessKpi),
            node("activation", ProductMetric),
            node("ux", StrategicIntent),
            node("fast", Initiative),
            node("onboarding", Initiative),
            node("errors", HealthMetric),
        ],
        vec![
            link(LinkKind::Drives, "revenue", "growth"),
            link(LinkKind::Drives, "churn", "revenue"),
            link(LinkKind::Drives, "activation", "revenue"),
            link(LinkKind::Drives, "ux", "activation"),
            link(LinkKind::Drives, "fast", "ux"),
            link(LinkKind::Drives, "onboarding", "ux"),
            bet("fast", "churn", Some(Strength::Strong)),
            bet("onboarding", "churn", Some(Strength::Weak)),
            link(LinkKind::Guards, "errors", "churn"),
        ],
    )
}

fn messages(tree: &Tree) -> Vec<String> {
    analyse(tree)
        .findings
        .iter()
        .map(ToString::to_string)
        .collect()
}

fn palette(i: usize) -> Color {
    color(PALETTE[i])
}

fn node_mut<'t>(tree: &'t mut Tree, name: &str) -> &'t mut Node {
    tree.nodes
        .iter_mut()
        .find(|n| n.id.as_str() == name)
        .unwrap()
}

// --- the palette -----------------------------------------------------------------

#[test]
fn the_palette_holds_valid_colours_far_apart() {
    for (i, a) in PALETTE.iter().enumerate() {
        assert!(Color::new(a).is_ok(), "{a}");
        assert_eq!(a.to_ascii_lowercase(), *a, "kept in Color's lower case");
        for b in &PALETTE[i + 1..] {
            let apart = distance(&color(a), &color(b));
            assert!(apart > 25.0, "{a} and {b} are only {apart:.1} apart");
        }
    }
}

// --- colour codes ----------------------------------------------------------------

#[test]
fn kpis_get_palette_colours_in_tree_order() {
    let colors = kpi_colors(&aligned());
    assert_eq!(
        colors.into_iter().collect::<Vec<_>>(),
        vec![(id("churn"), palette(1)), (id("revenue"), palette(0))],
        "revenue comes first in the tree; the map is sorted by id"
    );
    let codes = ColorCodes::new(&aligned());
    let sources: Vec<ColorSource> = codes.kpis.iter().map(|k| k.source).collect();
    assert_eq!(sources, [ColorSource::Palette, ColorSource::Palette]);
}

#[test]
fn a_nodes_own_colour_wins_and_the_palette_skips_it() {
    let mut tree = aligned();
    node_mut(&mut tree, "churn").color = Some(palette(0));
    let codes = ColorCodes::new(&tree);
    assert_eq!(codes.color(&id("churn")), Some(&palette(0)));
    assert_eq!(codes.kpis[1].source, ColorSource::Own);
    assert_eq!(codes.color(&id("revenue")), Some(&palette(1)));
}

#[test]
fn the_palette_skips_colours_close_to_ones_in_use() {
    let mut tree = aligned();
    // #2a9d8f (a teal) is 18 from the palette's bluish green #009e73.
    node_mut(&mut tree, "revenue").color = Some(color("#2a9d8f"));
    tree.nodes.push(node("margin", NodeKind::BusinessKpi));
    tree.nodes.push(node("seats", NodeKind::BusinessKpi));
    let colors = kpi_colors(&tree);
    assert_eq!(colors[&id("churn")], palette(0));
    assert_eq!(colors[&id("margin")], palette(1));
    assert_eq!(colors[&id("seats")], palette(3), "bluish green skipped");
}

#[test]
fn a_kpi_takes_the_colour_of_the_first_coloured_link_to_it() {
    let mut tree = aligned();
    tree.links[7].color = Some(color("#e63946"));
    let codes = ColorCodes::new(&tree);
    let churn = &codes.kpis[1];
    assert_eq!(
        (churn.color.as_str(), churn.source),
        ("#e63946", ColorSource::Link)
    );
    // The uncoloured link to churn now agrees with the coloured one.
    assert_eq!(codes.link(&tree, &tree.links[6]), Some(color("#e63946")));
}

#[test]
fn every_impacted_metric_is_coded_and_no_other_kind() {
    let mut tree = aligned();
    tree.links.push(bet("fast", "activation", None));
    tree.links.push(bet("fast", "growth", None));
    let coded: Vec<String> = ColorCodes::new(&tree)
        .kpis
        .iter()
        .map(|k| k.id.to_string())
        .collect();
    assert_eq!(coded, ["growth", "revenue", "churn", "activation"]);
}

#[test]
fn past_the_palette_colours_start_again() {
    let kpis: Vec<Node> = (0..9)
        .map(|i| node(&format!("k{i}"), NodeKind::BusinessKpi))
        .collect();
    let codes = ColorCodes::new(&tree(kpis, Vec::new()));
    let got: Vec<&str> = codes.kpis.iter().map(|k| k.color.as_str()).collect();
    let mut expected = PALETTE.to_vec();
    expected.extend([PALETTE[0], PALETTE[1]]);
    assert_eq!(got, expected);
}

#[test]
fn links_are_drawn_in_their_own_colour_else_their_targets() {
    let mut tree = aligned();
    tree.links[0].color = Some(color("#abcdef"));
    let codes = ColorCodes::new(&tree);
    let of = |i: usize| codes.link(&tree, &tree.links[i]);
    assert_eq!(of(6), Some(palette(1)), "churn's code");
    assert_eq!(of(0), Some(color("#abcdef")), "a drives link's own colour");
    assert_eq!(of(1), None, "drives without a colour");
    assert_eq!(of(8), None, "guards without a colour");
    assert_eq!(link_color(&tree, &tree.links[7]), Some(palette(1)));

    // A link's own colour wins over its target's code (which comes from the first
    // coloured link to it).
    tree.links[6].color = Some(color("#123456"));
    tree.links[7].color = Some(color("#654321"));
    let codes = ColorCodes::new(&tree);
    assert_eq!(codes.color(&id("churn")), Some(&color("#123456")));
    assert_eq!(codes.link(&tree, &tree.links[7]), Some(color("#654321")));

    let dangling = bet("fast", "ghost", None);
    assert_eq!(codes.link(&tree, &dangling), None);
    let at_work = bet("fast", "onboarding", None);
    assert_eq!(
        codes.link(&tree, &at_work),
        Some(color(NodeKind::Initiative.default_color())),
        "an invalid target that is not coded: its fill"
    );
}

#[test]
fn chips_show_each_colour_an_initiative_is_linked_to_once() {
    let red = color("#e63946");
    let mut tree = aligned();
    node_mut(&mut tree, "churn").color = Some(red.clone());
    tree.links.push(bet("fast", "revenue", None));
    // Drawn in churn's colour: the same chip as fast's bet on churn.
    tree.links.push(Link {
        color: Some(red.clone()),
        ..bet("fast", "activation", None)
    });
    let codes = ColorCodes::new(&tree);
    assert_eq!(codes.chips(&id("fast")), [red.clone(), palette(0)]);
    assert_eq!(codes.chips(&id("onboarding")), [red]);
    assert!(codes.chips(&id("ux")).is_empty());
    let with_chips: Vec<&str> = codes.chips.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(with_chips, ["fast", "onboarding"]);
    assert_eq!(chips(&tree, &id("fast")), codes.chips(&id("fast")));
}

#[test]
fn colour_codes_serialize_with_snake_case_names() {
    let json = serde_json::to_value(ColorCodes::new(&aligned())).unwrap();
    assert_eq!(json["kpis"][0]["id"], "revenue");
    assert_eq!(json["kpis"][0]["color"], PALETTE[0]);
    assert_eq!(json["kpis"][0]["source"], "palette");
}

// --- findings --------------------------------------------------------------------

#[test]
fn a_well_aligned_tree_has_no_finding() {
    assert_eq!(messages(&aligned()), Vec::<String>::new());
}

#[test]
fn work_with_no_path_to_a_metric_is_unlinked() {
    let mut tree = aligned();
    tree.nodes.push(node("theme", NodeKind::StrategicIntent));
    tree.nodes.push(node("side", NodeKind::Initiative));
    tree.links.push(link(LinkKind::Drives, "side", "theme"));
    assert_eq!(
        messages(&tree),
        [
            "warning: alignment: node \"theme\": strategic intent linked to no metric (no drives or impacts path leads from it to a metric)",
            "warning: alignment: node \"side\": initiative linked to no metric (no drives or impacts path leads from it to a metric)",
        ]
    );
    // One bet is enough to link the initiative, and through it nothing else.
    tree.links.push(bet("side", "churn", Some(Strength::Weak)));
    let found = analyse(&tree).findings;
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].kind, found[0].node.as_str()),
        (FindingKind::UnlinkedWork, "theme")
    );
}

#[test]
fn a_business_kpi_nothing_moves_has_no_lever() {
    let mut tree = aligned();
    tree.nodes.push(node("price", NodeKind::BusinessKpi));
    tree.nodes
        .push(node("pricing_theme", NodeKind::StrategicIntent));
    tree.links.push(link(LinkKind::Drives, "price", "revenue"));
    // An intent with no initiative under it is a theme, not a lever.
    tree.links
        .push(link(LinkKind::Drives, "pricing_theme", "price"));
    assert_eq!(
        messages(&tree),
        ["warning: alignment: node \"price\": business KPI with no lever (no initiative or product metric drives or impacts it, directly or through other nodes)"]
    );
    tree.nodes.push(node("packaging", NodeKind::Initiative));
    tree.links
        .push(link(LinkKind::Drives, "packaging", "pricing_theme"));
    assert_eq!(messages(&tree), Vec::<String>::new());
}

#[test]
fn levers_count_through_chains_of_kpis() {
    // revenue has no bet of its own: churn (pushed by initiatives) and activation
    // (a product metric) drive it.
    let tree = aligned();
    let found = analyse(&tree).findings;
    assert!(found.iter().all(|f| f.node.as_str() != "revenue"));
    // Without its bets churn has no lever, but revenue keeps activation's.
    let mut no_bets = tree.clone();
    no_bets.links.retain(|l| l.kind != LinkKind::Impacts);
    let no_lever: Vec<String> = analyse(&no_bets)
        .findings
        .iter()
        .filter(|f| f.kind == FindingKind::NoLever)
        .map(|f| f.node.to_string())
        .collect();
    assert_eq!(no_lever, ["churn"]);
}

#[test]
fn a_pushed_metric_no_health_metric_guards_has_no_tripwire() {
    let mut tree = aligned();
    tree.links.push(bet("onboarding", "activation", None));
    tree.links
        .push(bet("ux", "activation", Some(Strength::Medium)));
    // A guard on the KPI it drives does not watch it.
    tree.links.push(link(LinkKind::Guards, "errors", "revenue"));
    let found = analyse(&tree).findings;
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].kind, FindingKind::NoTripwire);
    assert_eq!(
        found[0].to_string(),
        "warning: alignment: node \"activation\": pushed by \"onboarding\", \"ux\" with no health metric guarding it (no tripwire)"
    );
    assert_eq!(
        found[0].nodes(),
        [id("activation"), id("onboarding"), id("ux")]
    );
}

#[test]
fn a_health_metric_with_no_guards_link_guards_nothing() {
    let mut tree = aligned();
    tree.nodes.push(node("refunds", NodeKind::HealthMetric));
    let found = analyse(&tree).findings;
    assert_eq!(
        found.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["warning: alignment: node \"refunds\": health metric guarding nothing (it has no guards link)"]
    );
    assert_eq!(found[0].nodes(), [id("refunds")]);
    assert!(found[0].related.is_empty());
}

#[test]
fn findings_come_by_kind_then_in_tree_order() {
    let mut tree = aligned();
    tree.nodes
        .insert(0, node("refunds", NodeKind::HealthMetric));
    tree.nodes.push(node("price", NodeKind::BusinessKpi));
    tree.nodes.push(node("side", NodeKind::Initiative));
    tree.nodes.push(node("idle", NodeKind::Initiative));
    tree.links.push(bet("side", "price", None));
    let kinds: Vec<(FindingKind, String)> = analyse(&tree)
        .findings
        .into_iter()
        .map(|f| (f.kind, f.node.to_string()))
        .collect();
    assert_eq!(
        kinds,
        [
            (FindingKind::UnlinkedWork, "idle".into()),
            (FindingKind::NoTripwire, "price".into()),
            (FindingKind::GuardsNothing, "refunds".into()),
        ]
    );
}

#[test]
fn broken_trees_are_analysed_without_panicking() {
    let mut tree = aligned();
    tree.nodes.push(node("churn", NodeKind::Initiative)); // duplicate id
    tree.links.push(link(LinkKind::Drives, "growth", "ux")); // cycle
    tree.links.push(bet("ghost", "churn", None)); // dangling
    tree.links.push(link(LinkKind::Guards, "errors", "ghost"));
    tree.links.push(link(LinkKind::Drives, "fast", "fast")); // self link
    let alignment = analyse(&tree);
    assert_eq!(alignment, analyse(&tree), "deterministic");
    assert_eq!(alignment.colors.kpis.len(), 2, "the first churn wins");
    let churn = &alignment.strength[1];
    assert_eq!((churn.strong, churn.weak, churn.unrated), (1, 1, 0));
}

// --- strength --------------------------------------------------------------------

#[test]
fn strength_counts_the_bets_on_each_kpi() {
    let mut tree = aligned();
    tree.links.push(bet("ux", "churn", None));
    tree.links
        .push(bet("activation", "churn", Some(Strength::Strong)));
    let strength = analyse(&tree).strength;
    let lines: Vec<String> = strength.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            format!("alignment: node \"revenue\" ({}): no bets", PALETTE[0]),
            format!(
                "alignment: node \"churn\" ({}): bets 2 strong, 0 medium, 1 weak, 1 without a strength",
                PALETTE[1]
            ),
        ]
    );
    assert_eq!(strength[1].total(), 4);
    assert_eq!(
        strength[1].bets,
        [id("fast"), id("onboarding"), id("ux"), id("activation")]
    );
}

// --- the built-in templates ------------------------------------------------------

/// Well-made templates: every piece of work moves a metric and every tripwire
/// watches something. What remains (KPIs that are inputs, pushed metrics without a
/// dedicated guard) is printed for review (`cargo test -- --nocapture`).
#[test]
fn the_templates_are_well_aligned() {
    for template in Template::ALL {
        let tree = template.tree();
        let alignment = analyse(&tree);
        println!("{}:", template.slug());
        for finding in &alignment.findings {
            println!("  {finding}");
        }
        for summary in &alignment.strength {
            println!("  {summary}");
        }
        for finding in &alignment.findings {
            assert!(
                !matches!(
                    finding.kind,
                    FindingKind::UnlinkedWork | FindingKind::GuardsNothing
                ),
                "{}: {finding}",
                template.slug()
            );
        }
        assert!(
            alignment.findings.len() <= 4,
            "{}: {:#?}",
            template.slug(),
            alignment.findings
        );
        for link in tree.links.iter().filter(|l| l.kind == LinkKind::Impacts) {
            // The legend agrees with the links the template coloured by hand.
            let code = alignment.colors.color(&link.to);
            assert_eq!(
                code,
                link.color.as_ref(),
                "{}: {}",
                template.slug(),
                link.key()
            );
        }
    }
}

#[test]
fn cards_show_their_own_code_when_bet_on_then_the_colours_of_their_bets() {
    let red = color("#e63946");
    let mut tree = aligned();
    node_mut(&mut tree, "churn").color = Some(red.clone());
    // activation is bet on (so it is coded) and bets on revenue itself.
    tree.links.push(bet("ux", "activation", None));
    tree.links.push(bet("activation", "revenue", None));
    let codes = ColorCodes::new(&tree);
    let cards = codes.card_chips(&tree);
    let activation = codes.color(&id("activation")).cloned().unwrap();
    let revenue = codes.color(&id("revenue")).cloned().unwrap();
    assert_eq!(
        cards[&id("churn")],
        std::slice::from_ref(&red),
        "bet on: its own code"
    );
    assert_eq!(cards[&id("fast")], [red], "a bet on churn");
    assert_eq!(
        cards[&id("activation")],
        [activation.clone(), revenue.clone()]
    );
    assert_eq!(cards[&id("ux")], [activation]);
    assert_eq!(cards[&id("revenue")], [revenue]);
    assert!(
        !cards.contains_key(&id("growth")) && !cards.contains_key(&id("errors")),
        "no chips where nothing is bet: {cards:?}"
    );
}
