//! Routing links between laid-out (or dragged) boxes, in the layout frame.
//!
//! A `drives` route leaves the parent's bottom side and enters the child's top
//! (their right and left sides in left-right layouts). The boxes are grouped into
//! [`bands`]; where the child lies in a later band than its parent, the route goes
//! straight along the rank axis inside each band, at a place no box covers (near
//! the layered engine's waypoint, if any), and turns only in the empty strips
//! between bands, with S-shaped cubic curves whose tangents follow the rank axis:
//! it can touch no box. Two such routes between the same pair of strips cross
//! only if their ends are in opposite orders, so a tidy tree, whose rows keep the
//! order of their parents, gets no crossing at all. Cross-links (`impacts`,
//! `guards`) are routed the same way between the sides that face each other, or
//! below the band when both ends share one. Where bands do not separate a parent
//! from its lower child (a box dragged across two rows), one S-curve is drawn if
//! no box enters the rectangle it stays in. Anything else (a child dragged beside
//! or above its parent, a box in the way) falls back to the orthogonal router of
//! [`grid`].
//!
//! A route is a cubic Bézier spline: `p0, c1, c2, p1, c1, c2, p2, …`.

mod bands;
mod grid;

pub(crate) use bands::Rect;
use bands::{Band, Bands};
use grid::Port;

/// Clearance kept from boxes when choosing where a route crosses a band.
const CLEARANCE: f64 = 8.0;
/// How far below a band a cross-link between two of its boxes dips, at most.
const DIP: f64 = 40.0;
const EPSILON: f64 = 1e-6;

pub(crate) type Point = (f64, f64);

pub(crate) struct Router<'a> {
    boxes: &'a [Option<Rect>],
    placed: Vec<Rect>,
    bands: Bands,
}

