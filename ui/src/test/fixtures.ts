// Sample data shaped exactly as the Rust side sends it.

import { DEFAULT_PREFERENCES } from "../ipc/api";
import type {
  FaceMetrics,
  Link,
  Node,
  NodeFace,
  Route,
  Startup,
  Template,
  Tree,
  TreeSummary,
  TreeView,
} from "../ipc/api";

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

/** The metrics the core draws faces with (the values of `kpitree_core::layout`). */
export const faceMetrics: FaceMetrics = {
  width: 220,
  north_star_width: 260,
  padding_x: 12,
  padding_y: 10,
  header_height: 14,
  gap: 6,
  name_font_size: 14,
  name_line_height: 18,
  north_star_name_font_size: 17,
  north_star_name_line_height: 22,
  value_row_height: 24,
  north_star_value_row_height: 30,
  target_row_height: 14,
  font_family: "Inter",
};

/** The faces of the sample tree, as the core measures them. */
const ziraFaces: Record<string, NodeFace> = {
  // 10 + 14 + 6 + 2 × 22 + 6 + 30 + 6 + 14 + 10
  arr: { width: 260, height: 140, name_lines: ["Annual recurring", "revenue"] },
  // 10 + 14 + 6 + 18 + 6 + 24 + 6 + 14 + 10
  net_new_customers: { width: 220, height: 108, name_lines: ["Net new customers"] },
  // 10 + 14 + 6 + 18 + 6 + 24 + 10
  price_per_seat: { width: 220, height: 88, name_lines: ["Price per seat"] },
  churned: { width: 220, height: 108, name_lines: ["Churned customers"] },
  activation: { width: 220, height: 108, name_lines: ["Activation rate"] },
  // 10 + 14 + 6 + 18 + 10
  fast_ux: { width: 220, height: 58, name_lines: ["Faster mobile load"] },
  usability: { width: 220, height: 58, name_lines: ["Top-notch usability"] },
  aov: { width: 220, height: 88, name_lines: ["Average order value"] },
};

/**
 * A `drives` route as the core draws it in a top-down layout: one cubic Bézier
 * segment from the child's top up into the parent's bottom, both control points
 * halfway between the rows.
 */
export function drivesRoute(
  child: Pick<Node, "id" | "position">,
  parent: Pick<Node, "id" | "position">,
  faces: Readonly<Record<string, NodeFace>>,
): Route {
  const p = parent.position ?? { x: 0, y: 0 };
  const c = child.position ?? { x: 0, y: 0 };
  const parentBottom = p.y + (faces[parent.id]?.height ?? 0) / 2;
  const childTop = c.y - (faces[child.id]?.height ?? 0) / 2;
  const middle = (parentBottom + childTop) / 2;
  return {
    key: { kind: "drives", from: child.id, to: parent.id },
    points: [
      { x: c.x, y: childTop },
      { x: c.x, y: middle },
      { x: p.x, y: middle },
      { x: p.x, y: parentBottom },
    ],
  };
}

/** A route for each `drives` link between two placed nodes of `view`. */
export function drivesRoutes(view: Pick<TreeView, "tree" | "faces">): Route[] {
  const byId = new Map(view.tree.nodes.map((n) => [n.id, n]));
  return view.tree.links.flatMap((l) => {
    const child = byId.get(l.from);
    const parent = byId.get(l.to);
    if (l.kind !== "drives" || child?.position == null || parent?.position == null) return [];
    return [drivesRoute(child, parent, view.faces)];
  });
}

const ziraTree: Tree = {
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
};

export const ziraView: TreeView = {
  id: 1,
  tree: ziraTree,
  time: null,
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
  renamed: {},
  collapsed: [],
  hidden: [],
  hidden_below: {},
  faces: ziraFaces,
  routes: drivesRoutes({ tree: ziraTree, faces: ziraFaces }),
  direction: "top_down",
  thresholds: { on_track_within: 0, at_risk_within: 0.1 },
  statuses: {
    arr: "off_track",
    net_new_customers: "at_risk",
    churned: "off_track",
    activation: "at_risk",
  },
  // As `alignment::analyse` gives it: palette colours in tree order, churned's from
  // its first coloured link.
  alignment: {
    colors: {
      kpis: [
        { id: "net_new_customers", color: "#d55e00", source: "palette", dash: 0 },
        { id: "price_per_seat", color: "#0072b2", source: "palette", dash: 0 },
        { id: "churned", color: "#e63946", source: "link", dash: 0 },
      ],
      chips: [
        { id: "fast_ux", colors: ["#e63946"] },
        { id: "usability", colors: ["#e63946"] },
      ],
    },
    findings: [
      {
        kind: "no_lever",
        node: "price_per_seat",
        related: [],
        message:
          'node "price_per_seat": business KPI with no lever (no initiative or product metric drives or impacts it, directly or through other nodes)',
      },
      {
        kind: "no_tripwire",
        node: "churned",
        related: ["fast_ux", "usability"],
        message:
          'node "churned": pushed by "fast_ux", "usability" with no health metric guarding it (no tripwire)',
      },
    ],
    strength: [
      {
        kpi: "net_new_customers",
        color: "#d55e00",
        strong: 0,
        medium: 0,
        weak: 0,
        unrated: 0,
        bets: [],
      },
      {
        kpi: "price_per_seat",
        color: "#0072b2",
        strong: 0,
        medium: 0,
        weak: 0,
        unrated: 0,
        bets: [],
      },
      {
        kpi: "churned",
        color: "#e63946",
        strong: 1,
        medium: 0,
        weak: 1,
        unrated: 0,
        bets: ["fast_ux", "usability"],
      },
    ],
  },
  link_colors: {
    "impacts-fast_ux-churned": "#e63946",
    "impacts-usability-churned": "#e63946",
  },
  link_dashes: {},
  chips: {
    churned: ["#e63946"],
    fast_ux: ["#e63946"],
    usability: ["#e63946"],
  },
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
  renamed: {},
  collapsed: [],
  hidden: [],
  hidden_below: {},
  faces: {},
  routes: [],
  direction: "top_down",
  thresholds: { on_track_within: 0, at_risk_within: 0.1 },
  statuses: {},
  alignment: { colors: { kpis: [], chips: [] }, findings: [], strength: [] },
  link_colors: {},
  link_dashes: {},
  chips: {},
  time: null,
};

export const startup: Startup = {
  store_path: "/home/pat/.local/share/kpitree/kpitree.db",
  trees,
  last_tree_id: 1,
  face_metrics: faceMetrics,
  preferences: DEFAULT_PREFERENCES,
  read_only: false,
  version: "0.1.0",
  open_error: null,
};

/** A view of tree `id`: `base`'s content under another id and name. */
export function viewAs(base: TreeView, id: number, name: string): TreeView {
  return { ...base, id, tree: { ...base.tree, name }, can_undo: false, can_redo: false };
}

/** The names the Rust side gives trees created from each template. */
export const templateNames: Readonly<Record<Template, string>> = {
  saas_arr: "SaaS growth (sample)",
  marketplace: "Marketplace growth (sample)",
  media_streaming: "Streaming engagement (sample)",
  ecommerce: "E-commerce growth (sample)",
};
