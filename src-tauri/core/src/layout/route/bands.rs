//! Bands: the boxes grouped into strips across the rank axis by overlapping extent
//! along it. Between two bands lies a strip that no box enters; inside a band, a
//! line along the rank axis at a `u` outside every member's span crosses no box.

/// An axis-aligned box in the layout frame: `u` runs across the ranks (x in
/// top-down), `v` along them (y in top-down).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Rect {
    pub u0: f64,
    pub u1: f64,
    pub v0: f64,
    pub v1: f64,
}

impl Rect {
    pub fn centre_u(&self) -> f64 {
        (self.u0 + self.u1) / 2.0
    }
}

pub(crate) struct Band {
    pub v0: f64,
    pub v1: f64,
    /// Member boxes sorted by `u0`, with the running maximum of `u1`.
    members: Vec<(usize, Rect)>,
    max_u1: Vec<f64>,
    /// The union of the members' spans across, sorted and merged.
    covered: Vec<(f64, f64)>,
}

pub(crate) struct Bands {
    pub bands: Vec<Band>,
    /// The band of each box (by box index), if it has a box.
    pub band_of: Vec<Option<usize>>,
}

/// Boxes closer than this along the rank axis share a band.
const MERGE: f64 = 2.0;

impl Bands {
    pub fn new(boxes: &[Option<Rect>]) -> Bands {
        let mut order: Vec<usize> = (0..boxes.len()).filter(|&i| boxes[i].is_some()).collect();
        let rect = |i: usize| {
            boxes[i].unwrap_or(Rect {
                u0: 0.0,
                u1: 0.0,
                v0: 0.0,
                v1: 0.0,
            })
        };
        order.sort_by(|&a, &b| rect(a).v0.total_cmp(&rect(b).v0).then(a.cmp(&b)));
        let mut bands: Vec<Band> = Vec::new();
        let mut band_of = vec![None; boxes.len()];
        let mut current: Vec<(usize, Rect)> = Vec::new();
        let mut extent = (0.0, 0.0);
        for i in order {
            let r = rect(i);
            if !current.is_empty() && r.v0 > extent.1 + MERGE {
                bands.push(Band::new(std::mem::take(&mut current), extent));
            }
            if current.is_empty() {
                extent = (r.v0, r.v1);
            }
            extent.1 = f64::max(extent.1, r.v1);
            current.push((i, r));
        }
        if !current.is_empty() {
            bands.push(Band::new(current, extent));
        }
        for (b, band) in bands.iter().enumerate() {
            for &(i, _) in &band.members {
                band_of[i] = Some(b);
            }
        }
        Bands { bands, band_of }
    }
}

impl Bands {
    /// Whether a box other than `except` overlaps the open rectangle `area`.
    pub fn any_in(&self, area: Rect, except: [usize; 2]) -> bool {
        let first = self.bands.partition_point(|b| b.v1 <= area.v0);
        self.bands[first..]
            .iter()
            .take_while(|b| b.v0 < area.v1)
            .any(|band| {
                let end = band.members.partition_point(|(_, r)| r.u0 < area.u1);
                (0..end)
                    .rev()
                    .take_while(|&j| band.max_u1[j] > area.u0)
                    .any(|j| {
                        let (i, r) = band.members[j];
                        !except.contains(&i) && r.u1 > area.u0 && r.v0 < area.v1 && r.v1 > area.v0
                    })
            })
    }
}

impl Band {
    fn new(mut members: Vec<(usize, Rect)>, (v0, v1): (f64, f64)) -> Band {
        members.sort_by(|a, b| a.1.u0.total_cmp(&b.1.u0).then(a.0.cmp(&b.0)));
        let mut max_u1 = Vec::with_capacity(members.len());
        let mut covered: Vec<(f64, f64)> = Vec::new();
        let mut running = f64::NEG_INFINITY;
        for &(_, r) in &members {
            running = running.max(r.u1);
            max_u1.push(running);
            match covered.last_mut() {
                Some(last) if r.u0 <= last.1 => last.1 = last.1.max(r.u1),
                _ => covered.push((r.u0, r.u1)),
            }
        }
        Band {
            v0,
            v1,
            members,
            max_u1,
            covered,
        }
    }

