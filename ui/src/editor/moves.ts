// From a finished drag to the one edit that records it. A drag stays on the canvas
// until the mouse is released; then every node it moved goes to the Rust side in
// one `move_nodes` edit, one undo step. Positions are node centres (the canvas
// uses node origin [0.5, 0.5]), rounded to whole canvas pixels.

import type { Edit, NodeMove, Position, TreeView } from "../ipc/api";

export interface Placed {
  readonly id: string;
  readonly position: Position;
}

function rounded(position: Position): Position {
  return { x: Math.round(position.x), y: Math.round(position.y) };
}

function same(a: Position | null, b: Position): boolean {
  return a !== null && a.x === b.x && a.y === b.y;
}

/**
 * The edit for `dragged` (where the drag left each node), or `null` when no node
 * ends up anywhere new.
 *
 * Nodes the tree holds no position for are shown where the canvas placed them by
 * level (`shown`); that placement depends on where the positioned nodes are, so
 * the first drag would make them jump. The edit fixes them where they are shown,
 * in the same undo step.
 */
export function moveNodesEdit(
  dragged: readonly Placed[],
  view: TreeView,
  shown: readonly Placed[],
): Edit | null {
  const stored = new Map(view.tree.nodes.map((node) => [node.id, node.position]));
  const moves: NodeMove[] = [];
  const moved = new Set<string>();
  for (const node of dragged) {
    if (!stored.has(node.id) || moved.has(node.id)) continue;
    const position = rounded(node.position);
    moved.add(node.id);
    if (!same(stored.get(node.id) ?? null, position)) moves.push({ id: node.id, position });
  }
  if (moves.length === 0) return null;
  for (const node of shown) {
    if (moved.has(node.id) || stored.get(node.id) !== null) continue;
    moved.add(node.id);
    moves.push({ id: node.id, position: rounded(node.position) });
  }
  return { type: "move_nodes", moves };
}
