// The link a drag from one node's handle to another makes. The user draws a line
// between two nodes; which end is `from` and which kind the link takes follow from
// the two kinds, the way KPI trees are drawn (SPEC 2):
//
// - a health metric and a metric: the health metric `guards` the metric;
// - an initiative or strategic intent and a business KPI or the North Star: the
//   work `impacts` that KPI (colour-coded by the KPI);
// - otherwise the lower one in the tree `drives` the higher one: lower by kind
//   (initiative < intent < product metric < business KPI < North Star); for two
//   nodes of one rank, the one further down the layout direction, and for two side
//   by side, the one the drag started from ("this drives that").
//
// The kind can be changed afterwards in the inspector.

import type { LayoutDirection, Link, LinkKind, Node, NodeKind, Position } from "../ipc/api";

/** How high a kind sits in a KPI tree: 0 is the top. */
const RANK: Readonly<Record<NodeKind, number>> = {
  north_star: 0,
  business_kpi: 1,
  product_metric: 2,
  health_metric: 2,
  strategic_intent: 3,
  initiative: 4,
};

const WORK: ReadonlySet<NodeKind> = new Set(["initiative", "strategic_intent"]);
const OUTCOMES: ReadonlySet<NodeKind> = new Set(["business_kpi", "north_star"]);

export interface Placed {
  readonly node: Node;
  /** Where the node stands on the canvas (its centre). */
  readonly at: Position;
}

function link(kind: LinkKind, from: Node, to: Node): Link {
  return { kind, from: from.id, to: to.id, color: null, strength: null, note: null };
}

/** Nodes closer than this along the layout direction stand side by side. */
const SIDE_BY_SIDE = 40;

/**
 * Whether `a` is the child of `b` by position: further along `direction` (below,
 * or to the right), or side by side with it (`a` is where the drag started).
 */
function childByPosition(a: Position, b: Position, direction: LayoutDirection): boolean {
  const along = direction === "left_right" ? a.x - b.x : a.y - b.y;
  return Math.abs(along) < SIDE_BY_SIDE || along > 0;
}

/** The link between `a` and `b` (in the order the user connected them). */
export function linkForConnection(a: Placed, b: Placed, direction: LayoutDirection): Link {
  const [x, y] = [a.node, b.node];
  if (x.kind === "health_metric" && y.kind !== "health_metric") return link("guards", x, y);
  if (y.kind === "health_metric" && x.kind !== "health_metric") return link("guards", y, x);
  if (WORK.has(x.kind) && OUTCOMES.has(y.kind)) return link("impacts", x, y);
  if (WORK.has(y.kind) && OUTCOMES.has(x.kind)) return link("impacts", y, x);
  const aIsChild =
    RANK[x.kind] !== RANK[y.kind]
      ? RANK[x.kind] > RANK[y.kind]
      : childByPosition(a.at, b.at, direction);
  return aIsChild ? link("drives", x, y) : link("drives", y, x);
}
