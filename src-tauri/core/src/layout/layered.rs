//! The layered engine: a Sugiyama-style layout whose coordinate assignment is done
//! by layout-rs (its Brandes–Köpf placer), the only place in kpitree that imports
//! that crate.
//!
//! layout-rs 0.1.3 is driven pass by pass instead of through `do_it`:
//! - ranks are ours (longest path from the roots) and long edges are split here
//!   into chains of connectors, so layout-rs gets a proper layered graph;
//! - the order of every row is ours (median sweeps and transposition,
//!   [`super::order`]); nodes are handed to layout-rs in that order so its rows
//!   come out in it, and its own crossing optimisation and rank sinking are off;
//! - validation is off (its reachability checks are exponential on ladder-shaped
//!   DAGs) and edges are added parents first, so the back-edge test it always runs
//!   finds nothing to walk;
//! - runs of leaves under one parent are merged into one wide box, which cuts the
//!   graph layout-rs sees (its placement is quadratic) by about half on KPI trees;
//! - every call builds a fresh `VisualGraph` (one cannot be laid out twice) inside
//!   `catch_unwind`; if layout-rs panics, rows are packed in order instead.
//!
//! Only the x coordinates are read back (`vg.pos(handle)`); rows, routes and
//! rendering are ours.

use std::panic::{catch_unwind, AssertUnwindSafe};

use layout::core::base::Orientation;
use layout::core::format::Visible;
use layout::core::geometry::{Point, Position};
use layout::core::style::StyleAttr;
use layout::std_shapes::shapes::{Arrow, Element, ShapeKind};
use layout::topo::layout::VisualGraph;
use layout::topo::placer::Placer;

use super::crossings::Layers;
use super::structure::Structure;
use super::tidy::Gaps;

/// Across coordinates of the nodes, and of each long edge where it crosses the
/// rows between its ends (parent, child, one per row in between).
pub(crate) struct Layered {
    pub across: Vec<f64>,
    pub waypoints: Vec<(usize, usize, Vec<f64>)>,
}

enum Item {
    Node(usize),
    Leaves(Vec<usize>),
    /// Where the edge (parent, child) crosses a row between them.
    Dummy(usize, usize),
}

struct Graph {
    items: Vec<Item>,
    rank: Vec<usize>,
    breadth: Vec<f64>,
    layers: Layers,
}

pub(crate) fn layered(
    structure: &Structure,
    breadth: &[f64],
    gaps: Gaps,
    rank_gap: f64,
) -> Layered {
    let mut graph = build(structure, breadth, gaps);
    graph.layers.reduce_crossings(structure.is_forest());
    let ordered: Vec<usize> = graph.layers.rows.iter().flatten().copied().collect();
    let placed = catch_unwind(AssertUnwindSafe(|| {
        place_with_layout_rs(&graph, &ordered, gaps, rank_gap)
    }));
    // If layout-rs panics or disagrees with our rows, rows are packed in order.
    let centres = match placed {
        Ok(Some(centres)) => centres,
        _ => pack_rows(&graph, gaps),
    };
    let mut across = vec![0.0; structure.len()];
    let mut dummies: std::collections::BTreeMap<(usize, usize), Vec<(usize, f64)>> =
        std::collections::BTreeMap::new();
    for (item, kind) in graph.items.iter().enumerate() {
        match kind {
            Item::Node(n) => across[*n] = centres[item],
            Item::Leaves(members) => {
                let mut left = centres[item] - graph.breadth[item] / 2.0;
                for &m in members {
                    across[m] = left + breadth[m] / 2.0;
                    left += breadth[m] + gaps.siblings;
                }
            }
            Item::Dummy(p, c) => dummies
                .entry((*p, *c))
                .or_default()
                .push((graph.rank[item], centres[item])),
        }
    }
    // A companion goes right beside its host (or the companion before it) when its
    // row leaves room: the placer keeps it in order but may leave a gap.
    let mut centres = centres;
    for row in &graph.layers.rows {
        for (k, &item) in row.iter().enumerate() {
            let (Some(_), Item::Node(h), Some(&prev)) = (
                graph.layers.companion[item],
                &graph.items[item],
                k.checked_sub(1).and_then(|p| row.get(p)),
            ) else {
                continue;
            };
            let wanted =
                centres[prev] + (graph.breadth[prev] + graph.breadth[item]) / 2.0 + gaps.siblings;
            let room = row.get(k + 1).map_or(f64::INFINITY, |&next| {
                centres[next] - (graph.breadth[next] + graph.breadth[item]) / 2.0 - gaps.siblings
            });
            if wanted <= room {
                centres[item] = wanted;
                across[*h] = wanted;
            }
        }
    }
    let waypoints = dummies
        .into_iter()
        .map(|((p, c), mut list)| {
            list.sort_by_key(|&(rank, _)| rank);
            (p, c, list.into_iter().map(|(_, x)| x).collect())
        })
        .collect();
    Layered { across, waypoints }
}

