// What present mode shows at each step, and how it moves around the tree. Pure,
// so that it is tested without a window.
//
// Steps reveal the tree level by level: step 0 is the North Star row alone, step k
// adds the nodes of level k. A health metric that only guards (a root by SPEC 2's
// levels) is revealed with the metric it guards, where the audience can see why it
// is there. A focused branch is a node with everything that drives it, directly or
// not.

import type { Link, TreeView } from "../ipc/api";

/** Each node's step: when it appears. */
export function revealSteps(view: TreeView): Map<string, number> {
  const steps = new Map<string, number>();
  const drives = view.tree.links.filter((link) => link.kind === "drives");
  const drivesSomething = new Set(drives.map((link) => link.from));
  for (const node of view.tree.nodes) {
    steps.set(node.id, view.levels[node.id] ?? 0);
  }
  for (const node of view.tree.nodes) {
    if (node.kind !== "health_metric" || drivesSomething.has(node.id)) continue;
    const guarded = view.tree.links
      .filter((link) => link.kind === "guards" && link.from === node.id)
      .map((link) => steps.get(link.to))
      .filter((step): step is number => step !== undefined);
    if (guarded.length > 0) steps.set(node.id, Math.min(...guarded));
  }
  return steps;
}

/** The number of steps: one more than the deepest level shown. */
export function stepCount(steps: ReadonlyMap<string, number>): number {
  return steps.size === 0 ? 1 : Math.max(...steps.values()) + 1;
}

/** The ids shown at `step`. */
export function shownAt(steps: ReadonlyMap<string, number>, step: number): Set<string> {
  return new Set([...steps].filter(([, at]) => at <= step).map(([id]) => id));
}

function drivesLinks(view: TreeView): Link[] {
  return view.tree.links.filter((link) => link.kind === "drives");
}

/** `id` and every node that drives it, directly or through others. */
export function branchOf(view: TreeView, id: string): Set<string> {
  const drivers = new Map<string, string[]>();
  for (const link of drivesLinks(view)) {
    const list = drivers.get(link.to);
    if (list === undefined) drivers.set(link.to, [link.from]);
    else list.push(link.from);
  }
  const branch = new Set([id]);
  const queue = [id];
  for (let next = queue.pop(); next !== undefined; next = queue.pop()) {
    for (const driver of drivers.get(next) ?? []) {
      if (branch.has(driver)) continue;
      branch.add(driver);
      queue.push(driver);
    }
  }
  return branch;
}

/** The node `id` drives (its parent), if any: the first in link order. */
export function parentOf(view: TreeView, id: string): string | null {
  return drivesLinks(view).find((link) => link.from === id)?.to ?? null;
}

/** The nodes that drive `id`, left to right as they stand. */
export function childrenOf(view: TreeView, id: string): string[] {
  const x = (node: string) =>
    view.tree.nodes.find((candidate) => candidate.id === node)?.position?.x ?? 0;
  return drivesLinks(view)
    .filter((link) => link.to === id)
    .map((link) => link.from)
    .sort((a, b) => x(a) - x(b));
}

/** The neighbour of `id` among its parent's children (`offset` -1: left, +1: right). */
export function siblingOf(view: TreeView, id: string, offset: -1 | 1): string | null {
  const parent = parentOf(view, id);
  if (parent === null) return null;
  const siblings = childrenOf(view, parent);
  const index = siblings.indexOf(id);
  return siblings[index + offset] ?? null;
}
