//! The fallback router: a shortest orthogonal path with few bends between two
//! ports, around every box, on the sparse grid of lines through the boxes' sides
//! (the orthogonal visibility graph of Wybrow, Marriott and Stuckey, "Orthogonal
//! Connector Routing", Graph Drawing 2009), searched with A*. Used only where the
//! band router cannot go (a child dragged beside or above its parent, a pinned box
//! in the way); the search looks near the two ends first and widens only if it
//! must.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use super::bands::Rect;

/// A port: a point on a box side and the direction (+1 or -1 along the rank
/// axis) in which a route leaves it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Port {
    pub u: f64,
    pub v: f64,
    pub out: f64,
}

/// Clearance kept from boxes, and the length of the straight stub at each port.
const CLEARANCE: f64 = 6.0;
const STUB: f64 = 12.0;
const BEND: f64 = 30.0;
/// Beyond this many boxes near the ends, give up and draw the direct line.
const MAX_OBSTACLES: usize = 600;

/// Corner points from `start` to `end`, both included.
pub(crate) fn orthogonal(boxes: &[Rect], start: Port, end: Port) -> Vec<(f64, f64)> {
    let s = (start.u, start.v + start.out * STUB);
    let t = (end.u, end.v + end.out * STUB);
    let inflated: Vec<Rect> = boxes
        .iter()
        .map(|r| Rect {
            u0: r.u0 - CLEARANCE,
            u1: r.u1 + CLEARANCE,
            v0: r.v0 - CLEARANCE,
            v1: r.v1 + CLEARANCE,
        })
        .filter(|r| !strictly_inside(r, s) && !strictly_inside(r, t))
        .collect();
    for margin in [300.0, 1200.0, f64::INFINITY] {
        if let Some(path) = search(&inflated, s, t, margin) {
            let mut points = vec![(start.u, start.v)];
            points.extend(path);
            points.push((end.u, end.v));
            return simplify(points);
        }
    }
    simplify(vec![(start.u, start.v), s, (s.0, t.1), t, (end.u, end.v)])
}

fn strictly_inside(r: &Rect, (u, v): (f64, f64)) -> bool {
    r.u0 < u && u < r.u1 && r.v0 < v && v < r.v1
}

fn intersects(a: &Rect, b: &Rect) -> bool {
    a.u0 < b.u1 && b.u0 < a.u1 && a.v0 < b.v1 && b.v0 < a.v1
}

fn search(all: &[Rect], s: (f64, f64), t: (f64, f64), margin: f64) -> Option<Vec<(f64, f64)>> {
    let window = Rect {
        u0: s.0.min(t.0) - margin,
        u1: s.0.max(t.0) + margin,
        v0: s.1.min(t.1) - margin,
        v1: s.1.max(t.1) + margin,
    };
    let near: Vec<&Rect> = all.iter().filter(|r| intersects(r, &window)).collect();
    if near.len() > MAX_OBSTACLES {
        return None;
    }
    let mut frame = Rect {
        u0: s.0.min(t.0),
        u1: s.0.max(t.0),
        v0: s.1.min(t.1),
        v1: s.1.max(t.1),
    };
    for r in &near {
        frame = Rect {
            u0: frame.u0.min(r.u0),
            u1: frame.u1.max(r.u1),
            v0: frame.v0.min(r.v0),
            v1: frame.v1.max(r.v1),
        };
    }
    let frame = Rect {
        u0: frame.u0 - STUB,
        u1: frame.u1 + STUB,
        v0: frame.v0 - STUB,
        v1: frame.v1 + STUB,
    };
    let obstacles: Vec<&Rect> = all.iter().filter(|r| intersects(r, &frame)).collect();
    let mut us = vec![s.0, t.0, frame.u0, frame.u1];
    let mut vs = vec![s.1, t.1, frame.v0, frame.v1];
    for r in &obstacles {
        us.extend([r.u0, r.u1]);
        vs.extend([r.v0, r.v1]);
    }
    let grid = Grid::new(
        clip(us, frame.u0, frame.u1),
        clip(vs, frame.v0, frame.v1),
        &obstacles,
    );
    grid.shortest(s, t)
}

