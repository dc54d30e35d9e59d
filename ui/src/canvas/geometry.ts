// Where the canvas's nodes stand, as plain data: their centres by id, a list of
// nodes moved to given centres, the box around them, the middle of a rectangle.
// Pure: no React, no DOM; the canvas hooks (useNodeAnimation, useCanvasEdits,
// useCanvasHandle) call these.
//
// Invariant: a node's `position` is its centre (the canvas's node origin is
// [0.5, 0.5]), so a node's box reaches half its size to each side of it.

import type { Position } from "../ipc/api";
import type { KpiFlowNode } from "./flow";

/** A box in canvas coordinates: its top-left corner and its size. */
export interface Bounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Each node's centre, by id. */
export function positionsOf(nodes: readonly KpiFlowNode[]): Map<string, Position> {
  return new Map(nodes.map((node) => [node.id, node.position]));
}

/** `nodes` with those `at` holds moved there; the others keep their objects. */
export function placedAt(nodes: KpiFlowNode[], at: ReadonlyMap<string, Position>): KpiFlowNode[] {
  return nodes.map((node) => {
    const position = at.get(node.id);
    return position === undefined ? node : { ...node, position };
  });
}

/**
 * The box around `nodes` standing at `at` (their centres; a node `at` lacks stands
 * where it is), sized as React Flow measured them, else as they were given; `null`
 * for no nodes.
 */
export function boundsAt(
  nodes: readonly KpiFlowNode[],
  at: ReadonlyMap<string, Position>,
): Bounds | null {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const centre = at.get(node.id) ?? node.position;
    const width = node.measured?.width ?? node.width ?? 0;
    const height = node.measured?.height ?? node.height ?? 0;
    left = Math.min(left, centre.x - width / 2);
    top = Math.min(top, centre.y - height / 2);
    right = Math.max(right, centre.x + width / 2);
    bottom = Math.max(bottom, centre.y + height / 2);
  }
  if (!Number.isFinite(left)) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** The middle of a rectangle on screen (e.g. an element's bounding box). */
export function middleOf(rect: {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}): Position {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
