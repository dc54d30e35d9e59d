// What the far-zoom layer draws (issue 19), as plain data: one box per card, one
// polyline per link, and the names that can be read at that zoom. Pure, so that it
// is tested without a canvas; FarLayer.tsx paints it.
//
// Invariants: boxes and links are in canvas units (the drawing is scaled by the
// viewport); labels are in screen pixels, never smaller than `LABEL_MIN_PX`, and
// never overlap one another; below the top three levels a name is written only
// where it fits on its card. Labels are placed greedily, the upper levels first
// (the North Star, then the KPIs under it…), each centred on its card and kept only
// where it overlaps no label placed before it, as map labelling does (the greedy
// rule of Christensen, Marks and Shieber, "An empirical study of algorithms for
// point-feature label placement", 1995, without the moves they add).

import type { Position } from "../../ipc/api";
import type { DiffMark } from "../../snapshots/comparison";
import type { KpiFlowNode, LinkFlowEdge } from "../flow";
import { boundsOf } from "../minimap/map";

/** A card far out: its box (top-left, canvas units) and what its look needs. */
export interface FarBox {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  readonly tint: string;
  readonly name: string;
  /** 0 for the North Star's row, 1 below it… (the order names are placed in). */
  readonly level: number;
  readonly selected: boolean;
  /** Outside a lit colour code. */
  readonly dimmed: boolean;
  readonly mark: DiffMark | null;
  /** How strongly it moves the chosen node on the leverage heat map (0–1). */
  readonly heat: number | null;
  /** The "+N" of a collapsed card, and the edge its branch leaves from. */
  readonly collapsed: { readonly hidden: number; readonly side: "bottom" | "right" } | null;
}

/** A link far out: its points in canvas units and its stroke. */
export interface FarLink {
  /** The two cards it joins (React Flow's source and target). */
  readonly from: string;
  readonly to: string;
  readonly points: readonly Position[];
  readonly color: string;
  readonly width: number;
  /** The dash pattern in canvas units; empty for a solid line. */
  readonly dash: readonly number[];
  readonly dimmed: boolean;
}

