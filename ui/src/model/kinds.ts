// What the UI knows about each kind of node and link: labels, default colours and
// link strokes. They come from the core's look table (looks.generated.ts, made by
// scripts/looks), the one the SVG export draws from, so the two always agree.

import type { LinkKind, NodeKind, Strength } from "../ipc/api";
import { LINK_LOOKS, NODE_LOOKS, STRENGTH_WIDTHS } from "./looks.generated";

export { NODE_KIND_ORDER } from "./looks.generated";

export interface NodeKindInfo {
  readonly label: string;
  readonly color: string;
  /** A pale tint of the colour for backgrounds. */
  readonly tint: string;
}

export const NODE_KINDS: Readonly<Record<NodeKind, NodeKindInfo>> = NODE_LOOKS;

export const LINK_KINDS: Readonly<Record<LinkKind, { readonly label: string }>> = {
  drives: { label: "drives" },
  impacts: { label: "impacts" },
  guards: { label: "guards" },
};

/** The colour of `drives` links. */
export const DRIVES_COLOR: string = LINK_LOOKS.drives.color.light;
/** The colour of `guards` links. */
export const GUARDS_COLOR: string = LINK_LOOKS.guards.color.light;

/** Stroke width of an `impacts` link by strength; unset reads as medium (as in the core). */
export function strengthWidth(strength: Strength | null): number {
  return STRENGTH_WIDTHS[strength ?? "medium"];
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