/// Items, rows in depth-first order from the roots, and the edges between rows.
fn build(structure: &Structure, breadth: &[f64], gaps: Gaps) -> Graph {
    let count = structure.len();
    let ranks = &structure.ranks;
    let mut graph = Graph {
        items: Vec::new(),
        rank: Vec::new(),
        breadth: Vec::new(),
        layers: Layers {
            rows: vec![Vec::new(); ranks.iter().max().map_or(0, |r| r + 1)],
            ..Layers::default()
        },
    };
    let mut hosts = vec![false; count];
    for host in structure.companions.iter().flatten() {
        hosts[*host] = true;
    }
    // A host stays a box of its own, so that its companion can follow it.
    let groupable =
        |n: usize| structure.children[n].is_empty() && structure.parents[n].len() == 1 && !hosts[n];
    let mut item_of = vec![usize::MAX; count];
    // Items in depth-first order, so that rows start in the user's order.
    let mut visited = vec![false; count];
    let mut stack: Vec<usize> = structure.roots.iter().rev().copied().collect();
    let mut order = Vec::with_capacity(count);
    while let Some(n) = stack.pop() {
        if std::mem::replace(&mut visited[n], true) {
            continue;
        }
        order.push(n);
        stack.extend(structure.children[n].iter().rev().filter(|&&c| !visited[c]));
    }
    order.extend((0..count).filter(|&n| !visited[n]));
    for &n in &order {
        if item_of[n] != usize::MAX {
            continue;
        }
        if groupable(n) {
            let parent = structure.parents[n][0];
            let siblings = &structure.children[parent];
            let at = siblings.iter().position(|&s| s == n).unwrap_or(0);
            let run: Vec<usize> = siblings[at..]
                .iter()
                .copied()
                .take_while(|&s| groupable(s) && item_of[s] == usize::MAX)
                .collect();
            if run.len() > 1 {
                let width = run.iter().map(|&m| breadth[m]).sum::<f64>()
                    + gaps.siblings * (run.len() - 1) as f64;
                let item = graph.push(Item::Leaves(run.clone()), ranks[n], width);
                graph.layers.sibling_key[item] = Some((item_of[parent], at));
                for m in run {
                    item_of[m] = item;
                }
                continue;
            }
        }
        item_of[n] = graph.push(Item::Node(n), ranks[n], breadth[n]);
    }
    for (h, host) in structure.companions.iter().enumerate() {
        if let Some(host) = host {
            graph.layers.companion[item_of[h]] = Some(item_of[*host]);
        }
    }
    for &(a, b) in &structure.impacts {
        let (x, y) = (item_of[a], item_of[b]);
        if x != y {
            graph.layers.impacts[x].push(y);
            graph.layers.impacts[y].push(x);
        }
    }
    for &parent in &order {
        for (at, &child) in structure.children[parent].iter().enumerate() {
            let (top, bottom) = (item_of[parent], item_of[child]);
            if graph.layers.up[bottom].contains(&top) {
                continue; // a leaf group already joined to its parent
            }
            let mut upper = top;
            for rank in ranks[parent] + 1..ranks[child] {
                let dummy = graph.push(Item::Dummy(parent, child), rank, 1.0);
                graph.join(upper, dummy);
                graph.layers.sibling_key[dummy] = Some((upper, if upper == top { at } else { 0 }));
                upper = dummy;
            }
            graph.join(upper, bottom);
            if structure.parents[child].len() == 1 {
                let key = if upper == top { (top, at) } else { (upper, 0) };
                graph.layers.sibling_key[bottom].get_or_insert(key);
            }
        }
    }
    graph
}

impl Graph {
    fn push(&mut self, item: Item, rank: usize, breadth: f64) -> usize {
        let id = self.items.len();
        self.items.push(item);
        self.rank.push(rank);
        self.breadth.push(breadth);
        self.layers.rows[rank].push(id);
        self.layers.up.push(Vec::new());
        self.layers.down.push(Vec::new());
        self.layers.sibling_key.push(None);
        self.layers.companion.push(None);
        self.layers.impacts.push(Vec::new());
        let weight = match &self.items[id] {
            Item::Leaves(members) => members.len(),
            _ => 1,
        };
        self.layers.weight.push(weight);
        id
    }

