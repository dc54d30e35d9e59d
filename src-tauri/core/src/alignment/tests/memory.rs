//! Colour codes that stay put (a code once shown survives unrelated edits, through
//! the remembered [`CodeMemory`]) and stay apart (no two KPIs with bets share one).

use std::collections::{BTreeMap, HashSet};

use super::{bet, color, node_mut};
use crate::alignment::*;
use crate::interchange;
use crate::model::look::code_dash;
use crate::model::{LinkKind, NodeKind, Tree};
use crate::test_trees::{id, node, TreeBuilder};

fn zira() -> Tree {
    let text = include_str!("../../../../../tests/data/zira.json");
    interchange::read(text, "zira.json").unwrap()
}

/// Zira as a user draws it: its colours left to the codes (the file's KPI and link
/// colours were picked by hand), so that every coded node has an automatic code.
fn zira_uncoloured() -> Tree {
    let mut tree = zira();
    tree.nodes.iter_mut().for_each(|n| n.color = None);
    tree.links.iter_mut().for_each(|l| l.color = None);
    tree
}

/// Each coded node's code (colour, dash) after showing `tree` with `memory`, and
/// the memory to keep.
fn shown(tree: &Tree, memory: &CodeMemory) -> (BTreeMap<String, (String, u32)>, CodeMemory) {
    let codes = ColorCodes::new(tree, memory);
    let by_id = codes
        .kpis
        .iter()
        .map(|k| (k.id.to_string(), (k.color.as_str().to_owned(), k.dash)))
        .collect();
    (by_id, codes.memory())
}

/// The codes of `before` that `after` still has (ids in both), told apart.
fn changed(
    before: &BTreeMap<String, (String, u32)>,
    after: &BTreeMap<String, (String, u32)>,
    but: &[&str],
) -> Vec<String> {
    before
        .iter()
        .filter(|(id, _)| !but.contains(&id.as_str()))
        .filter_map(|(id, code)| {
            let now = after.get(id)?;
            (now != code).then(|| format!("{id}: {code:?} -> {now:?}"))
        })
        .collect()
}

#[test]
fn recolouring_a_kpi_by_hand_changes_no_other_code() {
    // The user's report: recolouring Acquired customers turned Net new customers
    // from pink to green. Acquired is bet on; net_new is not.
    let tree = zira_uncoloured();
    let (before, memory) = shown(&tree, &CodeMemory::default());
    let mut recoloured = tree.clone();
    node_mut(&mut recoloured, "acquired").color = Some(color("#6b4226"));
    let (after, kept) = shown(&recoloured, &memory);
    assert_eq!(
        changed(&before, &after, &["acquired"]),
        Vec::<String>::new()
    );
    assert_eq!(after["acquired"].0, "#6b4226");
    assert!(
        !kept.0.contains_key(&id("acquired")),
        "a node with its own colour drops its remembered code"
    );
    // Back to no colour of its own: the first free code, which is its old one.
    let (again, _) = shown(&tree, &kept);
    assert_eq!(again, before);
}

#[test]
fn a_kpi_gaining_its_first_bet_changes_no_code() {
    let tree = zira_uncoloured();
    let (before, memory) = shown(&tree, &CodeMemory::default());
    let mut bet_on = tree.clone();
    bet_on.links.push(bet("sso", "net_new", None));
    bet_on
        .links
        .push(bet("faster_mobile", "weekly_active_teams", None));
    let (after, _) = shown(&bet_on, &memory);
    assert_eq!(
        changed(&before, &after, &[]),
        Vec::<String>::new(),
        "not even its own"
    );
    assert!(
        after.contains_key("weekly_active_teams"),
        "a metric bet on is coded"
    );
    assert_ne!(after["weekly_active_teams"], after["net_new"]);
}

#[test]
fn removing_bets_reordering_and_adding_kpis_change_no_code() {
    let tree = zira_uncoloured();
    let (before, memory) = shown(&tree, &CodeMemory::default());
    let mut edited = tree.clone();
    edited
        .links
        .retain(|l| !(l.to.as_str() == "churned" && l.from.as_str() == "usability"));
    edited
        .links
        .retain(|l| l.to.as_str() != "acquired" || l.from.as_str() != "sso");
    edited.nodes.reverse();
    edited
        .nodes
        .insert(0, node("expansion", NodeKind::BusinessKpi));
    edited.links.push(bet("sso", "expansion", None));
    let (after, _) = shown(&edited, &memory);
    assert_eq!(changed(&before, &after, &[]), Vec::<String>::new());
    let taken: HashSet<&(String, u32)> = before.values().collect();
    assert!(
        !taken.contains(&after["expansion"]),
        "a new KPI takes a free code"
    );
}

