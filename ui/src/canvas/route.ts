// The paths the core routed for links (`TreeView.routes`). A route is a polyline in
// canvas coordinates, computed for the positions the view holds; it is drawn only
// while both ends of its link sit where they were when it was routed, and only when
// it really starts and ends on those two boxes (a route from another layout, or from
// an older view, would otherwise float in the void). Otherwise the edge falls back to
// React Flow's own path.

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
 * The route's points from `start` to `end` when it runs between those two boxes
 * (either way round), else `null`.
 */
export function fitRoute(route: Route, start: Box, end: Box): Position[] | null {
  const points = route.points;
  const first = points[0];
  const last = points[points.length - 1];
  if (first === undefined || last === undefined || points.length < 2) return null;
  if (!points.every(finite)) return null;
  if (touches(first, start) && touches(last, end)) return [...points];
  if (touches(first, end) && touches(last, start)) return [...points].reverse();
  return null;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function pair(point: Position): string {
  return `${round(point.x)} ${round(point.y)}`;
}

/**
 * An SVG path through `points`: straight segments whose corners are rounded with
 * radius `radius` (less where a segment is too short for it).
 */
export function roundedPath(points: readonly Position[], radius: number): string {
  const first = points[0];
  if (first === undefined) return "";
  let path = `M ${pair(first)}`;
  for (let i = 1; i < points.length; i += 1) {
    const corner = points[i];
    const before = points[i - 1];
    const after = points[i + 1];
    if (corner === undefined || before === undefined) continue;
    if (after === undefined) {
      path += ` L ${pair(corner)}`;
      continue;
    }
    const inLength = Math.hypot(corner.x - before.x, corner.y - before.y);
    const outLength = Math.hypot(after.x - corner.x, after.y - corner.y);
    const r = Math.min(radius, inLength / 2, outLength / 2);
    if (r <= 0) {
      path += ` L ${pair(corner)}`;
      continue;
    }
    const enter = {
      x: corner.x - ((corner.x - before.x) / inLength) * r,
      y: corner.y - ((corner.y - before.y) / inLength) * r,
    };
    const leave = {
      x: corner.x + ((after.x - corner.x) / outLength) * r,
      y: corner.y + ((after.y - corner.y) / outLength) * r,
    };
    path += ` L ${pair(enter)} Q ${pair(corner)} ${pair(leave)}`;
  }
  return path;
}
