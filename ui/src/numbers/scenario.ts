// What-if scenarios (issue #8): temporary values on some nodes, every computed
// value above them recomputed by the core (`what_if`), shown with the change, and
// nothing saved unless the user applies it. Pure helpers; `useScenario` holds the
// state.

import type { Edit, Node, NodeValue, Override, TreeView, WhatIf } from "../ipc/api";

/** A scenario's overrides, by node id. */
export type Overrides = Readonly<Record<string, Override>>;

/**
 * What the user typed as a what-if: `1200` (the value), `+10%` or `-5 %` (a change
 * of the current value). `null` when it reads as neither.
 */
export function parseOverride(text: string): Override | null {
  const clean = text.trim().replace(/\s+/g, "").replace(",", ".");
  const percent = /^([+-]?\d+(?:\.\d+)?)%$/.exec(clean);
  if (percent?.[1] !== undefined) return { type: "percent", percent: Number(percent[1]) };
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i.test(clean)) return null;
  const value = Number(clean);
  return Number.isFinite(value) ? { type: "value", value } : null;
}

/** How an override reads back in the field: `+10%`, `1200`. */
export function overrideText(override: Override): string {
  if (override.type === "value") return String(override.value);
  return `${override.percent > 0 ? "+" : ""}${override.percent}%`;
}

/** `view` as the scenario has it: every value and status as they would be. */
export function scenarioView(view: TreeView, whatIf: WhatIf): TreeView {
  const values: Record<string, NodeValue> = {};
  for (const [id, was] of Object.entries(view.values)) {
    const now = whatIf.values[id];
    values[id] =
      now === undefined
        ? was
        : { value: now.after, computed: was.computed && !now.overridden, error: now.error };
  }
  return { ...view, values, statuses: whatIf.statuses };
}

/**
 * The edits that make the scenario real: each overridden node gets its scenario
 * value (a node with a formula loses it, as its value is now entered). One undo
 * step; `null` when nothing is overridden.
 */
export function applyScenario(view: TreeView, whatIf: WhatIf): Edit | null {
  const edits: Edit[] = [];
  for (const node of view.tree.nodes) {
    const now = whatIf.values[node.id];
    if (now?.overridden !== true || now.after === null) continue;
    const next: Node = { ...node, value: now.after, formula: null };
    edits.push({ type: "update_node", node: next });
  }
  if (edits.length === 0) return null;
  return edits.length === 1 ? (edits[0] ?? null) : { type: "batch", edits };
}
