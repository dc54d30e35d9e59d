// Moving the selection along the tree with the arrow keys, as mind-map tools do:
// towards the root (up in a top-down tree, left in a left-right one), to the first
// driver (the other way), and to the previous or next sibling across the ranks.
// Siblings are the other drivers of the node's first parent (the other roots for a
// root), in the order they stand on the canvas. Pure, so that it is tested without
// a window.

import type { LayoutDirection, Tree } from "../ipc/api";

export type Arrow = "ArrowUp" | "ArrowDown" | "ArrowLeft" | "ArrowRight";

export const ARROWS: ReadonlySet<string> = new Set([
  "ArrowUp",
  "ArrowDown",
  "ArrowLeft",
  "ArrowRight",
]);

type Step = "parent" | "child" | "previous" | "next";

function stepOf(arrow: Arrow, direction: LayoutDirection): Step {
  const topDown = direction === "top_down";
  switch (arrow) {
    case "ArrowUp":
      return topDown ? "parent" : "previous";
    case "ArrowDown":
      return topDown ? "child" : "next";
    case "ArrowLeft":
      return topDown ? "previous" : "parent";
    case "ArrowRight":
      return topDown ? "next" : "child";
  }
}

/** The node an arrow moves the selection to from node `id`, or `null` (none there). */
export function neighbour(
  tree: Tree,
  id: string,
  arrow: Arrow,
  direction: LayoutDirection,
): string | null {
  const drives = tree.links.filter((link) => link.kind === "drives");
  const across = (nodeId: string): number => {
    const position = tree.nodes.find((node) => node.id === nodeId)?.position;
    if (position === null || position === undefined) return 0;
    return direction === "top_down" ? position.x : position.y;
  };
  const byPlace = (ids: readonly string[]) => [...ids].sort((a, b) => across(a) - across(b));
  const parent = drives.find((link) => link.from === id)?.to ?? null;
  switch (stepOf(arrow, direction)) {
    case "parent":
      return parent;
    case "child":
      return byPlace(drives.filter((link) => link.to === id).map((link) => link.from))[0] ?? null;
    case "previous":
    case "next": {
      const siblings =
        parent === null
          ? tree.nodes
              .map((node) => node.id)
              .filter((nodeId) => !drives.some((link) => link.from === nodeId))
          : drives.filter((link) => link.to === parent).map((link) => link.from);
      const ordered = byPlace(siblings);
      const at = ordered.indexOf(id);
      const to = stepOf(arrow, direction) === "next" ? at + 1 : at - 1;
      return at < 0 ? null : (ordered[to] ?? null);
    }
  }
}
