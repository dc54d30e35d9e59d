//! From engine output (a rank and a place across the rows per node) to canvas
//! positions: rows stacked along the rank axis with their boxes aligned on the
//! row's start, the first root centred on the origin, pinned nodes at their own
//! positions with the other boxes of their rows moved aside, and the frame turned
//! to the layout direction.

use super::route::Rect;
use super::LayoutDirection;
use crate::model::Position;

/// The layout frame of one direction: `u` across the ranks, `v` along them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub direction: LayoutDirection,
}

impl Frame {
    pub fn to_uv(self, p: Position) -> (f64, f64) {
        match self.direction {
            LayoutDirection::TopDown => (p.x, p.y),
            LayoutDirection::LeftRight => (p.y, p.x),
        }
    }

    pub fn position(self, u: f64, v: f64) -> Position {
        match self.direction {
            LayoutDirection::TopDown => Position { x: u, y: v },
            LayoutDirection::LeftRight => Position { x: v, y: u },
        }
    }

    /// (breadth across, depth along) of a card of `width` × `height`.
    pub fn extent(self, width: f64, height: f64) -> (f64, f64) {
        match self.direction {
            LayoutDirection::TopDown => (width, height),
            LayoutDirection::LeftRight => (height, width),
        }
    }

    pub fn rect(self, centre: Position, width: f64, height: f64) -> Rect {
        let (u, v) = self.to_uv(centre);
        let (b, d) = self.extent(width, height);
        Rect {
            u0: u - b / 2.0,
            u1: u + b / 2.0,
            v0: v - d / 2.0,
            v1: v + d / 2.0,
        }
    }
}

/// What [`place`] needs per node.
pub(crate) struct Boxes<'a> {
    pub rank: &'a [usize],
    pub across: &'a [f64],
    pub breadth: &'a [f64],
    pub depth: &'a [f64],
    /// Pinned nodes: their centre in the frame.
    pub pinned: &'a [Option<(f64, f64)>],
}

/// Centres (u, v) of every node, the centre line v of every row, and the shift
/// across applied to the engine's places (to move anything else the engine placed,
/// such as the waypoints of long edges, along with the boxes).
pub(crate) fn place(
    boxes: &Boxes,
    anchor: Option<usize>,
    rank_gap: f64,
    gap: f64,
) -> (Vec<(f64, f64)>, Vec<f64>, f64) {
    let count = boxes.rank.len();
    let rows = boxes.rank.iter().max().map_or(0, |r| r + 1);
    let mut row_depth = vec![0.0f64; rows];
    for n in 0..count {
        row_depth[boxes.rank[n]] = row_depth[boxes.rank[n]].max(boxes.depth[n]);
    }
    let mut row_start = vec![0.0; rows];
    for r in 1..rows {
        row_start[r] = row_start[r - 1] + row_depth[r - 1] + rank_gap;
    }
    let mut centres: Vec<(f64, f64)> = (0..count)
        .map(|n| {
            (
                boxes.across[n],
                row_start[boxes.rank[n]] + boxes.depth[n] / 2.0,
            )
        })
        .collect();
    // The anchor (the first root) goes to the origin, or to its pinned place.
    let (du, dv) = match anchor {
        Some(a) => {
            let target = boxes.pinned[a].unwrap_or((0.0, 0.0));
            (target.0 - centres[a].0, target.1 - centres[a].1)
        }
        None => (0.0, 0.0),
    };
    for c in &mut centres {
        *c = (c.0 + du, c.1 + dv);
    }
    let row_centres: Vec<f64> = (0..rows)
        .map(|r| row_start[r] + dv + row_depth[r] / 2.0)
        .collect();
    let obstacles: Vec<Rect> = (0..count)
        .filter_map(|n| {
            let (u, v) = boxes.pinned[n]?;
            Some(Rect {
                u0: u - boxes.breadth[n] / 2.0 - gap,
                u1: u + boxes.breadth[n] / 2.0 + gap,
                v0: v - boxes.depth[n] / 2.0 - gap,
                v1: v + boxes.depth[n] / 2.0 + gap,
            })
        })
        .collect();
    if !obstacles.is_empty() {
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); rows];
        for n in (0..count).filter(|&n| boxes.pinned[n].is_none()) {
            members[boxes.rank[n]].push(n);
        }
        for (r, row) in members.iter_mut().enumerate() {
            let (v0, v1) = (row_start[r] + dv, row_start[r] + dv + row_depth[r]);
            let mut blocking: Vec<(f64, f64)> = obstacles
                .iter()
                .filter(|o| o.v0 < v1 && o.v1 > v0)
                .map(|o| (o.u0, o.u1))
                .collect();
            if blocking.is_empty() || row.is_empty() {
                continue;
            }
            blocking.sort_by(|a, b| a.0.total_cmp(&b.0));
            row.sort_by(|&a, &b| centres[a].0.total_cmp(&centres[b].0).then(a.cmp(&b)));
            let wanted: Vec<(f64, f64)> = row
                .iter()
                .map(|&n| (centres[n].0, boxes.breadth[n] / 2.0))
                .collect();
            for (&n, u) in row.iter().zip(move_aside(&wanted, &blocking, gap)) {
                centres[n].0 = u;
            }
        }
    }
    for (centre, pin) in centres.iter_mut().zip(boxes.pinned) {
        if let Some(pin) = pin {
            *centre = *pin;
        }
    }
    (centres, row_centres, du)
}

