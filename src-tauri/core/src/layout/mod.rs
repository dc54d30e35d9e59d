//! Auto-layout: positions for every node of a tree and routes for its links, in
//! canvas units (CSS px at zoom 1), shared by the canvas and the SVG export.
//!
//! # Design
//!
//! Ranks come first. A node's rank is its longest `drives` distance from a root
//! (a node that drives nothing), so every node sits below (top-down) or right of
//! (left-right) all the nodes it drives. `drives` links that would close a cycle
//! are left out of the layout (validation refuses cycles elsewhere; the layout
//! still terminates and places every node). Roots come in this order: North
//! Stars, other trees, unconnected nodes, each in tree order; siblings in the
//! order of their `drives` links in `tree.links`.
//!
//! Cross-links then adjust ranks and places, so that the drawing reads like the
//! KPI-tree drawings it imitates (targets above the work that moves them, a
//! tripwire beside what it guards):
//!
//! - **Health metrics beside what they guard.** A health metric with no `drives`
//!   and no `impacts` link (only `guards`) is a *companion* of the node it guards
//!   (the first, in link order): it takes that node's rank and is placed right
//!   after it among its siblings (after it among the roots when it is a root), so
//!   the `guards` link is short and level. Both engines.
//! - **`impacts` arrows run upward.** `impacts` links act as a soft rank
//!   constraint on nodes that `drives` does not hold: a component of the `drives`
//!   graph with no North Star and no `impacts` link pointing into it (typically
//!   initiatives, alone or under an intent, linked to the metrics only by
//!   `impacts`) moves down as a whole until each of its `impacts` links points
//!   up, its target on a rank above its source. Within a component ranks stay the
//!   `drives` ones: the longest-path ranking already puts every node as high as
//!   its `drives` links allow, so a target is never held below its source by
//!   anything but `drives` itself.
//! - **Orders that make `impacts` links short.** The tidy engine keeps the user's
//!   order among metrics (under a metric it reads as its formula) and orders
//!   initiatives and strategic intents, and the roots after the North Stars (the
//!   side-by-side forests), by the barycentre of the `impacts` partners of their
//!   subtrees (the barycentre heuristic of Sugiyama, Tagawa and Toda, 1981, on
//!   whole subtrees), keeping a new order only if it lowers the sum of the
//!   squared lengths of the `impacts` links: without `impacts` links nothing
//!   moves. The layered engine keeps crossings of `drives` links as its first
//!   goal; between two orders with as many crossings, transposition takes the
//!   one where the `impacts` links are shorter. See the `tidy` and `crossings`
//!   modules.
//!
//! Two engines place the nodes across the rows:
//!
//! - [`LayoutEngine::Tidy`], for forests (no node drives two nodes): the linear
//!   tidy-tree algorithm of Buchheim, Jünger and Leipert (2002), which improves
//!   Walker (1990) and Reingold–Tilford (1981), with nodes of any breadth. Parents
//!   are centred over their children, subtrees packed by their contours (a link
//!   that skips rows walks through a dummy per row), metrics in the user's order. About 1 ms for 1,000 nodes with every route, against 85 ms for
//!   Graphviz `dot` and 195 ms for layout-rs's placement alone (BENCHMARKS.md),
//!   and no crossings by construction; so it is the default for forests.
//! - [`LayoutEngine::Layered`], for DAGs (a node driving several parents) and on
//!   request: the Sugiyama scheme (Sugiyama, Tagawa and Toda, 1981). Long edges
//!   are split into chains of dummy nodes, rows are ordered as dot orders them
//!   (weighted-median sweeps and transposition, Gansner et al. 1993; crossings
//!   counted by the method of Barth, Jünger and Mutzel, 2004), then layout-rs's
//!   Brandes–Köpf placer assigns the coordinates (44 ms for a 1,000-node KPI
//!   DAG; its placement is quadratic: 3 s at 5,000). Why so much around
//!   layout-rs, and how it is kept safe (no validation, no built-in crossing
//!   optimisation, a fresh graph per call inside `catch_unwind`, nothing handed
//!   to it when the tree is empty), is in the `layered` module. On a forest it
//!   keeps the user's sibling order strictly, as the tidy engine does. On a DAG
//!   the user's order is the initial order and breaks ties, and is kept as a
//!   whole only if that costs at most 10% more crossings than the order found
//!   without it: on KPI-like DAGs keeping it costs 40 to 70% more crossings, the
//!   difference between about as many crossings as `dot` and twice as many (see
//!   the `order` module and BENCHMARKS.md).
//!
//! - [`LayoutEngine::Compact`], for wide trees: sibling leaves stacked in a column
//!   under their parent (org-chart style, elbow links off a spine), and deeper
//!   branches stacked too until the drawing's shape comes near the caller's
//!   [`Aspect`]. DAGs too: a node is placed under its first parent. See `compact`.
//!
//! [`LayoutEngine::Auto`] picks the tidy engine for forests and the layered one
//! otherwise; given an [`Aspect`] (`LayoutOptions::aspect`, the window's), it picks
//! the compact engine instead when that drawing, top-down, would be more than
//! [`TOO_WIDE`] times as wide as the aspect allows.
//!
//! Rows are then stacked along the rank axis with [`RANK_GAP_TOP_DOWN`] (or
//! [`RANK_GAP_LEFT_RIGHT`]) between them, boxes aligned on the row's top (left);
//! the first root is centred on the origin. Pinned nodes keep their exact
//! position, and the boxes of the rows they overlap move aside, in order, to
//! whichever side moves them less.
//!
//! Routes are ours, computed from the final boxes (layout-rs's own edge routes
//! leave boxes from the side and cross sibling boxes): see the `route` module.
//! [`route_links`] routes the links of any positions, e.g. after a drag.
//!
//! Node sizes come from [`measure_faces`]: the name wrapped with the bundled
//! Inter font, measured by shaping (see the `font` module), so the canvas, the
//! layout and the SVG agree to the pixel.
//!
//! Same tree and options, same layout: every tie is broken by tree order.

