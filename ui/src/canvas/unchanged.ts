// Every edit brings a whole new view from the Rust side, and so new objects for
// every node and link on the canvas. React Flow draws a card or a link again when
// its object changes: on a 500-node tree every card was drawn again after each
// drag, in a frame that took over a second (BENCHMARKS.md, canvas). So a node or
// link whose replacement is equal to it keeps its object: only what the edit
// changed is drawn again.

import { dequal } from "dequal";

/**
 * `next`, where each item equal (deeply) to the item of `current` with the same id
 * is that item of `current` itself.
 */
export function reuseUnchanged<T extends { readonly id: string }>(
  current: readonly T[],
  next: readonly T[],
): T[] {
  const known = new Map(current.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = known.get(item.id);
    return old !== undefined && dequal(old, item) ? old : item;
  });
}