/// Places boxes (wanted centre, half breadth), in order, at least `gap` apart and
/// clear of the `blocking` spans: everything pushed one way or everything pushed
/// the other, whichever moves the boxes less.
fn move_aside(wanted: &[(f64, f64)], blocking: &[(f64, f64)], gap: f64) -> Vec<f64> {
    let right = push_right(wanted, blocking, gap);
    let mirrored: Vec<(f64, f64)> = wanted.iter().rev().map(|&(u, h)| (-u, h)).collect();
    let mut mirrored_blocking: Vec<(f64, f64)> = blocking.iter().map(|&(a, b)| (-b, -a)).collect();
    mirrored_blocking.sort_by(|a, b| a.0.total_cmp(&b.0));
    let left: Vec<f64> = push_right(&mirrored, &mirrored_blocking, gap)
        .into_iter()
        .rev()
        .map(|u| -u)
        .collect();
    let moved = |placed: &[f64]| -> f64 {
        placed
            .iter()
            .zip(wanted)
            .map(|(p, w)| (p - w.0).abs())
            .sum()
    };
    if moved(&left) < moved(&right) {
        left
    } else {
        right
    }
}

fn push_right(wanted: &[(f64, f64)], blocking: &[(f64, f64)], gap: f64) -> Vec<f64> {
    let mut placed = Vec::with_capacity(wanted.len());
    let mut last_right = f64::NEG_INFINITY;
    for &(u, half) in wanted {
        let mut centre = u.max(last_right + gap + half);
        // Each step moves past one span for good: at most one step per span.
        for _ in 0..=blocking.len() {
            match blocking
                .iter()
                .find(|&&(a, b)| centre - half < b && centre + half > a)
            {
                Some(&(_, b)) => centre = b + half,
                None => break,
            }
        }
        last_right = centre + half;
        placed.push(centre);
    }
    placed
}

/// The breadth and depth of a drawing by rows (pins left out).
pub(crate) fn drawing_size(
    ranks: &[usize],
    across: &[f64],
    breadth: &[f64],
    depth: &[f64],
    rank_gap: f64,
) -> (f64, f64) {
    let rows = ranks.iter().max().map_or(0, |r| r + 1);
    let mut row_depth = vec![0.0f64; rows];
    let (mut u0, mut u1) = (f64::INFINITY, f64::NEG_INFINITY);
    for n in 0..across.len() {
        row_depth[ranks[n]] = row_depth[ranks[n]].max(depth[n]);
        u0 = u0.min(across[n] - breadth[n] / 2.0);
        u1 = u1.max(across[n] + breadth[n] / 2.0);
    }
    let along = row_depth.iter().sum::<f64>() + rank_gap * rows.saturating_sub(1) as f64;
    ((u1 - u0).max(0.0), along)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxes_move_aside_the_cheaper_way() {
        let wanted = [(0.0, 10.0), (30.0, 10.0), (60.0, 10.0)];
        // Pushing the last box right (50) beats pushing all three left (3 × 18).
        let placed = move_aside(&wanted, &[(52.0, 100.0)], 10.0);
        assert_eq!(placed, vec![0.0, 30.0, 110.0]);
        // Pushing all three right (3 × 15) beats pushing the first left (60).
        let placed = move_aside(&wanted, &[(-50.0, 5.0)], 10.0);
        assert_eq!(placed, vec![15.0, 45.0, 75.0]);
        // Pushing the first left (60) beats pushing all three right (3 × 25).
        let placed = move_aside(&wanted, &[(-50.0, 15.0)], 10.0);
        assert_eq!(placed, vec![-60.0, 30.0, 60.0]);
    }

    #[test]
    fn rows_stack_and_pins_stay() {
        let boxes = Boxes {
            rank: &[0, 1, 1],
            across: &[0.0, -60.0, 60.0],
            breadth: &[100.0, 100.0, 100.0],
            depth: &[40.0, 20.0, 30.0],
            pinned: &[None, None, Some((-60.0, 75.0))],
        };
        let (centres, rows, _) = place(&boxes, Some(0), 60.0, 10.0);
        assert_eq!(centres[0], (0.0, 0.0));
        assert_eq!(centres[2], (-60.0, 75.0));
        // Row 1 starts 60 below row 0 (which ends at v = 20); node 1 moved aside.
        assert_eq!(centres[1].1, 80.0 + 10.0);
        assert!(
            centres[1].0 + 50.0 <= -60.0 - 50.0 - 10.0
                || centres[1].0 - 50.0 >= -60.0 + 50.0 + 10.0
        );
        assert_eq!(rows, vec![0.0, 95.0]);
    }
}