mod check;
mod compact;
mod crossings;
mod face;
mod font;
mod frame;
mod layered;
mod options;
mod route;
mod structure;
mod tidy;
mod wrap;

use std::collections::{BTreeMap, HashMap};
use std::fmt::Write as _;

use serde::{Deserialize, Serialize};

pub use check::{
    downward_impacts, drives_crossings, impacts_crossings, impacts_length, overlapping_boxes,
    routes_through_boxes, sample_route,
};
pub use face::{face_metrics, measure_face, measure_faces, FaceMetrics, NodeFace};
pub(crate) use font::TextWidths;
pub use font::{text_width, FontWeight, INTER_BOLD, INTER_REGULAR, INTER_SEMI_BOLD};
pub use options::{Aspect, LayoutDirection, LayoutEngine, LayoutOptions, TOO_WIDE};
pub(crate) use wrap::wrap_words;

use crate::model::{LinkKey, LinkKind, Node, NodeId, Position, Tree};
use frame::{Boxes, Frame};
use route::{Rect, Router};
use structure::Structure;
use tidy::Gaps;

/// Space between two rows of boxes in a top-down layout.
pub const RANK_GAP_TOP_DOWN: f64 = 60.0;
/// Space between two columns of boxes in a left-right layout.
pub const RANK_GAP_LEFT_RIGHT: f64 = 80.0;
/// Space between two sibling boxes on a row.
pub const SIBLING_GAP: f64 = 24.0;

/// How one link is drawn: a cubic Bézier spline `p0, c1, c2, p1, c1, c2, p2, …`
/// (SVG: `M p0 C c1 c2 p1 C …`, see [`Route::svg_path`]) from the link's `from`
/// node to its `to` node, in canvas units. A `drives` route starts on the top
/// side of the child (left side in left-right) and ends on the bottom (right)
/// side of the parent (or, stacked by the compact engine, enters the child's side
/// facing its spine); it never passes through a box.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Route {
    pub key: LinkKey,
    pub points: Vec<Position>,
}

impl Route {
    /// The route as SVG path data, coordinates rounded to 0.01.
    pub fn svg_path(&self) -> String {
        // Written in place: an export draws one path per link.
        let mut path = String::with_capacity(self.points.len() * 16);
        for (i, p) in self.points.iter().enumerate() {
            let command = match i {
                0 => "M",
                i if i % 3 == 1 => " C",
                _ => "",
            };
            let _ = write!(path, "{command} {} {}", round(p.x), round(p.y));
        }
        // The first command is `M`: nothing to trim.
        path
    }
}

fn round(value: f64) -> f64 {
    let rounded = (value * 100.0).round() / 100.0;
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

/// The result of [`layout()`]: the centre of every node and a route per link.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Layout {
    pub positions: BTreeMap<NodeId, Position>,
    pub routes: Vec<Route>,
    /// The engine that placed the nodes (`tidy`, `layered` or `compact`, never
    /// `auto`).
    pub engine: LayoutEngine,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum LayoutError {
    #[error("the tidy layout needs a tree, but node \"{node}\" drives {parents} nodes: use the layered layout")]
    NotATree { node: NodeId, parents: usize },
    #[error(
        "node \"{node}\" has a card of {width} × {height}: sizes must be finite and not negative"
    )]
    BadFace {
        node: NodeId,
        width: f64,
        height: f64,
    },
}