fn clip(mut values: Vec<f64>, lo: f64, hi: f64) -> Vec<f64> {
    values.retain(|&x| x >= lo && x <= hi);
    values.sort_by(f64::total_cmp);
    values.dedup();
    values
}

struct Grid {
    us: Vec<f64>,
    vs: Vec<f64>,
    /// Per point, and per segment to the next point along u and along v.
    node: Vec<bool>,
    along_u: Vec<bool>,
    along_v: Vec<bool>,
}

impl Grid {
    fn new(us: Vec<f64>, vs: Vec<f64>, obstacles: &[&Rect]) -> Grid {
        let size = us.len() * vs.len();
        let mut grid = Grid {
            node: vec![false; size],
            along_u: vec![false; size],
            along_v: vec![false; size],
            us,
            vs,
        };
        for r in obstacles {
            grid.block(r);
        }
        grid
    }

    fn at(&self, i: usize, j: usize) -> usize {
        j * self.us.len() + i
    }

    fn block(&mut self, r: &Rect) {
        let (iu0, iu1) = (
            self.us.partition_point(|&u| u <= r.u0),
            self.us.partition_point(|&u| u < r.u1),
        );
        let (jv0, jv1) = (
            self.vs.partition_point(|&v| v <= r.v0),
            self.vs.partition_point(|&v| v < r.v1),
        );
        // Points strictly inside: i in iu0..iu1, j in jv0..jv1.
        for j in jv0..jv1 {
            for i in iu0..iu1 {
                let k = self.at(i, j);
                self.node[k] = true;
            }
            // Segments along u whose middle is inside.
            for i in iu0.saturating_sub(1)..iu1.min(self.us.len().saturating_sub(1)) {
                let mid = (self.us[i] + self.us[i + 1]) / 2.0;
                if r.u0 < mid && mid < r.u1 {
                    let k = self.at(i, j);
                    self.along_u[k] = true;
                }
            }
        }
        for i in iu0..iu1 {
            for j in jv0.saturating_sub(1)..jv1.min(self.vs.len().saturating_sub(1)) {
                let mid = (self.vs[j] + self.vs[j + 1]) / 2.0;
                if r.v0 < mid && mid < r.v1 {
                    let k = self.at(i, j);
                    self.along_v[k] = true;
                }
            }
        }
    }

    /// A* over (point, axis of arrival); a change of axis costs a bend.
    fn shortest(&self, s: (f64, f64), t: (f64, f64)) -> Option<Vec<(f64, f64)>> {
        let find = |values: &[f64], x: f64| values.iter().position(|&y| y == x);
        let (si, sj) = (find(&self.us, s.0)?, find(&self.vs, s.1)?);
        let (ti, tj) = (find(&self.us, t.0)?, find(&self.vs, t.1)?);
        let states = self.node.len() * 2;
        let mut cost = vec![f64::INFINITY; states];
        let mut from = vec![usize::MAX; states];
        let mut heap = BinaryHeap::new();
        let start = self.at(si, sj) * 2 + 1; // leaving along v
        cost[start] = 0.0;
        heap.push(Entry(self.estimate(si, sj, ti, tj), start));
        while let Some(Entry(_, state)) = heap.pop() {
            let (k, axis) = (state / 2, state % 2);
            let (i, j) = (k % self.us.len(), k / self.us.len());
            if (i, j) == (ti, tj) {
                return Some(self.walk_back(&from, state));
            }
            for (ni, nj, next_axis, blocked) in self.moves(i, j) {
                let nk = self.at(ni, nj);
                if blocked || self.node[nk] {
                    continue;
                }
                let length = (self.us[ni] - self.us[i]).abs() + (self.vs[nj] - self.vs[j]).abs();
                let bend = if next_axis == axis { 0.0 } else { BEND };
                let next = nk * 2 + next_axis;
                let c = cost[state] + length + bend;
                if c < cost[next] {
                    cost[next] = c;
                    from[next] = state;
                    heap.push(Entry(c + self.estimate(ni, nj, ti, tj), next));
                }
            }
        }
        None
    }

