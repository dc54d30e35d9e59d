//! Measures of a layout's quality, used by the tests and the benchmarks: boxes
//! that overlap, routes that pass through a box, crossings between `drives`
//! routes and crossings involving `impacts` routes (counted on the curves,
//! sampled), the length of the `impacts` routes and the `impacts` links whose
//! target sits past their source (arrows pointing down).

use std::collections::{BTreeMap, HashMap, HashSet};

use super::{LayoutDirection, NodeFace, Route};
use crate::model::{LinkKey, LinkKind, NodeId, Position, Tree};

type Point = (f64, f64);
/// Spatial hash: the items touching each square cell.
type Cells<T> = HashMap<(i64, i64), Vec<T>>;

/// The route's curve as a polyline: straight segments as they are, curved ones
/// cut into `pieces`.
pub fn sample_route(route: &Route, pieces: usize) -> Vec<Position> {
    let p = &route.points;
    let mut out: Vec<Position> = p.first().copied().into_iter().collect();
    for k in (0..p.len().saturating_sub(1) / 3).map(|k| 3 * k) {
        let (a, c1, c2, b) = (p[k], p[k + 1], p[k + 2], p[k + 3]);
        let on_line = |c: Position| {
            ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)).abs()
                < 1e-6 * (1.0 + (b.x - a.x).abs() + (b.y - a.y).abs())
        };
        if on_line(c1) && on_line(c2) {
            out.push(b);
            continue;
        }
        for i in 1..=pieces.max(1) {
            let t = i as f64 / pieces.max(1) as f64;
            let s = 1.0 - t;
            let w = [s * s * s, 3.0 * s * s * t, 3.0 * s * t * t, t * t * t];
            out.push(Position {
                x: w[0] * a.x + w[1] * c1.x + w[2] * c2.x + w[3] * b.x,
                y: w[0] * a.y + w[1] * c1.y + w[2] * c2.y + w[3] * b.y,
            });
        }
    }
    out
}

/// Pairs of boxes that overlap (touching is fine), by id.
pub fn overlapping_boxes(
    faces: &BTreeMap<NodeId, NodeFace>,
    positions: &BTreeMap<NodeId, Position>,
) -> Vec<(NodeId, NodeId)> {
    let mut boxes: Vec<(&NodeId, [f64; 4])> = positions
        .iter()
        .filter_map(|(id, p)| Some((id, rect(*p, faces.get(id)?))))
        .collect();
    boxes.sort_by(|a, b| a.1[0].total_cmp(&b.1[0]));
    let mut pairs = Vec::new();
    for (i, (id, a)) in boxes.iter().enumerate() {
        for (other, b) in boxes[i + 1..].iter().take_while(|(_, b)| b[0] < a[2]) {
            if a[1] < b[3] && b[1] < a[3] {
                pairs.push(((*id).clone(), (*other).clone()));
            }
        }
    }
    pairs
}

/// Routes that pass through the inside of a box (its own ends included: a route
/// may only touch their sides), with the box.
pub fn routes_through_boxes(
    faces: &BTreeMap<NodeId, NodeFace>,
    positions: &BTreeMap<NodeId, Position>,
    routes: &[Route],
) -> Vec<(LinkKey, NodeId)> {
    const CELL: f64 = 256.0;
    const INSET: f64 = 0.5;
    let mut cells: Cells<(&NodeId, [f64; 4])> = HashMap::new();
    for (id, p) in positions {
        let Some(face) = faces.get(id) else { continue };
        let r = rect(*p, face);
        let r = [r[0] + INSET, r[1] + INSET, r[2] - INSET, r[3] - INSET];
        for cell in cells_of(r, CELL) {
            cells.entry(cell).or_default().push((id, r));
        }
    }
    let mut hits = BTreeMap::new();
    for route in routes {
        let line = sample_route(route, 16);
        for w in line.windows(2) {
            let (a, b) = ((w[0].x, w[0].y), (w[1].x, w[1].y));
            let bounds = [a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1)];
            for cell in cells_of(bounds, CELL) {
                for (id, r) in cells.get(&cell).into_iter().flatten() {
                    if segment_enters(a, b, *r) {
                        hits.insert((route.key.clone(), (*id).clone()), ());
                    }
                }
            }
        }
    }
    hits.into_keys().collect()
}

/// Crossings between the `drives` routes of `tree`: pairs of routes of links with
/// no node in common whose curves cross.
pub fn drives_crossings(routes: &[Route]) -> usize {
    let lines: Vec<(String, String, Vec<Point>)> = routes
        .iter()
        .filter(|r| r.key.kind == LinkKind::Drives)
        .map(|r| {
            let line = sample_route(r, 16).iter().map(|p| (p.x, p.y)).collect();
            (r.key.from.to_string(), r.key.to.to_string(), line)
        })
        .collect();
    polyline_crossings(&lines)
}

/// Crossings that involve an `impacts` route: pairs of routes, at least one of
/// them an `impacts` link and the other an `impacts` or a `drives` link, with no
/// node in common, whose curves cross.
pub fn impacts_crossings(routes: &[Route]) -> usize {
    let lines = |kinds: &[LinkKind]| -> Vec<(String, String, Vec<Point>)> {
        routes
            .iter()
            .filter(|r| kinds.contains(&r.key.kind))
            .map(|r| {
                let line = sample_route(r, 16).iter().map(|p| (p.x, p.y)).collect();
                (r.key.from.to_string(), r.key.to.to_string(), line)
            })
            .collect()
    };
    let all = polyline_crossings(&lines(&[LinkKind::Drives, LinkKind::Impacts]));
    all - polyline_crossings(&lines(&[LinkKind::Drives]))
}