/** A name placed on screen. */
export interface FarLabel {
  readonly id: string;
  readonly text: string;
  /** Centre, screen pixels relative to the canvas. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly px: number;
  readonly level: number;
}

/** The viewport: screen = canvas × zoom + (x, y). */
export interface FarTransform {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/**
 * Where the far layer's bitmap lies. `whole`: the bitmap holds the whole tree at
 * this zoom (its top-left `left`, `top` screen pixels from the viewport's origin),
 * so a pan only moves it (a compositor's job, nothing painted again); otherwise
 * the tree is too large at this zoom and the bitmap is the pane, painted again as
 * the canvas pans.
 */
export type FarFrame =
  | {
      readonly whole: true;
      readonly left: number;
      readonly top: number;
      readonly width: number;
      readonly height: number;
    }
  | { readonly whole: false; readonly width: number; readonly height: number };

/** Room around the tree for names and "+N" counts wider than their cards. */
const FRAME_MARGIN = 120;
/** The largest side of a whole-tree bitmap (WebKit's canvases go to 16,384). */
const FRAME_MAX_SIDE = 4096;
/** ... and at most this many panes of pixels. */
const FRAME_MAX_PANES = 3;

/** The far layer's bitmap for these boxes at `zoom` in a pane of `pane`'s size. */
export function farFrame(
  boxes: readonly FarBox[],
  zoom: number,
  pane: { readonly width: number; readonly height: number },
): FarFrame {
  const inPane = { whole: false, width: pane.width, height: pane.height } as const;
  const tree = boundsOf(boxes);
  if (tree === null) return inPane;
  const width = Math.ceil(tree.width * zoom + 2 * FRAME_MARGIN);
  const height = Math.ceil(tree.height * zoom + 2 * FRAME_MARGIN);
  const fits =
    width <= FRAME_MAX_SIDE &&
    height <= FRAME_MAX_SIDE &&
    width * height <= FRAME_MAX_PANES * Math.max(pane.width * pane.height, 1);
  if (!fits) return inPane;
  return {
    whole: true,
    left: Math.floor(tree.x * zoom - FRAME_MARGIN),
    top: Math.floor(tree.y * zoom - FRAME_MARGIN),
    width,
    height,
  };
}

/** The smallest a name is written far out (issue 19: ≥ 9 px at 1280×800). */
export const LABEL_MIN_PX = 11;
/** The North Star's name, a little larger. */
const LABEL_ROOT_PX = 13;
/** Padding around a label's text, screen pixels. */
const LABEL_PAD = 4;
/** Names of the North Star and this many levels below it are written at any zoom. */
const LABEL_LEVELS = 3;
/** Names longer than this are cut with an ellipsis. */
const LABEL_MAX_CHARS = 32;
/** At most this many names at once: past it the drawing is too busy to read. */
const LABEL_MAX = 90;
/** The size a card takes when React Flow has not been told it (no face yet). */
const DEFAULT_SIZE = { width: 224, height: 72 } as const;

const DASHES: Readonly<Record<string, readonly number[]>> = {
  drives: [],
  impacts: [7, 5],
  guards: [1.5, 4.5],
};

/**
 * Each node's box, kept while the node object stays the same, for each levels
 * object asked with (the far layer and the minimap ask with different ones: one
 * entry a node would have them make each other's boxes anew at every frame).
 */
const boxesMade = new WeakMap<object, WeakMap<KpiFlowNode, FarBox>>();

/**
 * The boxes of `nodes` (centred at their positions, as the canvas places them). A
 * node React Flow left as it was keeps its box object, so that what was painted
 * from the boxes of nodes at rest is known not to have changed (FarLayer).
 */
export function farBoxes(
  nodes: readonly KpiFlowNode[],
  levels: Readonly<Record<string, number>>,
): FarBox[] {
  let made = boxesMade.get(levels);
  if (made === undefined) {
    made = new WeakMap();
    boxesMade.set(levels, made);
  }
  const known = made;
  return nodes.map((node) => {
    const kept = known.get(node);
    if (kept !== undefined) return kept;
    const box = boxOf(node, levels);
    known.set(node, box);
    return box;
  });
}

function boxOf(node: KpiFlowNode, levels: Readonly<Record<string, number>>): FarBox {
  const width = node.width ?? node.measured?.width ?? DEFAULT_SIZE.width;
  const height = node.height ?? node.measured?.height ?? DEFAULT_SIZE.height;
  const { data } = node;
  const fold = data.fold ?? null;
  return {
    id: node.id,
    x: node.position.x - width / 2,
    y: node.position.y - height / 2,
    width,
    height,
    color: data.color,
    tint: data.tint,
    name: data.node.name,
    level: levels[node.id] ?? Number.MAX_SAFE_INTEGER,
    selected: node.selected === true,
    dimmed: node.className === "kt-dimmed",
    mark: data.mark ?? null,
    heat: data.heat,
    collapsed: fold?.collapsed === true ? { hidden: fold.hidden, side: fold.side } : null,
  };
}

/** The centre of each box: where its node stands. */
export function centres(boxes: readonly FarBox[]): Map<string, Position> {
  return new Map(
    boxes.map((box) => [box.id, { x: box.x + box.width / 2, y: box.y + box.height / 2 }]),
  );
}

/**
 * The links of `edges` as polylines, their cards' centres `at`: the core's route
 * while both ends stand where it was routed for, else a straight line between the two cards' centres (a card
 * being dragged, or a link with no route).
 */
export function farLinks(
  edges: readonly LinkFlowEdge[],
  at: ReadonlyMap<string, Position>,
): FarLink[] {
  const links: FarLink[] = [];
  for (const edge of edges) {
    const data = edge.data;
    const source = at.get(edge.source);
    const target = at.get(edge.target);
    if (data === undefined || source === undefined || target === undefined) continue;
    const route = data.route;
    const routed =
      route !== null &&
      same(route.source, source) &&
      same(route.target, target) &&
      route.points.length >= 2;
    const dash =
      data.mark === "removed"
        ? [4, 4]
        : data.dash !== null
          ? parseDash(data.dash)
          : (DASHES[data.link.kind] ?? []);
    links.push({
      from: edge.source,
      to: edge.target,
      points: routed ? route.points : [source, target],
      color: data.color,
      width: data.width,
      dash,
      dimmed: edge.className === "kt-dimmed",
    });
  }
  return links;
}

function same(a: Position, b: Position): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;
}

/** An SVG dash array ("7 5", "4,2") as numbers; solid when it does not read. */
function parseDash(text: string): number[] {
  const parts = text
    .split(/[\s,]+/)
    .filter((part) => part !== "")
    .map(Number);
  return parts.every((part) => Number.isFinite(part) && part >= 0) ? parts : [];
}

/** A name cut to `LABEL_MAX_CHARS`, with an ellipsis. */
export function labelText(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  return trimmed.length <= LABEL_MAX_CHARS
    ? trimmed
    : `${trimmed.slice(0, LABEL_MAX_CHARS - 1).trimEnd()}…`;
}

/** A card that may be named far out, in the order names are placed. */
export interface LabelCandidate {
  readonly box: FarBox;
  readonly text: string;
  readonly px: number;
}

/**
 * The cards that may be named, upper levels first, then left to right; what does
 * not change as the canvas pans (worked out once per scene, not per frame).
 */
export function labelCandidates(boxes: readonly FarBox[]): LabelCandidate[] {
  return boxes
    .filter((box) => !box.dimmed && box.mark !== "removed" && box.name.trim() !== "")
    .sort((a, b) => a.level - b.level || a.x - b.x)
    .map((box) => ({
      box,
      text: labelText(box.name),
      px: box.level === 0 ? LABEL_ROOT_PX : LABEL_MIN_PX,
    }));
}

/**
 * The names that can be read far out: each candidate (`labelCandidates`, in
 * order) centred on its card on screen, kept when it is in view and overlaps no
 * name kept before it. `measure` gives a text's width in pixels at a font size.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  transform: FarTransform,
  view: { readonly width: number; readonly height: number },
  measure: (text: string, px: number) => number,
): FarLabel[] {
  const placed: FarLabel[] = [];
  for (const { box, text, px } of candidates) {
    if (placed.length >= LABEL_MAX) break;
    const x = (box.x + box.width / 2) * transform.zoom + transform.x;
    const y = (box.y + box.height / 2) * transform.zoom + transform.y;
    if (x < 0 || y < 0 || x > view.width || y > view.height) continue;
    const deep = box.level > LABEL_LEVELS - 1;
    const room = box.width * transform.zoom;
    // A name is at least a third of its size a character wide: too long for its
    // card without measuring it.
    if (deep && (text.length * px) / 3 > room) continue;
    const width = measure(text, px) + 2 * LABEL_PAD;
    // Below the top levels a name is written only where it fits on its card: more
    // would bury the shape of the tree under words.
    if (deep && width > room) continue;
    const label: FarLabel = {
      id: box.id,
      text,
      x,
      y,
      width,
      height: px * 1.3 + LABEL_PAD,
      px,
      level: box.level,
    };
    if (placed.every((other) => !overlap(label, other))) placed.push(label);
  }
  return placed;
}

/** Whether two labels overlap, with a pixel of air between them. */
function overlap(a: FarLabel, b: FarLabel): boolean {
  return (
    Math.abs(a.x - b.x) * 2 < a.width + b.width + 2 &&
    Math.abs(a.y - b.y) * 2 < a.height + b.height + 2
  );
}
