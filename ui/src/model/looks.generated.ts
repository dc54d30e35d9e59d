// Generated from the look table (src-tauri/core/src/model/look.rs) by
// src-tauri/core/tests/looks.rs: do not edit, run scripts/looks.

import type { LinkKind, NodeKind, Strength } from "../ipc/api";
import type { LinkLook, NodeLook } from "./lookTypes";

/** Each kind of node's look. */
export const NODE_LOOKS = {
  north_star: {
    "label": "North Star",
    "color": "#1d3557",
    "tint": "#e8edf4",
    "radius": 14.0,
    "mark": {
      "view": 24.0,
      "size": 15.0,
      "color": "#f3c64f",
      "parts": [
        {
          "shape": {
            "kind": "path",
            "d": "M12 2.2l2.9 6.1 6.7.8-4.9 4.6 1.3 6.6L12 17.1l-6 3.2 1.3-6.6-4.9-4.6 6.7-.8z"
          },
          "paint": {
            "kind": "fill"
          }
        }
      ]
    }
  },
  business_kpi: {
    "label": "Business KPI",
    "color": "#2a6f97",
    "tint": "#e9f2f7",
    "radius": 12.0,
    "mark": {
      "view": 12.0,
      "size": 12.0,
      "color": null,
      "parts": [
        {
          "shape": {
            "kind": "rect",
            "x": 0.5,
            "y": 1.5,
            "width": 11.0,
            "height": 9.0,
            "rx": 2.5
          },
          "paint": {
            "kind": "fill"
          }
        }
      ]
    }
  },
  product_metric: {
    "label": "Product metric",
    "color": "#2d6a4f",
    "tint": "#e9f3ee",
    "radius": 3.0,
    "mark": {
      "view": 12.0,
      "size": 12.0,
      "color": null,
      "parts": [
        {
          "shape": {
            "kind": "rect",
            "x": 0.5,
            "y": 1.5,
            "width": 11.0,
            "height": 9.0,
            "rx": 0.5
          },
          "paint": {
            "kind": "fill"
          }
        }
      ]
    }
  },
  strategic_intent: {
    "label": "Strategic intent",
    "color": "#6a4c93",
    "tint": "#f1edf7",
    "radius": 22.0,
    "mark": {
      "view": 12.0,
      "size": 12.0,
      "color": null,
      "parts": [
        {
          "shape": {
            "kind": "path",
            "d": "M3 1.5h6L11.5 6 9 10.5H3L0.5 6z"
          },
          "paint": {
            "kind": "fill"
          }
        }
      ]
    }
  },
  initiative: {
    "label": "Initiative",
    "color": "#b5651d",
    "tint": "#fbf3ea",
    "radius": 8.0,
    "mark": {
      "view": 12.0,
      "size": 12.0,
      "color": null,
      "parts": [
        {
          "shape": {
            "kind": "rect",
            "x": 1.0,
            "y": 2.0,
            "width": 10.0,
            "height": 8.0,
            "rx": 1.5
          },
          "paint": {
            "kind": "outline",
            "width": 1.5,
            "dash": "2.2 1.6"
          }
        }
      ]
    }
  },
  health_metric: {
    "label": "Health metric",
    "color": "#9d0208",
    "tint": "#fbeced",
    "radius": 10.0,
    "mark": {
      "view": 24.0,
      "size": 14.0,
      "color": null,
      "parts": [
        {
          "shape": {
            "kind": "path",
            "d": "M12 2l8 3v6.2c0 5-3.4 9.4-8 10.8-4.6-1.4-8-5.8-8-10.8V5z"
          },
          "paint": {
            "kind": "fill"
          }
        },
        {
          "shape": {
            "kind": "path",
            "d": "M11 7h2v6.5h-2zM11 15h2v2h-2z"
          },
          "paint": {
            "kind": "solid",
            "color": "#ffffff"
          }
        }
      ]
    }
  },
} as const satisfies Readonly<Record<NodeKind, NodeLook>>;

/** Each kind of link's look (light theme colours are the canvas's). */
export const LINK_LOOKS = {
  drives: {
    "color": {
      "light": "#8a94a3",
      "dark": "#738093"
    },
    "width": 1.5,
    "dash": null,
    "round": false,
    "legend": "drives (child → parent)",
    "legend_dash": null
  },
  impacts: {
    "color": null,
    "width": null,
    "dash": "7 5",
    "round": false,
    "legend": "impacts (colour of the KPI)",
    "legend_dash": "5 3"
  },
  guards: {
    "color": {
      "light": "#6a040f",
      "dark": "#e0636f"
    },
    "width": 1.5,
    "dash": "1.5 4.5",
    "round": true,
    "legend": "guards (tripwire)",
    "legend_dash": "1.5 3"
  },
} as const satisfies Readonly<Record<LinkKind, LinkLook>>;

/** The stroke width of an `impacts` link by strength, px. */
export const STRENGTH_WIDTHS = {
  strong: 3.0,
  medium: 2.0,
  weak: 1.0,
} as const satisfies Readonly<Record<Strength, number>>;

/** The class of a kind's card on the canvas: `kt-node--SHAPE`. */
export const NODE_SHAPES = {
  north_star: "north-star",
  business_kpi: "business-kpi",
  product_metric: "product-metric",
  strategic_intent: "strategic-intent",
  initiative: "initiative",
  health_metric: "health-metric",
} as const satisfies Readonly<Record<NodeKind, string>>;

/** The kinds in the core's order (legends, palettes). */
export const NODE_KIND_ORDER: readonly NodeKind[] = ["north_star", "business_kpi", "product_metric", "strategic_intent", "initiative", "health_metric"];

/**
 * The colours KPIs are given as colour codes, in the order the core hands them
 * out: the Okabe–Ito set, then (past seven coded KPIs) Paul Tol's muted set.
 */
export const CODE_COLORS = {
  okabeIto: [
    {
      "color": "#d55e00",
      "name": "Vermillion"
    },
    {
      "color": "#0072b2",
      "name": "Blue"
    },
    {
      "color": "#009e73",
      "name": "Bluish green"
    },
    {
      "color": "#cc79a7",
      "name": "Reddish purple"
    },
    {
      "color": "#e69f00",
      "name": "Orange"
    },
    {
      "color": "#56b4e9",
      "name": "Sky blue"
    },
    {
      "color": "#f0e442",
      "name": "Yellow"
    }
  ],
  tolMuted: [
    {
      "color": "#332288",
      "name": "Indigo"
    },
    {
      "color": "#882255",
      "name": "Wine"
    },
    {
      "color": "#999933",
      "name": "Olive"
    },
    {
      "color": "#cc6677",
      "name": "Rose"
    },
    {
      "color": "#117733",
      "name": "Green"
    },
    {
      "color": "#aa4499",
      "name": "Purple"
    },
    {
      "color": "#ddcc77",
      "name": "Sand"
    }
  ],
} as const satisfies Readonly<
  Record<string, readonly { readonly color: string; readonly name: string }[]>
>;

/**
 * The dashes of an `impacts` link by its code's dash variant (0: the kind's own),
 * the first few; the core sends those it uses in `TreeView.link_dashes`.
 */
export const CODE_DASHES: readonly string[] = ["7 5", "12 4 2 4", "12 4 2 4 2 4", "12 4 2 4 2 4 2 4"];