    /// Whether the segment at `u` from `va` to `vb` passes through a member other
    /// than `except`.
    pub fn blocks(&self, u: f64, va: f64, vb: f64, except: usize) -> bool {
        let (lo, hi) = (va.min(vb), va.max(vb));
        let end = self.members.partition_point(|(_, r)| r.u0 < u);
        (0..end).rev().take_while(|&j| self.max_u1[j] > u).any(|j| {
            let (i, r) = self.members[j];
            i != except && r.u1 > u && r.v0 < hi && r.v1 > lo
        })
    }

    /// A `u` near `target` where a line crosses the band without touching a box,
    /// at least `clearance` from every box when the gap allows.
    pub fn free_u(&self, target: f64, clearance: f64) -> f64 {
        let at = self.covered.partition_point(|&(u0, _)| u0 <= target);
        let gap = |k: usize| -> (f64, f64) {
            let lo = if k == 0 {
                f64::NEG_INFINITY
            } else {
                self.covered[k - 1].1
            };
            let hi = self.covered.get(k).map_or(f64::INFINITY, |c| c.0);
            (lo, hi)
        };
        if at == 0 || self.covered[at - 1].1 <= target {
            return point_in_gap(gap(at), target, clearance);
        }
        // Inside the covered span at - 1: the nearer of the gaps on its sides.
        let left = point_in_gap(gap(at - 1), target, clearance);
        let right = point_in_gap(gap(at), target, clearance);
        if target - left <= right - target {
            left
        } else {
            right
        }
    }
}

fn point_in_gap((lo, hi): (f64, f64), target: f64, clearance: f64) -> f64 {
    if hi - lo >= 2.0 * clearance {
        target.clamp(lo + clearance, hi - clearance)
    } else {
        (lo + hi) / 2.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(u0: f64, u1: f64, v0: f64, v1: f64) -> Option<Rect> {
        Some(Rect { u0, u1, v0, v1 })
    }

    #[test]
    fn boxes_overlapping_along_share_a_band() {
        let boxes = [
            rect(0.0, 10.0, 0.0, 10.0),
            rect(20.0, 30.0, 5.0, 20.0),
            None,
            rect(0.0, 10.0, 50.0, 60.0),
        ];
        let bands = Bands::new(&boxes);
        assert_eq!(bands.bands.len(), 2);
        assert_eq!(bands.band_of, vec![Some(0), Some(0), None, Some(1)]);
        assert_eq!((bands.bands[0].v0, bands.bands[0].v1), (0.0, 20.0));
    }

    #[test]
    fn free_places_and_blocking() {
        let boxes = [rect(0.0, 10.0, 0.0, 10.0), rect(30.0, 40.0, 0.0, 10.0)];
        let bands = Bands::new(&boxes);
        let band = &bands.bands[0];
        assert_eq!(band.free_u(5.0, 4.0), -4.0);
        assert_eq!(band.free_u(8.0, 4.0), 14.0);
        assert_eq!(band.free_u(20.0, 4.0), 20.0);
        assert_eq!(band.free_u(100.0, 4.0), 100.0);
        assert_eq!(band.free_u(12.0, 15.0), 20.0);
        assert!(band.blocks(5.0, -5.0, 5.0, 1));
        assert!(!band.blocks(5.0, -5.0, 5.0, 0));
        assert!(!band.blocks(20.0, 0.0, 10.0, 9));
        let area = |u0, u1, v0, v1| Rect { u0, u1, v0, v1 };
        assert!(bands.any_in(area(5.0, 20.0, -5.0, 5.0), [9, 9]));
        assert!(!bands.any_in(area(5.0, 20.0, -5.0, 5.0), [0, 9]));
        assert!(!bands.any_in(area(12.0, 28.0, -5.0, 50.0), [9, 9]));
        assert!(!bands.any_in(area(0.0, 10.0, 11.0, 50.0), [9, 9]));
    }
}
