// The paths the core routed for links (`TreeView.routes`). A route is a cubic Bézier
// spline in canvas coordinates, from the link's `from` node to its `to` node,
// computed for the positions the view holds; the SVG export draws the same one. It
// is drawn only while both ends of its link sit where they were when it was routed,
// and only when it really starts and ends on those two boxes (a route from another
// layout would otherwise float in the void). Otherwise the edge falls back to React
// Flow's own path.

import type { NodeFace, Position, Route } from "../ipc/api";

/** A node's box: its centre and size. */
export interface Box {
  readonly center: Position;
  readonly width: number;
  readonly height: number;
}

/** How far (canvas px) a route's end may lie outside the box it starts or ends on. */
const TOLERANCE = 1;

export function boxOf(center: Position, face: Pick<NodeFace, "width" | "height">): Box {
  return { center, width: face.width, height: face.height };
}

function touches(point: Position, box: Box): boolean {
  return (
    Math.abs(point.x - box.center.x) <= box.width / 2 + TOLERANCE &&
    Math.abs(point.y - box.center.y) <= box.height / 2 + TOLERANCE
  );
}

function finite(point: Position): boolean {
  return Number.isFinite(point.x) && Number.isFinite(point.y);
}

/**
 * The route's points from `start` to `end` when it is a spline (3k + 1 points)
 * running between those two boxes (either way round: a reversed spline is the
 * same curve), else `null`.
 */
export function fitRoute(route: Route, start: Box, end: Box): Position[] | null {
  const points = route.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined) return null;
  if (points.length < 4 || (points.length - 1) % 3 !== 0) return null;
  if (!points.every(finite)) return null;
  if (touches(first, start) && touches(last, end)) return [...points];
  if (touches(first, end) && touches(last, start)) return [...points].reverse();
  return null;
}

/** `value` rounded to 0.01, as the core writes SVG paths (`Route::svg_path`). */
function round(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/**
 * The SVG path of a route's cubic Bézier spline `p0, c1, c2, p1, c1, c2, p2, …`:
 * `M p0 C c1 c2 p1 C …`, the same text the core's SVG export writes.
 */
export function splinePath(points: readonly Position[]): string {
  return points
    .map((point, index) => {
      const command = index === 0 ? "M " : index % 3 === 1 ? "C " : "";
      return `${command}${round(point.x)} ${round(point.y)}`;
    })
    .join(" ");
}