    fn join(&mut self, upper: usize, lower: usize) {
        self.layers.down[upper].push(lower);
        self.layers.up[lower].push(upper);
    }
}

/// The Brandes–Köpf placement of layout-rs; `None` if its rows differ from ours.
fn place_with_layout_rs(
    graph: &Graph,
    ordered: &[usize],
    gaps: Gaps,
    rank_gap: f64,
) -> Option<Vec<f64>> {
    if ordered.is_empty() {
        return Some(Vec::new()); // layout-rs panics on an empty graph
    }
    // Companions have no edges, which would put them on layout-rs's first row:
    // each is handed over as part of a wider box of its host instead.
    let mut followers: Vec<Vec<usize>> = vec![Vec::new(); graph.items.len()];
    for &item in ordered {
        if let Some(host) = graph.layers.companion[item] {
            followers[host].push(item);
        }
    }
    let width = |item: usize| -> f64 {
        graph.breadth[item]
            + followers[item]
                .iter()
                .map(|&c| gaps.siblings + graph.breadth[c])
                .sum::<f64>()
    };
    let rows: Vec<Vec<usize>> = graph
        .layers
        .rows
        .iter()
        .map(|row| {
            row.iter()
                .copied()
                .filter(|&i| graph.layers.companion[i].is_none())
                .collect()
        })
        .collect();
    // An item below the first row with nothing above it (the root of a component
    // moved down) gets an invisible edge from the item above it, in order, so that
    // layout-rs's rows are ours.
    let mut anchored: Vec<Vec<usize>> = vec![Vec::new(); graph.items.len()];
    for r in 1..rows.len() {
        let above = &rows[r - 1];
        for (k, &item) in rows[r].iter().enumerate() {
            if graph.layers.up[item].is_empty() && !above.is_empty() {
                let at = (k * above.len() / rows[r].len().max(1)).min(above.len() - 1);
                anchored[above[at]].push(item);
            }
        }
    }
    let mut vg = VisualGraph::new(Orientation::TopToBottom);
    vg.dag.set_validate(false);
    let mut handle = vec![None; graph.items.len()];
    for &item in rows.iter().flatten() {
        let element = match graph.items[item] {
            Item::Dummy(..) => Element::empty_connector(Orientation::TopToBottom),
            _ => {
                let size = Point::new(width(item), 1.0);
                let mut element = Element::create(
                    ShapeKind::new_box(""),
                    StyleAttr::simple(),
                    Orientation::TopToBottom,
                    size,
                );
                element.pos = Position::new(
                    Point::zero(),
                    size,
                    Point::zero(),
                    Point::new(gaps.siblings, rank_gap),
                );
                element
            }
        };
        handle[item] = Some(vg.add_node(element));
    }
    // Parents first: when an edge is added its lower end has no successor yet, so
    // the back-edge check of `to_valid_dag` returns at once.
    for &item in rows.iter().flatten() {
        for &lower in graph.layers.down[item].iter().chain(&anchored[item]) {
            vg.add_edge(Arrow::simple(""), handle[item]?, handle[lower]?);
        }
    }
    vg.to_valid_dag();
    vg.split_text_edges();
    vg.split_long_edges(true);
    let rows_match = vg.dag.num_levels() == rows.len()
        && rows.iter().enumerate().all(|(r, row)| {
            let theirs = vg.dag.row(r);
            theirs.len() == row.len() && row.iter().zip(theirs).all(|(&i, &h)| handle[i] == Some(h))
        });
    if !rows_match {
        return None;
    }
    let handles: Vec<_> = vg.iter_nodes().collect();
    for &h in &handles {
        vg.element_mut(h).resize();
    }
    Placer::new(&mut vg).layout(false);
    let mut centres = vec![0.0; graph.items.len()];
    for &item in rows.iter().flatten() {
        let x = vg.pos(handle[item]?).center().x;
        if !x.is_finite() {
            return None;
        }
        let mut left = x - width(item) / 2.0;
        centres[item] = left + graph.breadth[item] / 2.0;
        left += graph.breadth[item] + gaps.siblings;
        for &c in &followers[item] {
            centres[c] = left + graph.breadth[c] / 2.0;
            left += graph.breadth[c] + gaps.siblings;
        }
    }
    Some(centres)
}

/// Rows packed in order from x = 0: the fallback when layout-rs fails.
fn pack_rows(graph: &Graph, gaps: Gaps) -> Vec<f64> {
    let mut centres = vec![0.0; graph.items.len()];
    for row in &graph.layers.rows {
        let mut left = 0.0;
        for &item in row {
            centres[item] = left + graph.breadth[item] / 2.0;
            left += graph.breadth[item] + gaps.siblings;
        }
    }
    centres
}
