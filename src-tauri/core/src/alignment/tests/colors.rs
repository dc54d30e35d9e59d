//! Colour codes: the palette, the colours of KPIs, links and cards.

use super::super::colors::distance;
use super::{aligned, bet, color, node_mut, palette};
use crate::alignment::*;
use crate::model::{Color, Link, NodeKind};
use crate::test_trees::{id, node, TreeBuilder};

// --- the palette -----------------------------------------------------------------

#[test]
fn the_palette_holds_valid_colours_far_apart() {
    let first = crate::model::look::OKABE_ITO.len();
    for (i, a) in PALETTE.iter().enumerate() {
        assert!(Color::new(a).is_ok(), "{a}");
        assert_eq!(a.to_ascii_lowercase(), *a, "kept in Color's lower case");
        for (j, b) in PALETTE.iter().enumerate().skip(i + 1) {
            let apart = distance(&color(a), &color(b));
            // The first set's pairs are over 25 apart; the second set keeps over 20
            // (what automatic codes keep from chosen colours) from every colour.
            let least = if j < first { 25.0 } else { 20.0 };
            assert!(apart > least, "{a} and {b} are only {apart:.1} apart");
        }
    }
}

// --- colour codes ----------------------------------------------------------------

#[test]
fn kpis_with_bets_get_palette_colours_first_then_the_others_in_tree_order() {
    let colors = kpi_colors(&aligned());
    assert_eq!(
        colors.into_iter().collect::<Vec<_>>(),
        vec![(id("churn"), palette(0)), (id("revenue"), palette(1))],
        "churn is bet on, revenue is not; the map is sorted by id"
    );
    let codes = ColorCodes::new(&aligned(), &CodeMemory::default());
    let sources: Vec<ColorSource> = codes.kpis.iter().map(|k| k.source).collect();
    assert_eq!(sources, [ColorSource::Palette, ColorSource::Palette]);
    let ids: Vec<&str> = codes.kpis.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(ids, ["revenue", "churn"], "listed in the tree's order");
}

#[test]
fn a_nodes_own_colour_wins_and_the_palette_skips_it() {
    let mut tree = aligned();
    node_mut(&mut tree, "churn").color = Some(palette(0));
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
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
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
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
    let coded: Vec<String> = ColorCodes::new(&tree, &CodeMemory::default())
        .kpis
        .iter()
        .map(|k| k.id.to_string())
        .collect();
    assert_eq!(coded, ["growth", "revenue", "churn", "activation"]);
}

#[test]
fn past_the_palette_colours_start_again_with_the_next_dashes() {
    let kpis = (0..16)
        .map(|i| node(&format!("k{i}"), NodeKind::BusinessKpi))
        .fold(TreeBuilder::new("Alignment test"), TreeBuilder::node)
        .build();
    let codes = ColorCodes::new(&kpis, &CodeMemory::default());
    let got: Vec<(&str, u32)> = codes
        .kpis
        .iter()
        .map(|k| (k.color.as_str(), k.dash))
        .collect();
    let mut expected: Vec<(&str, u32)> = PALETTE.iter().map(|hex| (*hex, 0)).collect();
    expected.extend([(PALETTE[0], 1), (PALETTE[1], 1)]);
    assert_eq!(got, expected);
}

#[test]
fn links_are_drawn_in_their_own_colour_else_their_targets() {
    let mut tree = aligned();
    tree.links[0].color = Some(color("#abcdef"));
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
    let of = |i: usize| codes.link(&tree, &tree.links[i]);
    assert_eq!(of(6), Some(palette(0)), "churn's code");
    assert_eq!(of(0), Some(color("#abcdef")), "a drives link's own colour");
    assert_eq!(of(1), None, "drives without a colour");
    assert_eq!(of(8), None, "guards without a colour");
    assert_eq!(link_color(&tree, &tree.links[7]), Some(palette(0)));

    // A link's own colour wins over its target's code (which comes from the first
    // coloured link to it).
    tree.links[6].color = Some(color("#123456"));
    tree.links[7].color = Some(color("#654321"));
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
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
    // Activation's own colour is churn's (the user's choice): the same chip as
    // fast's bet on churn.
    node_mut(&mut tree, "activation").color = Some(red.clone());
    tree.links.push(bet("fast", "activation", None));
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
    assert_eq!(codes.chips(&id("fast")), [red.clone(), palette(0)]);
    assert_eq!(codes.chips(&id("onboarding")), [red]);
    assert!(codes.chips(&id("ux")).is_empty());
    let with_chips: Vec<&str> = codes.chips.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(with_chips, ["fast", "onboarding"]);
    assert_eq!(chips(&tree, &id("fast")), codes.chips(&id("fast")));
}

#[test]
fn a_bet_coloured_in_another_kpis_colour_wears_its_own_kpis_code() {
    let red = color("#e63946");
    let mut tree = aligned();
    node_mut(&mut tree, "churn").color = Some(red.clone());
    // Red by hand: it would say the bet moves churn.
    tree.links.push(Link {
        color: Some(color("#e5394a")),
        ..bet("fast", "activation", None)
    });
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
    let activation = codes
        .kpis
        .iter()
        .find(|k| k.id == id("activation"))
        .unwrap();
    assert_eq!(activation.source, ColorSource::Palette);
    assert_eq!(activation.color, palette(0));
    assert_eq!(codes.link(&tree, &tree.links[9]), Some(palette(0)));
    assert_eq!(codes.chips(&id("fast")), [red, palette(0)]);
}

#[test]
fn colour_codes_serialize_with_snake_case_names() {
    let json = serde_json::to_value(ColorCodes::new(&aligned(), &CodeMemory::default())).unwrap();
    assert_eq!(json["kpis"][0]["id"], "revenue");
    assert_eq!(json["kpis"][0]["color"], PALETTE[1]);
    assert_eq!(json["kpis"][0]["source"], "palette");
    assert_eq!(json["kpis"][0]["dash"], 0);
}

#[test]
fn cards_show_their_own_code_when_bet_on_then_the_colours_of_their_bets() {
    let red = color("#e63946");
    let mut tree = aligned();
    node_mut(&mut tree, "churn").color = Some(red.clone());
    // activation is bet on (so it is coded) and bets on revenue itself.
    tree.links.push(bet("ux", "activation", None));
    tree.links.push(bet("activation", "revenue", None));
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
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
