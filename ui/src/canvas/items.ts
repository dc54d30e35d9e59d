// The canvas's own state of its nodes and links, as plain data: which are
// selected, which are dimmed around a highlight, and what a node keeps when a new
// view replaces it. Pure: no React; TreeCanvas and its hooks call these.
//
// Invariant: an item whose state does not change keeps its object, so that React
// Flow (which draws an item again when its object changes) draws only what changed
// (see unchanged.ts for why that matters on large trees).

import type { ViewState } from "../ipc/api";
import type { KpiFlowNode } from "./flow";
import { reuseUnchanged } from "./unchanged";

/** The ids selected when a tree opens: where the user left it, if anywhere. */
export function initialSelection(viewState: ViewState | null): Set<string> {
  return new Set([...(viewState?.nodes ?? []), ...(viewState?.links ?? [])]);
}

/** `items` with exactly the ids in `selected` selected. */
export function withSelection<T extends { id: string; selected?: boolean }>(
  items: readonly T[],
  selected: ReadonlySet<string>,
): T[] {
  return items.map((item) =>
    (item.selected === true) === selected.has(item.id)
      ? item
      : { ...item, selected: selected.has(item.id) },
  );
}

/** The ids of the selected items. */
export function selectedIds(items: readonly { id: string; selected?: boolean }[]): Set<string> {
  return new Set(items.filter((item) => item.selected === true).map((item) => item.id));
}

/**
 * The selection `selected` carried over from the links `before` to the links
 * `after`: a selected link that is gone stays selected under its new id when
 * exactly one new link joins the same two nodes (its kind changed, which changes
 * its id `KIND-FROM-TO`, or it was reversed). Other ids are kept as they are.
 */
export function followLinks(
  before: readonly { id: string; source: string; target: string }[],
  after: readonly { id: string; source: string; target: string }[],
  selected: ReadonlySet<string>,
): Set<string> {
  const next = new Set(selected);
  const old = new Set(before.map((link) => link.id));
  const now = new Set(after.map((link) => link.id));
  const added = after.filter((link) => !old.has(link.id));
  for (const link of before) {
    if (!selected.has(link.id) || now.has(link.id)) continue;
    const same = added.filter(
      (candidate) =>
        (candidate.source === link.source && candidate.target === link.target) ||
        (candidate.source === link.target && candidate.target === link.source),
    );
    const [successor] = same;
    if (same.length === 1 && successor !== undefined) {
      next.delete(link.id);
      next.add(successor.id);
    }
  }
  return next;
}

/**
 * `items` with the class `kt-dimmed` on those `lit` does not hold (none without a
 * highlight); items whose class stays are kept as they are, for React Flow.
 */
export function dimmedOutside<T extends { id: string; className?: string }>(
  items: readonly T[],
  lit: ReadonlySet<string> | null,
): T[] {
  return items.map((item) => {
    const className = lit === null || lit.has(item.id) ? undefined : "kt-dimmed";
    if (item.className === className) return item;
    const { className: _old, ...rest } = item;
    return (className === undefined ? rest : { ...rest, className }) as T;
  });
}

/**
 * The new nodes, keeping what the canvas knows of the current ones: the size React
 * Flow measured (a node that loses it is hidden until its size changes again) and
 * whether it is selected. A node the new view leaves as it was keeps its object.
 */
export function keepCanvasState(current: KpiFlowNode[], next: KpiFlowNode[]): KpiFlowNode[] {
  const known = new Map(current.map((node) => [node.id, node]));
  const kept = next.map((node) => {
    const old = known.get(node.id);
    if (old === undefined) return node;
    return {
      ...node,
      ...(old.measured === undefined ? {} : { measured: old.measured }),
      ...(old.selected === undefined ? {} : { selected: old.selected }),
    };
  });
  return reuseUnchanged(current, kept);
}

/**
 * `nodes` with the ids the core changed to follow a new name (`TreeView.renamed`,
 * old → new) replaced, so that what the canvas kept for a node (its selection, its
 * measured size) carries over to its new id.
 */
export function followRenamed<T extends { id: string }>(
  nodes: readonly T[],
  renamed: Readonly<Partial<Record<string, string>>>,
): T[] {
  return nodes.map((node) => {
    const now = renamed[node.id];
    return now === undefined ? node : { ...node, id: now };
  });
}