/// Lays out `tree`: positions for every node (pinned nodes keep theirs) and the
/// routes of its links. Node sizes come from `faces` (nodes missing there are
/// measured).
pub fn layout(
    tree: &Tree,
    faces: &BTreeMap<NodeId, NodeFace>,
    options: &LayoutOptions,
) -> Result<Layout, LayoutError> {
    let nodes = distinct_nodes(tree);
    let index = index_by_id(&nodes);
    let frame = Frame {
        direction: options.direction,
    };
    let sizes = card_sizes(&nodes, faces)?;
    let structure = Structure::new(tree, &index);
    let engine = match options.engine {
        LayoutEngine::Auto if structure.is_forest() => LayoutEngine::Tidy,
        LayoutEngine::Auto => LayoutEngine::Layered,
        chosen => chosen,
    };
    if engine == LayoutEngine::Tidy {
        if let Some(n) = (0..nodes.len()).find(|&n| structure.parents[n].len() > 1) {
            return Err(LayoutError::NotATree {
                node: nodes[n].id.clone(),
                parents: structure.parents[n].len(),
            });
        }
    }
    let (breadth, depth): (Vec<f64>, Vec<f64>) =
        sizes.iter().map(|&(w, h)| frame.extent(w, h)).unzip();
    let rank_gap = match options.direction {
        LayoutDirection::TopDown => RANK_GAP_TOP_DOWN,
        LayoutDirection::LeftRight => RANK_GAP_LEFT_RIGHT,
    };
    let gaps = Gaps {
        siblings: SIBLING_GAP,
        cousins: SIBLING_GAP * 1.5,
        trees: SIBLING_GAP * 2.0,
    };
    let pinned: Vec<Option<(f64, f64)>> = nodes
        .iter()
        .map(|n| pinned_at(n).map(|p| frame.to_uv(p)))
        .collect();
    let (across, waypoints) = match engine {
        LayoutEngine::Compact => (Vec::new(), Vec::new()),
        LayoutEngine::Layered => {
            let placed = layered::layered(&structure, &breadth, gaps, rank_gap);
            (placed.across, placed.waypoints)
        }
        _ => {
            let placed = tidy::tidy(&structure, &breadth, gaps);
            (placed.across, placed.waypoints)
        }
    };
    let too_wide = |aspect: Aspect| {
        let (width, height) =
            frame::drawing_size(&structure.ranks, &across, &breadth, &depth, rank_gap);
        options.direction == LayoutDirection::TopDown && width > TOO_WIDE * aspect.ratio() * height
    };
    if engine == LayoutEngine::Compact
        || (options.engine == LayoutEngine::Auto && options.aspect.is_some_and(too_wide))
    {
        let aspect = options.aspect.unwrap_or(Aspect::SCREEN).ratio();
        let ratio = match options.direction {
            LayoutDirection::TopDown => aspect,
            LayoutDirection::LeftRight => 1.0 / aspect,
        };
        let placed = compact::compact(&structure, &breadth, &depth, gaps, rank_gap, ratio);
        let context = Context {
            tree,
            nodes: &nodes,
            index: &index,
            sizes: &sizes,
            frame,
        };
        return Ok(compact::lay_out(&context, placed, &pinned));
    }
    let boxes = Boxes {
        rank: &structure.ranks,
        across: &across,
        breadth: &breadth,
        depth: &depth,
        pinned: &pinned,
    };
    let (centres, row_centres, shift) = frame::place(
        &boxes,
        structure.roots.first().copied(),
        rank_gap,
        SIBLING_GAP,
    );
    let positions: Vec<Position> = centres.iter().map(|&(u, v)| frame.position(u, v)).collect();
    // Waypoints of long edges, as (v, u) on the rows they cross, shifted with the
    // boxes; none move with pins.
    let mut hints: HashMap<(usize, usize), Vec<(f64, f64)>> = HashMap::new();
    for (parent, child, us) in waypoints {
        let first = structure.ranks[parent] + 1;
        let list = us
            .iter()
            .enumerate()
            .filter_map(|(k, &u)| Some((*row_centres.get(first + k)?, u + shift)));
        hints.insert((parent, child), list.collect());
    }
    let rects: Vec<Option<Rect>> = (0..nodes.len())
        .map(|n| Some(frame.rect(positions[n], sizes[n].0, sizes[n].1)))
        .collect();
    let routes = routes(tree, &index, &rects, frame, &hints, &|_, _| None);
    Ok(Layout {
        positions: nodes
            .iter()
            .zip(positions)
            .map(|(n, p)| (n.id.clone(), p))
            .collect(),
        routes,
        engine,
    })
}

