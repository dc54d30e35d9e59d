// What the UI knows about each kind of node and link: labels and default colours.
// The colours are the ones of the Rust core (`NodeKind::default_color`), so that the
// canvas and the SVG export agree.

import type { LinkKind, NodeKind, Strength } from "../ipc/api";

export interface NodeKindInfo {
  readonly label: string;
  readonly color: string;
  /** A pale tint of the colour for backgrounds. */
  readonly tint: string;
}

export const NODE_KINDS: Readonly<Record<NodeKind, NodeKindInfo>> = {
  north_star: { label: "North Star", color: "#1d3557", tint: "#e8edf4" },
  business_kpi: { label: "Business KPI", color: "#2a6f97", tint: "#e9f2f7" },
  product_metric: { label: "Product metric", color: "#2d6a4f", tint: "#e9f3ee" },
  strategic_intent: { label: "Strategic intent", color: "#6a4c93", tint: "#f1edf7" },
  initiative: { label: "Initiative", color: "#b5651d", tint: "#fbf3ea" },
  health_metric: { label: "Health metric", color: "#9d0208", tint: "#fbeced" },
};

/** The kinds in the order of the legend (and of the palette, later). */
export const NODE_KIND_ORDER: readonly NodeKind[] = [
  "north_star",
  "business_kpi",
  "product_metric",
  "strategic_intent",
  "initiative",
  "health_metric",
];

export const LINK_KINDS: Readonly<Record<LinkKind, { readonly label: string }>> = {
  drives: { label: "drives" },
  impacts: { label: "impacts" },
  guards: { label: "guards" },
};

/** The colour of `drives` links. */
export const DRIVES_COLOR = "#8a94a3";
/** The colour of `guards` links. */
export const GUARDS_COLOR = "#6a040f";

/** Stroke width of an `impacts` link by strength; unset reads as medium. */
export function strengthWidth(strength: Strength | null): number {
  switch (strength) {
    case "strong":
      return 3;
    case "weak":
      return 1;
    case "medium":
    case null:
      return 2;
  }
}

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

/** `color` when it is a `#rrggbb` colour, else `null`. */
export function validColor(color: string | null): string | null {
  return color !== null && HEX_COLOR.test(color) ? color : null;
}

/** A node's colour: its own when valid, else its kind's default. */
export function nodeColor(kind: NodeKind, color: string | null): string {
  return validColor(color) ?? NODE_KINDS[kind].color;
}