impl<'a> Router<'a> {
    pub fn new(boxes: &'a [Option<Rect>]) -> Router<'a> {
        Router {
            boxes,
            placed: boxes.iter().flatten().copied().collect(),
            bands: Bands::new(boxes),
        }
    }

    /// The route of a `drives` link from `parent` down to `child`, as control
    /// points from the parent's port to the child's; `hints` are (v, u) places
    /// the route should cross bands near. `None` if a box is missing.
    pub fn drives(&self, parent: usize, child: usize, hints: &[(f64, f64)]) -> Option<Vec<Point>> {
        let (p, c) = (self.rect(parent)?, self.rect(child)?);
        let (bp, bc) = (self.bands.band_of[parent]?, self.bands.band_of[child]?);
        let down = bc > bp;
        let corners = if down {
            self.through_bands(parent, child, true, hints)
        } else {
            None
        };
        let corners = corners.or_else(|| self.direct(parent, child));
        Some(match corners {
            Some(corners) => smooth(&corners),
            None => straight(&grid::orthogonal(
                &self.placed,
                Port {
                    u: p.centre_u(),
                    v: p.v1,
                    out: 1.0,
                },
                Port {
                    u: c.centre_u(),
                    v: c.v0,
                    out: -1.0,
                },
            )),
        })
    }

    /// The route of a cross-link from `from` to `to`, between the sides that face
    /// each other.
    pub fn cross(&self, from: usize, to: usize) -> Option<Vec<Point>> {
        let (a, b) = (self.rect(from)?, self.rect(to)?);
        let (ba, bb) = (self.bands.band_of[from]?, self.bands.band_of[to]?);
        if ba != bb {
            let down = bb > ba;
            if let Some(corners) = self.through_bands(from, to, down, &[]) {
                return Some(smooth(&corners));
            }
            let (pa, pb) = if down { (a.v1, b.v0) } else { (a.v0, b.v1) };
            let out = if down { 1.0 } else { -1.0 };
            return Some(straight(&grid::orthogonal(
                &self.placed,
                Port {
                    u: a.centre_u(),
                    v: pa,
                    out,
                },
                Port {
                    u: b.centre_u(),
                    v: pb,
                    out: -out,
                },
            )));
        }
        if let Some(points) = self.dip(from, to, ba) {
            return Some(points);
        }
        Some(straight(&grid::orthogonal(
            &self.placed,
            Port {
                u: a.centre_u(),
                v: a.v1,
                out: 1.0,
            },
            Port {
                u: b.centre_u(),
                v: b.v1,
                out: 1.0,
            },
        )))
    }

    /// One S-curve from the parent's bottom to the child's top, if the child lies
    /// lower and no other box enters the rectangle the curve stays in (used when
    /// the bands do not separate them, e.g. a box dragged between two rows).
    fn direct(&self, parent: usize, child: usize) -> Option<Vec<Point>> {
        let (p, c) = (self.rect(parent)?, self.rect(child)?);
        let (pu, cu) = (p.centre_u(), c.centre_u());
        let area = Rect {
            u0: pu.min(cu) - CLEARANCE,
            u1: pu.max(cu) + CLEARANCE,
            v0: p.v1,
            v1: c.v0,
        };
        let clear = c.v0 > p.v1 + 2.0 * CLEARANCE && !self.bands.any_in(area, [parent, child]);
        clear.then(|| vec![(pu, p.v1), (cu, c.v0)])
    }

    fn rect(&self, index: usize) -> Option<Rect> {
        self.boxes.get(index).copied().flatten()
    }

    /// Corner points from `from`'s facing side to `to`'s, crossing every band in
    /// between along the rank axis; `None` if a box blocks the way out of or into
    /// a band.
    fn through_bands(
        &self,
        from: usize,
        to: usize,
        down: bool,
        hints: &[(f64, f64)],
    ) -> Option<Vec<Point>> {
        let (a, b) = (self.rect(from)?, self.rect(to)?);
        let (ba, bb) = (self.bands.band_of[from]?, self.bands.band_of[to]?);
        let bands = &self.bands.bands;
        let (au, bu) = (a.centre_u(), b.centre_u());
        // The side a route leaves by and the band side it meets, per direction.
        let exit = |r: &Rect| if down { r.v1 } else { r.v0 };
        let entry = |r: &Rect| if down { r.v0 } else { r.v1 };
        let band_exit = |band: &Band| if down { band.v1 } else { band.v0 };
        let band_entry = |band: &Band| if down { band.v0 } else { band.v1 };

        let start = (au, exit(&a));
        let end = (bu, entry(&b));
        let mut points = vec![start];
        let out = band_exit(&bands[ba]);
        if (out - start.1).abs() > EPSILON {
            if bands[ba].blocks(au, start.1, out, from) {
                return None;
            }
            points.push((au, out));
        }
        let middle: Vec<usize> = if down {
            (ba + 1..bb).collect()
        } else {
            (bb + 1..ba).rev().collect()
        };
        for k in middle {
            let band = &bands[k];
            let target = hints
                .iter()
                .find(|&&(v, _)| v >= band.v0 && v <= band.v1)
                .map(|&(_, u)| u)
                .unwrap_or_else(|| {
                    let span = end.1 - start.1;
                    let t = if span.abs() > EPSILON {
                        (band_entry(band) - start.1) / span
                    } else {
                        0.5
                    };
                    au + (bu - au) * t
                });
            let u = band.free_u(target, CLEARANCE);
            points.push((u, band_entry(band)));
            points.push((u, band_exit(band)));
        }
        let into = band_entry(&bands[bb]);
        if (end.1 - into).abs() > EPSILON {
            if bands[bb].blocks(bu, into, end.1, to) {
                return None;
            }
            points.push((bu, into));
        }
        points.push(end);
        Some(points)
    }

    /// A cross-link between two boxes of one band: out of the bottom of one, along
    /// the strip below the band, into the bottom of the other.
    fn dip(&self, from: usize, to: usize, band_index: usize) -> Option<Vec<Point>> {
        let (a, b) = (self.rect(from)?, self.rect(to)?);
        let band = &self.bands.bands[band_index];
        let below = self
            .bands
            .bands
            .get(band_index + 1)
            .map_or(2.0 * DIP, |next| next.v0 - band.v1);
        let depth = (below * 0.6).min(DIP);
        let (au, bu) = (a.centre_u(), b.centre_u());
        if band.blocks(au, a.v1, band.v1, from) || band.blocks(bu, b.v1, band.v1, to) {
            return None;
        }
        let mut points = straight(&[(au, a.v1), (au, band.v1)]);
        points.extend([(au, band.v1 + depth), (bu, band.v1 + depth), (bu, band.v1)]);
        points.extend(straight(&[(bu, band.v1), (bu, b.v1)]).into_iter().skip(1));
        Some(dedup_degenerate(points))
    }
}

/// Straight runs become straight cubic segments; a change of `u` between two
/// points (only ever across an empty strip) becomes an S-curve whose tangents
/// follow the rank axis and which stays between the two points' `v`.
pub(crate) fn smooth(corners: &[Point]) -> Vec<Point> {
    let mut points = vec![corners[0]];
    for pair in corners.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if (a.0 - b.0).abs() <= EPSILON {
            points.extend(straight_segment(a, b));
        } else {
            let mid = (a.1 + b.1) / 2.0;
            points.extend([(a.0, mid), (b.0, mid), b]);
        }
    }
    points
}

/// A polyline as straight cubic segments.
fn straight(corners: &[Point]) -> Vec<Point> {
    let mut points = vec![corners[0]];
    for pair in corners.windows(2) {
        points.extend(straight_segment(pair[0], pair[1]));
    }
    points
}

pub(crate) fn straight_segment(a: Point, b: Point) -> [Point; 3] {
    let at = |t: f64| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
    [at(1.0 / 3.0), at(2.0 / 3.0), b]
}

/// Drops cubic segments of zero length.
fn dedup_degenerate(points: Vec<Point>) -> Vec<Point> {
    let mut out = vec![points[0]];
    for segment in points[1..].chunks(3) {
        if segment.len() == 3 && segment.iter().all(|p| *p == out[out.len() - 1]) {
            continue;
        }
        out.extend_from_slice(segment);
    }
    out
}
