// A node dropped from the palette: a fresh id made from its kind (`initiative`,
// `initiative_2`…), a name saying what it is, and the place it was dropped.

import type { Node, NodeKind, Position } from "../ipc/api";

/** What a new node of each kind is called until the user names it. */
const NEW_NAMES: Readonly<Record<NodeKind, string>> = {
  north_star: "New North Star",
  business_kpi: "New business KPI",
  product_metric: "New product metric",
  strategic_intent: "New strategic intent",
  initiative: "New initiative",
  health_metric: "New health metric",
};

/** The longest id the core accepts (`NodeId` in the Rust model). */
const MAX_ID_CHARS = 64;

/**
 * `base` when no node has it, else its stem (`base` without the digits and
 * underscores at its end, unless that leaves nothing) numbered `_2`, `_3`…, the
 * stem shortened to fit the id limit. The core's `free_id` (edit/fragment.rs)
 * follows the same rule: both are tested on `tests/data/free_ids.json`.
 */
export function freeId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  const trimmed = base.replace(/[0-9_]+$/, "");
  const stem = Array.from(trimmed === "" ? base : trimmed);
  for (let n = 2; ; n += 1) {
    const suffix = `_${n}`;
    const room = Math.max(0, MAX_ID_CHARS - suffix.length);
    const candidate = `${stem.slice(0, room).join("")}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A new node of `kind` at `at`, with an id none of `nodes` has. */
export function newNode(kind: NodeKind, at: Position, nodes: readonly Node[]): Node {
  const taken = new Set(nodes.map((node) => node.id));
  return {
    id: freeId(kind, taken),
    kind,
    name: NEW_NAMES[kind],
    description: null,
    unit: null,
    value: null,
    target: null,
    target_date: null,
    direction: kind === "health_metric" ? null : "up",
    indicator: null,
    owner: null,
    formula: null,
    color: null,
    position: { x: Math.round(at.x), y: Math.round(at.y) },
    pinned: false,
  };
}
