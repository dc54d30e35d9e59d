//! The small mark before a kind's label, on cards and in the legend, drawn from
//! the look table ([`crate::model::look::Mark`]) as the canvas draws it
//! (`ui/src/canvas/nodes/marks.tsx`): one line, the mark's parts scaled from their
//! view box into a square of the mark's size.

use std::fmt::Write as _;

use super::markup::{num, Writer};
use crate::model::look::{MarkPaint, MarkPart, MarkShape};
use crate::model::NodeKind;

/// The side a kind's mark is drawn at, px.
pub(super) fn mark_size(kind: NodeKind) -> f64 {
    kind.look().mark.size
}

/// The mark of `kind` with its top left corner at (x, y), in `color` unless the
/// mark has a colour of its own.
pub(super) fn mark(out: &mut Writer, kind: NodeKind, x: f64, y: f64, color: &str) {
    let mark = &kind.look().mark;
    let color = mark.color.unwrap_or(color);
    let place = format!(
        "transform=\"translate({} {}) scale({})\"",
        num(x),
        num(y),
        num(mark.size / mark.view)
    );
    let mut line = String::new();
    match mark.parts {
        // One shape carries the transform itself; several share a group's.
        [part] => part_into(&mut line, part, Some(&place), color),
        parts => {
            let _ = write!(line, "<g {place}>");
            for part in parts {
                part_into(&mut line, part, None, color);
            }
            line.push_str("</g>");
        }
    }
    out.line(&line);
}

/// One shape of a mark, appended to `out`.
fn part_into(out: &mut String, part: &MarkPart, place: Option<&str>, color: &str) {
    let (element, geometry) = match part.shape {
        MarkShape::Path { d } => ("path", format!("d=\"{d}\"")),
        MarkShape::Rect {
            x,
            y,
            width,
            height,
            rx,
        } => (
            "rect",
            format!(
                "x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"{}\"",
                num(x),
                num(y),
                num(width),
                num(height),
                num(rx)
            ),
        ),
    };
    let _ = write!(out, "<{element} ");
    if let Some(place) = place {
        let _ = write!(out, "{place} ");
    }
    let _ = match part.paint {
        MarkPaint::Fill => write!(out, "{geometry} fill=\"{color}\"/>"),
        MarkPaint::Outline { width, dash } => write!(
            out,
            "{geometry} fill=\"none\" stroke=\"{color}\" stroke-width=\"{}\" stroke-dasharray=\"{dash}\"/>",
            num(width)
        ),
        MarkPaint::Solid { color } => write!(out, "{geometry} fill=\"{color}\"/>"),
    };
}
