//! Findings (unlinked work, KPIs with no lever, pushed metrics with no tripwire,
//! health metrics guarding nothing), bet strength, and the templates' alignment.

use super::{aligned, bet};
use crate::alignment::*;
use crate::model::{LinkKind, NodeKind, Strength, Tree};
use crate::sample::Template;
use crate::test_trees::{id, link, node};

fn messages(tree: &Tree) -> Vec<String> {
    analyse(tree, &CodeMemory::default())
        .findings
        .iter()
        .map(ToString::to_string)
        .collect()
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
    let found = analyse(&tree, &CodeMemory::default()).findings;
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
    let found = analyse(&tree, &CodeMemory::default()).findings;
    assert!(found.iter().all(|f| f.node.as_str() != "revenue"));
    // Without its bets churn has no lever, but revenue keeps activation's.
    let mut no_bets = tree.clone();
    no_bets.links.retain(|l| l.kind != LinkKind::Impacts);
    let no_lever: Vec<String> = analyse(&no_bets, &CodeMemory::default())
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
    let found = analyse(&tree, &CodeMemory::default()).findings;
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
    let found = analyse(&tree, &CodeMemory::default()).findings;
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
    let kinds: Vec<(FindingKind, String)> = analyse(&tree, &CodeMemory::default())
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
    let alignment = analyse(&tree, &CodeMemory::default());
    assert_eq!(
        alignment,
        analyse(&tree, &CodeMemory::default()),
        "deterministic"
    );
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
    let strength = analyse(&tree, &CodeMemory::default()).strength;
    let lines: Vec<String> = strength.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            format!("alignment: node \"revenue\" ({}): no bets", PALETTE[1]),
            format!(
                "alignment: node \"churn\" ({}): bets 2 strong, 0 medium, 1 weak, 1 without a strength",
                PALETTE[0]
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
        let alignment = analyse(&tree, &CodeMemory::default());
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