/// What turning node places into a [`Layout`] needs of the tree.
struct Context<'a> {
    tree: &'a Tree,
    nodes: &'a [&'a Node],
    index: &'a HashMap<&'a str, usize>,
    sizes: &'a [(f64, f64)],
    frame: Frame,
}

/// Each node's place in `nodes`, by id.
fn index_by_id<'a>(nodes: &[&'a Node]) -> HashMap<&'a str, usize> {
    nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (n.id.as_str(), i))
        .collect()
}

/// Routes for the links of `tree` between the boxes at `positions` (centres), as
/// [`layout()`] draws them; links whose ends have no position get no route.
pub fn route_links(
    tree: &Tree,
    faces: &BTreeMap<NodeId, NodeFace>,
    positions: &BTreeMap<NodeId, Position>,
    direction: LayoutDirection,
) -> Vec<Route> {
    let nodes = distinct_nodes(tree);
    let index = index_by_id(&nodes);
    let frame = Frame { direction };
    let sizes = card_sizes_lenient(&nodes, faces);
    let rects: Vec<Option<Rect>> = nodes
        .iter()
        .zip(&sizes)
        .map(|(node, &(w, h))| {
            let p = positions.get(&node.id)?;
            let fine = [p.x, p.y, w, h].iter().all(|x| x.is_finite()) && w >= 0.0 && h >= 0.0;
            fine.then(|| frame.rect(*p, w, h))
        })
        .collect();
    routes(tree, &index, &rects, frame, &HashMap::new(), &|_, _| None)
}

fn routes(
    tree: &Tree,
    index: &HashMap<&str, usize>,
    rects: &[Option<Rect>],
    frame: Frame,
    hints: &HashMap<(usize, usize), Vec<(f64, f64)>>,
    own: &dyn Fn(usize, usize) -> Option<Vec<route::Point>>,
) -> Vec<Route> {
    let router = Router::new(rects);
    let mut routes = Vec::new();
    for link in &tree.links {
        let (Some(&from), Some(&to)) = (index.get(link.from.as_str()), index.get(link.to.as_str()))
        else {
            continue;
        };
        if from == to {
            continue;
        }
        let points = match link.kind {
            LinkKind::Drives => {
                let hint = hints.get(&(to, from)).map_or(&[][..], Vec::as_slice);
                own(to, from)
                    .or_else(|| router.drives(to, from, hint))
                    .map(|mut p| {
                        p.reverse();
                        p
                    })
            }
            LinkKind::Impacts | LinkKind::Guards => router.cross(from, to),
        };
        if let Some(points) = points {
            routes.push(Route {
                key: link.key(),
                points: points
                    .into_iter()
                    .map(|(u, v)| frame.position(u, v))
                    .collect(),
            });
        }
    }
    routes
}

/// The nodes with distinct ids, first occurrence first.
fn distinct_nodes(tree: &Tree) -> Vec<&Node> {
    let mut seen = std::collections::HashSet::new();
    tree.nodes.iter().filter(|n| seen.insert(&n.id)).collect()
}

fn pinned_at(node: &Node) -> Option<Position> {
    let p = node.position.filter(|_| node.pinned)?;
    (p.x.is_finite() && p.y.is_finite()).then_some(p)
}

fn card_sizes(
    nodes: &[&Node],
    faces: &BTreeMap<NodeId, NodeFace>,
) -> Result<Vec<(f64, f64)>, LayoutError> {
    let sizes = card_sizes_lenient(nodes, faces);
    for (node, &(width, height)) in nodes.iter().zip(&sizes) {
        let fine = |x: f64| x.is_finite() && x >= 0.0;
        if !fine(width) || !fine(height) {
            return Err(LayoutError::BadFace {
                node: node.id.clone(),
                width,
                height,
            });
        }
    }
    Ok(sizes)
}

fn card_sizes_lenient(nodes: &[&Node], faces: &BTreeMap<NodeId, NodeFace>) -> Vec<(f64, f64)> {
    let metrics = face_metrics();
    nodes
        .iter()
        .map(|node| match faces.get(&node.id) {
            Some(face) => (face.width, face.height),
            None => {
                let face = measure_face(node, &metrics);
                (face.width, face.height)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