    fn moves(&self, i: usize, j: usize) -> Vec<(usize, usize, usize, bool)> {
        let mut moves = Vec::with_capacity(4);
        if i > 0 {
            moves.push((i - 1, j, 0, self.along_u[self.at(i - 1, j)]));
        }
        if i + 1 < self.us.len() {
            moves.push((i + 1, j, 0, self.along_u[self.at(i, j)]));
        }
        if j > 0 {
            moves.push((i, j - 1, 1, self.along_v[self.at(i, j - 1)]));
        }
        if j + 1 < self.vs.len() {
            moves.push((i, j + 1, 1, self.along_v[self.at(i, j)]));
        }
        moves
    }

    fn estimate(&self, i: usize, j: usize, ti: usize, tj: usize) -> f64 {
        (self.us[i] - self.us[ti]).abs() + (self.vs[j] - self.vs[tj]).abs()
    }

    fn walk_back(&self, from: &[usize], mut state: usize) -> Vec<(f64, f64)> {
        let mut points = Vec::new();
        loop {
            let k = state / 2;
            points.push((self.us[k % self.us.len()], self.vs[k / self.us.len()]));
            match from.get(state) {
                Some(&previous) if previous != usize::MAX => state = previous,
                _ => break,
            }
        }
        points.reverse();
        points
    }
}

/// Drops repeated points and points in the middle of a straight run.
fn simplify(points: Vec<(f64, f64)>) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(points.len());
    for p in points {
        if out.last() == Some(&p) {
            continue;
        }
        if out.len() >= 2 {
            let (a, b) = (out[out.len() - 2], out[out.len() - 1]);
            let collinear = (a.0 == b.0 && b.0 == p.0) || (a.1 == b.1 && b.1 == p.1);
            if collinear {
                out.pop();
            }
        }
        out.push(p);
    }
    out
}

struct Entry(f64, usize);

impl PartialEq for Entry {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Entry {}
impl PartialOrd for Entry {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Entry {
    /// Lowest estimate first; ties by state, for a deterministic search.
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0).then(other.1.cmp(&self.1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(u0: f64, u1: f64, v0: f64, v1: f64) -> Rect {
        Rect { u0, u1, v0, v1 }
    }

    fn crosses(points: &[(f64, f64)], r: &Rect) -> bool {
        points.windows(2).any(|w| {
            let (a, b) = (w[0], w[1]);
            let (u0, u1) = (a.0.min(b.0), a.0.max(b.0));
            let (v0, v1) = (a.1.min(b.1), a.1.max(b.1));
            u0 < r.u1 && r.u0 < u1.max(u0 + 1e-9) && v0 < r.v1 && r.v0 < v1.max(v0 + 1e-9)
        })
    }

    #[test]
    fn goes_around_a_box_in_the_way() {
        let parent = rect(0.0, 100.0, 0.0, 50.0);
        let wall = rect(-100.0, 200.0, 80.0, 120.0);
        let child = rect(0.0, 100.0, 150.0, 200.0);
        let boxes = [parent, wall, child];
        let path = orthogonal(
            &boxes,
            Port {
                u: 50.0,
                v: 50.0,
                out: 1.0,
            },
            Port {
                u: 50.0,
                v: 150.0,
                out: -1.0,
            },
        );
        assert_eq!(path.first(), Some(&(50.0, 50.0)));
        assert_eq!(path.last(), Some(&(50.0, 150.0)));
        assert!(!crosses(&path, &wall), "{path:?}");
        assert!(path
            .windows(2)
            .all(|w| w[0].0 == w[1].0 || w[0].1 == w[1].1));
    }

    #[test]
    fn reaches_a_child_above_its_parent() {
        let parent = rect(0.0, 100.0, 200.0, 250.0);
        let child = rect(0.0, 100.0, 0.0, 50.0);
        let path = orthogonal(
            &[parent, child],
            Port {
                u: 50.0,
                v: 250.0,
                out: 1.0,
            },
            Port {
                u: 50.0,
                v: 0.0,
                out: -1.0,
            },
        );
        assert!(!crosses(
            &path[1..path.len() - 1],
            &rect(1.0, 99.0, 1.0, 249.0)
        ));
        assert_eq!(path.last(), Some(&(50.0, 0.0)));
    }
}
