// A node's face: the card as the Rust core measured it. The canvas, the layout and
// the SVG export must agree to the pixel, so the card takes its size from the core
// (`TreeView.faces`) and its inner sizes from the core's `FaceMetrics`, never from
// numbers of its own:
//
//   padding_y
//   header        header_height         kind label left, owner right
//   gap
//   name          one line of name_line_height per `name_lines` entry
//   gap + value   value_row_height      metric kinds only
//   gap + target  target_row_height     only when the node has a target
//   padding_y
//
// The North Star uses its own name and value sizes. The metrics reach the CSS as
// custom properties set once, on the canvas (`faceMetricsStyle`).

import type { CSSProperties } from "react";

import type { FaceMetrics, NodeFace, NodeKind } from "../ipc/api";

export type CSSVariables = CSSProperties & Record<`--${string}`, string>;

/** The kinds that have a value (and so a value row). */
const METRIC_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  "north_star",
  "business_kpi",
  "product_metric",
  "health_metric",
]);

export function isMetricKind(kind: NodeKind): boolean {
  return METRIC_KINDS.has(kind);
}

function px(value: number): string {
  return `${value}px`;
}

/** A font family name as a CSS string; anything but plain name characters dropped. */
export function cssFontFamily(name: string): string {
  const clean = name.replace(/[^A-Za-z0-9 _-]/g, "").trim();
  return `"${clean === "" ? "Inter" : clean}", system-ui, sans-serif`;
}

/** The metrics as the CSS custom properties `canvas.css` draws faces with. */
export function faceMetricsStyle(metrics: FaceMetrics): CSSVariables {
  return {
    "--kt-face-padding-x": px(metrics.padding_x),
    "--kt-face-padding-y": px(metrics.padding_y),
    "--kt-face-header-height": px(metrics.header_height),
    "--kt-face-gap": px(metrics.gap),
    "--kt-face-name-font-size": px(metrics.name_font_size),
    "--kt-face-name-line-height": px(metrics.name_line_height),
    "--kt-face-ns-name-font-size": px(metrics.north_star_name_font_size),
    "--kt-face-ns-name-line-height": px(metrics.north_star_name_line_height),
    "--kt-face-value-row-height": px(metrics.value_row_height),
    "--kt-face-ns-value-row-height": px(metrics.north_star_value_row_height),
    "--kt-face-target-row-height": px(metrics.target_row_height),
    "--kt-face-font-family": cssFontFamily(metrics.font_family),
  };
}

export type FaceRowKind = "header" | "name" | "value" | "target";

/** One row of the card: where it starts below the card's top edge, and its height. */
export interface FaceRow {
  readonly kind: FaceRowKind;
  readonly top: number;
  readonly height: number;
}

export interface FaceCard {
  /** The card's box: exactly the face's size (border included). */
  readonly style: { readonly width: string; readonly height: string };
  readonly width: number;
  readonly height: number;
  readonly nameLines: readonly string[];
  readonly rows: readonly FaceRow[];
  /** The height the rows and paddings add up to; equals `height` when both sides agree. */
  readonly contentHeight: number;
}

/** The card of a node of `kind` with `face`, laid out with `metrics`. */
export function faceCard(
  face: NodeFace,
  metrics: FaceMetrics,
  kind: NodeKind,
  hasTarget: boolean,
): FaceCard {
  const northStar = kind === "north_star";
  const lineHeight = northStar ? metrics.north_star_name_line_height : metrics.name_line_height;
  const heights: [FaceRowKind, number][] = [
    ["header", metrics.header_height],
    ["name", face.name_lines.length * lineHeight],
  ];
  if (isMetricKind(kind)) {
    heights.push([
      "value",
      northStar ? metrics.north_star_value_row_height : metrics.value_row_height,
    ]);
  }
  if (hasTarget) heights.push(["target", metrics.target_row_height]);

  const rows: FaceRow[] = [];
  let top = metrics.padding_y;
  for (const [rowKind, height] of heights) {
    if (rows.length > 0) top += metrics.gap;
    rows.push({ kind: rowKind, top, height });
    top += height;
  }
  return {
    style: { width: px(face.width), height: px(face.height) },
    width: face.width,
    height: face.height,
    nameLines: face.name_lines,
    rows,
    contentHeight: top + metrics.padding_y,
  };
}

/** Whether the card has a row of `kind`. */
export function hasRow(card: FaceCard, kind: FaceRowKind): boolean {
  return card.rows.some((row) => row.kind === kind);
}
