// Sample data shaped exactly as the Rust side sends it.

import type { Link, Node, Startup, TreeSummary, TreeView } from "../ipc/api";

export function node(
  id: string,
  kind: Node["kind"],
  name: string,
  fields: Partial<Node> = {},
): Node {
  return {
    id,
    kind,
    name,
    description: null,
    unit: null,
    value: null,
    target: null,
    target_date: null,
    direction: null,
    indicator: null,
    owner: null,
    formula: null,
    color: null,
    position: null,
    pinned: false,
    ...fields,
  };
}

export function link(
  kind: Link["kind"],
  from: string,
  to: string,
  fields: Partial<Link> = {},
): Link {
  return { from, to, kind, color: null, strength: null, note: null, ...fields };
}

export const ziraView: TreeView = {
  id: 1,
  tree: {
    name: "Zira growth",
    description: "How product work ladders up to recurring revenue",
    nodes: [
      node("arr", "north_star", "Annual recurring revenue", {
        unit: "EUR",
        target: 1_500_000,
        target_date: "2027-06-30",
        direction: "up",
        indicator: "lagging",
        owner: "Leadership",
        formula: "net_new_customers * price_per_seat",
        position: { x: 0, y: 0 },
      }),
      node("net_new_customers", "business_kpi", "Net new customers", {
        value: 400,
        target: 420,
        owner: "Sales",
        position: { x: -300, y: 200 },
      }),
      node("price_per_seat", "business_kpi", "Price per seat", {
        unit: "EUR",
        value: 3000,
        position: { x: 0, y: 200 },
      }),
      node("churned", "business_kpi", "Churned customers", {
        value: 45,
        target: 30,
        direction: "down",
        position: { x: 300, y: 200 },
      }),
      node("activation", "product_metric", "Activation rate", {
        unit: "%",
        value: 41,
        target: 45,
        position: { x: -300, y: 400 },
      }),
      node("fast_ux", "initiative", "Faster mobile load", { position: { x: 300, y: 600 } }),
      node("usability", "strategic_intent", "Top-notch usability", { position: { x: 0, y: 600 } }),
      node("aov", "health_metric", "Average order value", { unit: "EUR", value: 120 }),
    ],
    links: [
      link("drives", "net_new_customers", "arr"),
      link("drives", "price_per_seat", "arr"),
      link("drives", "churned", "net_new_customers"),
      link("drives", "activation", "net_new_customers"),
      link("drives", "usability", "activation"),
      link("impacts", "fast_ux", "churned", {
        color: "#e63946",
        strength: "strong",
        note: "faster UX reduces churn",
      }),
      link("impacts", "usability", "churned", { strength: "weak" }),
      link("guards", "aov", "price_per_seat"),
    ],
  },
  values: {
    arr: { value: 1_200_000, computed: true, error: null },
    net_new_customers: { value: 400, computed: false, error: null },
    price_per_seat: { value: 3000, computed: false, error: null },
    churned: { value: 45, computed: false, error: null },
    activation: { value: 41, computed: false, error: null },
    aov: { value: 120, computed: false, error: null },
  },
  levels: {
    arr: 0,
    net_new_customers: 1,
    price_per_seat: 1,
    churned: 2,
    activation: 2,
    usability: 3,
    fast_ux: 3,
    aov: 2,
  },
  problems: [
    {
      severity: "warning",
      category: "structure",
      subject: { type: "node", id: "fast_ux" },
      message: 'node "fast_ux": initiative drives nothing',
    },
  ],
  can_undo: false,
  can_redo: false,
};

export const trees: TreeSummary[] = [
  { id: 1, name: "Zira growth", node_count: 8, link_count: 8 },
  { id: 2, name: "Empty board", node_count: 0, link_count: 0 },
];

export const emptyView: TreeView = {
  id: 2,
  tree: { name: "Empty board", description: null, nodes: [], links: [] },
  values: {},
  levels: {},
  problems: [],
  can_undo: false,
  can_redo: false,
};

export const startup: Startup = {
  store_path: "/home/pat/.local/share/kpitree/kpitree.db",
  trees,
  last_tree_id: 1,
};