/// The total length of the `impacts` routes, in canvas units (curves sampled).
pub fn impacts_length(routes: &[Route]) -> f64 {
    routes
        .iter()
        .filter(|r| r.key.kind == LinkKind::Impacts)
        .map(|r| {
            sample_route(r, 16)
                .windows(2)
                .map(|w| (w[1].x - w[0].x).hypot(w[1].y - w[0].y))
                .sum::<f64>()
        })
        .sum()
}

/// The `impacts` links of `tree` whose target starts past their source along the
/// ranks (its top below the source's top, top-down; its left edge right of the
/// source's, left-right): their arrows point down (or back). Rows align their
/// boxes on their start, so a target on its source's row does not count.
pub fn downward_impacts(
    tree: &Tree,
    faces: &BTreeMap<NodeId, NodeFace>,
    positions: &BTreeMap<NodeId, Position>,
    direction: LayoutDirection,
) -> Vec<LinkKey> {
    let start = |id: &NodeId| -> Option<f64> {
        let (p, face) = (positions.get(id)?, faces.get(id)?);
        Some(match direction {
            LayoutDirection::TopDown => p.y - face.height / 2.0,
            LayoutDirection::LeftRight => p.x - face.width / 2.0,
        })
    };
    tree.links
        .iter()
        .filter(|l| l.kind == LinkKind::Impacts)
        .filter(|l| match (start(&l.from), start(&l.to)) {
            (Some(from), Some(to)) => to > from + 1e-6,
            _ => false,
        })
        .map(|l| l.key())
        .collect()
}

/// Pairs of polylines (each named by its two end nodes) with no end in common
/// that cross; also used to count the crossings of Graphviz's splines.
pub fn polyline_crossings<N: Eq + std::hash::Hash>(lines: &[(N, N, Vec<Point>)]) -> usize {
    const CELL: f64 = 128.0;
    let mut cells: Cells<(usize, Point, Point)> = HashMap::new();
    for (i, (_, _, line)) in lines.iter().enumerate() {
        for w in line.windows(2) {
            let (a, b) = (w[0], w[1]);
            for cell in cells_of(
                [a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1)],
                CELL,
            ) {
                cells.entry(cell).or_default().push((i, a, b));
            }
        }
    }
    let mut crossing: HashSet<(usize, usize)> = HashSet::new();
    for segments in cells.values() {
        for (k, &(i, a, b)) in segments.iter().enumerate() {
            for &(j, c, d) in &segments[k + 1..] {
                let (x, y) = (i.min(j), i.max(j));
                if i == j || crossing.contains(&(x, y)) {
                    continue;
                }
                let (li, lj) = (&lines[i], &lines[j]);
                let adjacent = li.0 == lj.0 || li.0 == lj.1 || li.1 == lj.0 || li.1 == lj.1;
                if !adjacent && segments_cross(a, b, c, d) {
                    crossing.insert((x, y));
                }
            }
        }
    }
    crossing.len()
}

fn rect(p: Position, face: &NodeFace) -> [f64; 4] {
    [
        p.x - face.width / 2.0,
        p.y - face.height / 2.0,
        p.x + face.width / 2.0,
        p.y + face.height / 2.0,
    ]
}

fn cells_of(r: [f64; 4], size: f64) -> impl Iterator<Item = (i64, i64)> {
    let cell = |x: f64| (x / size).floor().clamp(-1e9, 1e9) as i64;
    let (x0, y0, x1, y1) = (cell(r[0]), cell(r[1]), cell(r[2]), cell(r[3]));
    (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
}

/// Whether the segment a–b enters the open rectangle r (Liang–Barsky clipping).
fn segment_enters(a: Point, b: Point, r: [f64; 4]) -> bool {
    if r[0] >= r[2] || r[1] >= r[3] {
        return false;
    }
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [
        (-dx, a.0 - r[0]),
        (dx, r[2] - a.0),
        (-dy, a.1 - r[1]),
        (dy, r[3] - a.1),
    ] {
        if p == 0.0 {
            if q <= 0.0 {
                return false;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    t1 - t0 > 1e-9
}

/// Whether the segments a–b and c–d properly cross (touching does not count).
fn segments_cross(a: Point, b: Point, c: Point, d: Point) -> bool {
    let orient =
        |p: Point, q: Point, r: Point| (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0);
    let (d1, d2) = (orient(c, d, a), orient(c, d, b));
    let (d3, d4) = (orient(a, b, c), orient(a, b, d));
    d1 * d2 < 0.0 && d3 * d4 < 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments() {
        assert!(segments_cross(
            (0.0, 0.0),
            (2.0, 2.0),
            (0.0, 2.0),
            (2.0, 0.0)
        ));
        assert!(!segments_cross(
            (0.0, 0.0),
            (1.0, 1.0),
            (1.0, 1.0),
            (2.0, 0.0)
        ));
        assert!(segment_enters(
            (5.0, -5.0),
            (5.0, 5.0),
            [0.0, 0.0, 10.0, 10.0]
        ));
        assert!(!segment_enters(
            (0.0, -5.0),
            (0.0, 5.0),
            [0.0, 0.0, 10.0, 10.0]
        ));
        assert!(!segment_enters(
            (5.0, -5.0),
            (5.0, 0.0),
            [0.0, 0.0, 10.0, 10.0]
        ));
    }

    #[test]
    fn crossing_pairs_not_sharing_an_end() {
        let lines = vec![
            ("a", "b", vec![(0.0, 0.0), (2.0, 2.0)]),
            ("c", "d", vec![(0.0, 2.0), (2.0, 0.0)]),
            ("a", "e", vec![(0.0, 1.0), (2.0, 1.0)]),
        ];
        // a–b × c–d and c–d × a–e cross; a–b and a–e share a.
        assert_eq!(polyline_crossings(&lines), 2);
    }
}