#[test]
fn undoing_and_redoing_an_unrelated_edit_shuffles_no_code() {
    let tree = zira_uncoloured();
    let (before, memory) = shown(&tree, &CodeMemory::default());
    let mut edited = tree.clone();
    edited.nodes.push(node("expansion", NodeKind::BusinessKpi));
    node_mut(&mut edited, "churned").color = Some(color("#6b4226"));
    let (redone, memory) = shown(&edited, &memory);
    // Undo: the tree as it was, with the memory of what was shown since.
    let (undone, memory) = shown(&tree, &memory);
    assert_eq!(undone, before);
    let (redone_again, _) = shown(&edited, &memory);
    assert_eq!(redone_again, redone);
}

#[test]
fn a_node_removed_frees_its_code() {
    let tree = zira_uncoloured();
    let (before, memory) = shown(&tree, &CodeMemory::default());
    let mut removed = tree.clone();
    removed.nodes.retain(|n| n.id.as_str() != "acquired");
    removed.links.retain(|l| l.to.as_str() != "acquired");
    let (after, kept) = shown(&removed, &memory);
    assert!(!kept.0.contains_key(&id("acquired")));
    assert_eq!(changed(&before, &after, &[]), Vec::<String>::new());
    removed.nodes.push(node("expansion", NodeKind::BusinessKpi));
    removed.links.push(bet("sso", "expansion", None));
    let (added, _) = shown(&removed, &kept);
    assert_eq!(
        added["expansion"], before["acquired"],
        "the freed code, first free"
    );
}

#[test]
fn a_colour_chosen_by_the_user_is_not_shared_by_a_remembered_code() {
    let tree = zira_uncoloured();
    let (before, memory) = shown(&tree, &CodeMemory::default());
    let (churned, _) = &before["churned"];
    let mut recoloured = tree.clone();
    node_mut(&mut recoloured, "acquired").color = Some(color(churned));
    let (after, _) = shown(&recoloured, &memory);
    assert_ne!(after["churned"], after["acquired"], "codes stay apart");
    assert_eq!(
        changed(&before, &after, &["acquired", "churned"]),
        Vec::<String>::new()
    );
}

#[test]
fn a_remembered_code_reads_back_from_its_json() {
    let (_, memory) = shown(&zira_uncoloured(), &CodeMemory::default());
    let text = serde_json::to_string(&memory).unwrap();
    assert!(text.starts_with("{\"acquired\":{\"color\":\"#"), "{text}");
    assert_eq!(serde_json::from_str::<CodeMemory>(&text).unwrap(), memory);
}

#[test]
fn twenty_kpis_with_bets_wear_twenty_distinct_codes() {
    let mut builder = TreeBuilder::new("Twenty").node(node("push", NodeKind::Initiative));
    for i in 0..20 {
        builder = builder
            .node(node(&format!("k{i}"), NodeKind::BusinessKpi))
            .link(bet("push", &format!("k{i}"), None));
    }
    let tree = builder.build();
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
    let drawn: HashSet<(String, String)> = tree
        .links
        .iter()
        .map(|link| {
            let color = codes.link(&tree, link).unwrap().as_str().to_owned();
            (color, code_dash(codes.dash(link)))
        })
        .collect();
    assert_eq!(drawn.len(), 20, "{drawn:?}");
    let colors: HashSet<&str> = codes.kpis.iter().map(|k| k.color.as_str()).collect();
    assert_eq!(colors.len(), PALETTE.len(), "every colour before any dash");
    // And with colours chosen by hand among them.
    let mut tree = tree;
    node_mut(&mut tree, "k3").color = Some(color(PALETTE[0]));
    node_mut(&mut tree, "k9").color = Some(color("#d65f02"));
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
    let pairs: HashSet<(&str, u32)> = codes
        .kpis
        .iter()
        .filter(|k| k.id.as_str() != "k9")
        .map(|k| (k.color.as_str(), k.dash))
        .collect();
    assert_eq!(
        pairs.len(),
        19,
        "k3 and k9 chose the same colour; no code joins them"
    );
}

#[test]
fn zira_acquired_customers_and_activation_rate_wear_different_codes() {
    // The file colours Acquired customers teal, and the bet on Activation rate
    // teal too by hand: that link would say it moves Acquired customers.
    let tree = zira();
    let codes = ColorCodes::new(&tree, &CodeMemory::default());
    let acquired = codes.color(&id("acquired")).unwrap();
    let activation = codes.color(&id("activation_rate")).unwrap();
    assert_ne!(acquired, activation);
    let link_to = |to: &str| {
        let link = tree
            .links
            .iter()
            .find(|l| l.kind == LinkKind::Impacts && l.to.as_str() == to)
            .unwrap();
        codes.link(&tree, link).unwrap()
    };
    assert_eq!(&link_to("acquired"), acquired);
    assert_eq!(&link_to("activation_rate"), activation);
    assert_eq!(link_to("churned").as_str(), "#e63946", "own colours kept");
    let (zira_codes, _) = shown(&zira_uncoloured(), &CodeMemory::default());
    assert_ne!(zira_codes["acquired"], zira_codes["activation_rate"]);
}
