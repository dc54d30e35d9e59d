// The leverage of one node of the open tree (issue #8), asked of the core again
// after every edit while the panel is open.

import { useEffect, useState } from "react";

import { api, toKpitreeError } from "../ipc/api";
import type { Leverage, TreeView } from "../ipc/api";

export interface LeverageState {
  /** The node whose leverage is shown; `null` when the tree has no formula. */
  readonly node: string | null;
  readonly leaves: readonly Leverage[] | null;
  readonly error: string | null;
}

/**
 * The nodes whose leverage can be asked for (those with a formula), the top of the
 * tree first: by level, then in the tree's order.
 */
export function leverageCandidates(view: TreeView): string[] {
  return view.tree.nodes
    .map((node, index) => ({ node, index, level: view.levels[node.id] ?? Infinity }))
    .filter(({ node }) => node.formula !== null && node.formula.trim() !== "")
    .sort((a, b) => a.level - b.level || a.index - b.index)
    .map(({ node }) => node.id);
}

export function useLeverage(view: TreeView | null, open: boolean, chosen: string | null) {
  const candidates = view === null ? [] : leverageCandidates(view);
  const node = chosen !== null && candidates.includes(chosen) ? chosen : (candidates[0] ?? null);
  const [answer, setAnswer] = useState<{
    key: string;
    leaves: Leverage[] | null;
    error: string | null;
  }>({ key: "", leaves: null, error: null });

  useEffect(() => {
    if (!open || view === null || node === null) return undefined;
    let current = true;
    const key = `${view.id}:${node}`;
    api
      .leverage(view.id, node)
      .then((leaves) => {
        if (current) setAnswer({ key, leaves, error: null });
      })
      .catch((error: unknown) => {
        if (current) setAnswer({ key, leaves: null, error: toKpitreeError(error).message });
      });
    return () => {
      current = false;
    };
  }, [open, view, node]);

  const fresh = view !== null && answer.key === `${view.id}:${node ?? ""}`;
  const state: LeverageState = {
    node,
    leaves: fresh ? answer.leaves : null,
    error: fresh ? answer.error : null,
  };
  return { candidates, state };
}

/** How strongly each leaf moves the node, from 0 to 1 (the strongest): the heat map. */
export function heatOf(leaves: readonly Leverage[]): Record<string, number> {
  const strengths = leaves.map((leaf) =>
    leaf.elasticity.type === "defined" ? Math.abs(leaf.elasticity.value) : 0,
  );
  const strongest = Math.max(0, ...strengths);
  const heat: Record<string, number> = {};
  if (strongest === 0) return heat;
  leaves.forEach((leaf, index) => {
    const strength = strengths[index] ?? 0;
    if (strength > 0) heat[leaf.id] = strength / strongest;
  });
  return heat;
}
