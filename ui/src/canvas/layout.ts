// Where a node sits on the canvas when the tree gives it no position: a fallback,
// not the auto-layout (that is the Rust core's, later). Nodes without a position
// are put in rows by level (level 0, the North Star, on top), in the tree's order,
// each row centred; next to the positioned nodes when there are any, so that the
// two groups never overlap.
//
// A position is the node's centre (the canvas uses node origin [0.5, 0.5]).

import type { Node, Position } from "../ipc/api";

/** Horizontal distance between the centres of neighbours in a fallback row. */
export const COLUMN_GAP = 280;
/** Vertical distance between fallback rows. */
export const ROW_GAP = 200;

export function placeNodes(
  nodes: readonly Node[],
  levels: Partial<Record<string, number>>,
): Map<string, Position> {
  const placed = new Map<string, Position>();
  const unplaced: Node[] = [];
  for (const node of nodes) {
    const position = node.position;
    if (position !== null && Number.isFinite(position.x) && Number.isFinite(position.y)) {
      placed.set(node.id, { x: position.x, y: position.y });
    } else {
      unplaced.push(node);
    }
  }
  if (unplaced.length === 0) return placed;

  // Nodes with no level (e.g. on a `drives` cycle) go in a row under the deepest one.
  const known = unplaced
    .map((node) => levels[node.id])
    .filter((level): level is number => level !== undefined && Number.isFinite(level));
  const spareRow = known.length === 0 ? 0 : Math.max(...known) + 1;
  const rows = new Map<number, Node[]>();
  for (const node of unplaced) {
    const level = levels[node.id];
    const row = level !== undefined && Number.isFinite(level) ? Math.max(0, level) : spareRow;
    const members = rows.get(row);
    if (members === undefined) rows.set(row, [node]);
    else members.push(node);
  }

  const widest = Math.max(...[...rows.values()].map((members) => members.length));
  let originX = 0;
  let originY = 0;
  if (placed.size > 0) {
    const xs = [...placed.values()].map((p) => p.x);
    const ys = [...placed.values()].map((p) => p.y);
    originX = Math.max(...xs) + COLUMN_GAP + ((widest - 1) / 2) * COLUMN_GAP;
    originY = Math.min(...ys);
  }

  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const members = rows.get(row) ?? [];
    members.forEach((node, index) => {
      placed.set(node.id, {
        x: originX + (index - (members.length - 1) / 2) * COLUMN_GAP,
        y: originY + row * ROW_GAP,
      });
    });
  }
  return placed;
}
