//! The compact placement as a [`Layout`], and how the compact engine draws a link
//! between a parent and a child it placed: an S-curve from the parent's bottom to
//! the child's top (children in a row, as the other engines draw them), or down a
//! spine and into the side of the child that faces it with a rounded elbow
//! (stacked children). Every other link goes to the general router.

use std::collections::HashMap;

use super::Compact;
use crate::layout::route::{smooth, straight_segment, Point, Rect};
use crate::layout::{routes, Context, Layout, LayoutEngine};
use crate::model::Position;

/// Radius of an elbow's rounded corner, at most.
const RADIUS: f64 = 8.0;
/// The control-point distance of a cubic quarter circle, as a share of its radius.
const KAPPA: f64 = 0.552_284_75;

/// The compact placement as a [`Layout`]: the first root at its pin if it has one
/// (everything moving with it), other pinned nodes at theirs; the forest's links
/// drawn by their joints unless an end is pinned, every other link by the general
/// router.
pub(crate) fn lay_out(cx: &Context, placed: Compact, pinned: &[Option<(f64, f64)>]) -> Layout {
    let frame = cx.frame;
    let (du, dv) = placed
        .first
        .and_then(|first| pinned[first])
        .unwrap_or((0.0, 0.0));
    let joints: Vec<Option<Joint>> = placed
        .joints
        .iter()
        .map(|joint| joint.map(|joint| joint.moved((du, dv))))
        .collect();
    let positions: Vec<Position> = placed
        .centres
        .iter()
        .zip(pinned)
        .map(|(&(u, v), pin)| {
            let (u, v) = pin.unwrap_or((u + du, v + dv));
            frame.position(u, v)
        })
        .collect();
    let rects: Vec<Option<Rect>> = (0..cx.nodes.len())
        .map(|n| Some(frame.rect(positions[n], cx.sizes[n].0, cx.sizes[n].1)))
        .collect();
    let own = |parent: usize, child: usize| -> Option<Vec<Point>> {
        let forest_edge = placed.parent[child] == Some(parent);
        if !forest_edge || pinned[parent].is_some() || pinned[child].is_some() {
            return None;
        }
        Some(joint_route(joints[child]?, rects[parent]?, rects[child]?))
    };
    let routes = routes(cx.tree, cx.index, &rects, frame, &HashMap::new(), &own);
    Layout {
        positions: cx
            .nodes
            .iter()
            .zip(positions)
            .map(|(n, p)| (n.id.clone(), p))
            .collect(),
        routes,
        engine: LayoutEngine::Compact,
    }
}

/// How the link from a parent to a child of the forest is drawn, in the frame
/// (u across, v along the ranks).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Joint {
    /// An S-curve from the parent's bottom centre to the child's top centre.
    Curve,
    /// Down the spine at `spine` from `top`, then an elbow into the child's side
    /// facing the spine at its centre. `direct`: the spine leaves the parent's
    /// bottom side (`top` is it); otherwise an S-curve leads from the parent's
    /// bottom centre to the spine's top.
    Elbow { spine: f64, top: f64, direct: bool },
}

impl Joint {
    pub(crate) fn moved(self, (du, dv): (f64, f64)) -> Joint {
        match self {
            Joint::Curve => Joint::Curve,
            Joint::Elbow { spine, top, direct } => Joint::Elbow {
                spine: spine + du,
                top: top + dv,
                direct,
            },
        }
    }
}

/// The route's control points from `parent` to `child` (see [`crate::layout::Route`]).
pub(crate) fn joint_route(joint: Joint, parent: Rect, child: Rect) -> Vec<Point> {
    let bottom = (parent.centre_u(), parent.v1);
    let Joint::Elbow { spine, top, direct } = joint else {
        return smooth(&[bottom, (child.centre_u(), child.v0)]);
    };
    let centre_v = (child.v0 + child.v1) / 2.0;
    let right = child.centre_u() >= spine;
    let (side, dir) = if right {
        (child.u0, 1.0)
    } else {
        (child.u1, -1.0)
    };
    let mut points = if direct {
        vec![(spine, top)]
    } else {
        smooth(&[bottom, (spine, top)])
    };
    let radius = RADIUS
        .min((side - spine).abs())
        .min((centre_v - top).max(0.0));
    let from = points[points.len() - 1];
    let turn = (spine, centre_v - radius);
    if turn.1 > from.1 + 1e-6 {
        points.extend(straight_segment(from, turn));
    }
    let out = (spine + dir * radius, centre_v);
    if radius > 1e-6 {
        points.extend([
            (spine, turn.1 + KAPPA * radius),
            (out.0 - dir * KAPPA * radius, centre_v),
            out,
        ]);
    }
    if (side - out.0).abs() > 1e-6 {
        points.extend(straight_segment(out, (side, centre_v)));
    }
    points
}
