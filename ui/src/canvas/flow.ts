// From a `TreeView` (what the Rust side sends) to React Flow's nodes and edges.
// Pure: the same view always gives the same canvas.
//
// Edge direction: a link goes `from` → `to` (a `drives` link from child to parent).
// On the canvas the parent is above, so the edge leaves the `to` node by its bottom
// handle and enters the `from` node by its top handle (other sides when the two
// nodes are placed otherwise); the arrow is drawn at the `to` end (`markerStart`).
// `impacts` and `guards` links cut across the tree: they leave and enter by the
// sides, as curves. Every link takes the core's route instead when there is one
// that fits (route.ts): the path the layout and the SVG export draw.
//
// Everything the core derives is taken as it sends it (`TreeView`: statuses by the
// tree's thresholds, faces, routes, link colours, card chips, the nodes collapsed
// branches hide); nothing here computes it again. Hidden nodes and their links are
// left out of the canvas. Each card has its face's exact size (face.ts); only before the core's
// face metrics have arrived (`metrics` null) do the cards size themselves.

import { MarkerType } from "@xyflow/react";
import type { CompareMarks, DiffMark } from "../snapshots/comparison";
import type { NodeTime } from "../time/TimeBadge";
import type { Edge, Node as FlowNode } from "@xyflow/react";

import type {
  FaceMetrics,
  Link,
  LinkKind,
  Node,
  NodeFace,
  NodeKind,
  Position,
  Problem,
  Severity,
  Status,
  TreeView,
  WhatIfValue,
} from "../ipc/api";
import { DRIVES_COLOR, GUARDS_COLOR, NODE_KINDS, nodeColor, strengthWidth } from "../model/kinds";
import { faceCard } from "./face";
import type { FaceCard } from "./face";
import { placeNodes } from "./layout";
import { boxOf, fitRoute } from "./route";

/** Something wrong with a node, shown as a badge. */
export interface NodeIssue {
  readonly severity: Severity;
  readonly message: string;
}

export interface KpiNodeData extends Record<string, unknown> {
  readonly node: Node;
  /** The node's colour (its own or its kind's). */
  readonly color: string;
  readonly tint: string;
  /** The value to show: computed by a formula, or as entered. */
  readonly value: number | null;
  readonly computed: boolean;
  readonly status: Status | null;
  readonly issues: readonly NodeIssue[];
  /** The card as the core measured it; `null` before the face metrics arrived. */
  readonly face: FaceCard | null;
  /** The colour chips along the top edge: its own code when bet on, then its bets'. */
  readonly chips: readonly string[];
  /** In a what-if scenario: how the node's value changes; `null` otherwise. */
  readonly delta: WhatIfValue | null;
  /** On the leverage heat map: how strongly the node moves the chosen one (0–1). */
  readonly heat: number | null;
  /** For a tree with history: the node's change and sparkline; `null` otherwise. */
  readonly time: NodeTime | null;
  /** In a comparison: added, changed, or removed (a ghost); `null` otherwise. */
  readonly mark?: DiffMark | null;
  /**
   * For a node with drivers (a branch below it): whether it is collapsed and how
   * many nodes that hides (its "+N"); `null` for a leaf.
   */
  readonly fold?: NodeFold | null;
}

/** A branch's fold, as the core says it (`TreeView.collapsed`, `hidden_below`). */
export interface NodeFold {
  readonly collapsed: boolean;
  readonly hidden: number;
  /** The card's edge its branch leaves from, where the badge sits. */
  readonly side: "bottom" | "right";
}

/** What the canvas shows over the tree itself: a what-if's changes, a heat map. */
export interface Overlays {
  readonly deltas?: Readonly<Record<string, WhatIfValue>> | null;
  readonly heat?: Readonly<Record<string, number>> | null;
  /** A comparison's marks, and the ghosts of what the tree no longer has. */
  readonly compare?: CompareMarks | null;
}

export type KpiFlowNode = FlowNode<KpiNodeData, NodeKind>;

export interface LinkEdgeData extends Record<string, unknown> {
  readonly link: Link;
  readonly color: string;
  readonly width: number;
  /**
   * The stroke's dashes when the core gives the link dashes of its own (past the
   * palette's colours, a KPI's code is told apart by its dashes); else `null`, the
   * kind's.
   */
  readonly dash: string | null;
  /** Names of the two ends, for the tooltip. */
  readonly fromName: string;
  readonly toName: string;
  /**
   * The core's route for the link, from the `to` end to the `from` end, and the
   * centres of those two nodes it was routed for; `null` when there is none that
   * fits.
   */
  readonly route: {
    readonly points: readonly Position[];
    readonly source: Position;
    readonly target: Position;
  } | null;
  /** In a comparison: added, changed, or removed (a ghost); `null` otherwise. */
  readonly mark?: DiffMark | null;
}

export type LinkFlowEdge = Edge<LinkEdgeData, LinkKind>;

/** The sides of a node; each has a source and a target handle (`s-top`, `t-top`...). */
export type Side = "top" | "right" | "bottom" | "left";

const OPPOSITE: Readonly<Record<Side, Side>> = {
  top: "bottom",
  bottom: "top",
  left: "right",
  right: "left",
};

/** Rows closer than this are "side by side": the link then runs horizontally. */
const SAME_ROW = 60;

/**
 * The side of the `to` node a link leaves from, seen from `from`: its bottom when
 * `to` is above (a parent over its child), its top when below, and a side when
 * both sit in one row. The link enters `from` on the opposite side.
 */
export function exitSide(to: { x: number; y: number }, from: { x: number; y: number }): Side {
  const dy = from.y - to.y;
  if (Math.abs(dy) >= SAME_ROW) return dy > 0 ? "bottom" : "top";
  return from.x >= to.x ? "right" : "left";
}

/**
 * The sides an `impacts` or `guards` link takes: the sides of the two nodes that
 * face each other across; both right sides (an arc) when one is above the other.
 */
export function crossSides(
  to: { x: number; y: number },
  from: { x: number; y: number },
): [Side, Side] {
  const dx = from.x - to.x;
  if (Math.abs(dx) < SAME_COLUMN) return ["right", "right"];
  return dx > 0 ? ["right", "left"] : ["left", "right"];
}

/** Centres closer than this (horizontally) are "one above the other". */
const SAME_COLUMN = 120;

export interface Flow {
  readonly nodes: KpiFlowNode[];
  readonly edges: LinkFlowEdge[];
}

/** `KIND-FROM-TO`: a link's id in the DOM, the SVG export and error messages. */
export function linkId(link: Pick<Link, "kind" | "from" | "to">): string {
  return `${link.kind}-${link.from}-${link.to}`;
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1 };

/** The problems of each node, worst first, including a value that cannot be computed. */
export function nodeIssues(view: TreeView): Map<string, NodeIssue[]> {
  const issues = new Map<string, NodeIssue[]>();
  const add = (id: string, issue: NodeIssue) => {
    const list = issues.get(id);
    if (list === undefined) issues.set(id, [issue]);
    else if (!list.some((known) => known.message === issue.message)) list.push(issue);
  };
  view.problems.forEach((problem: Problem) => {
    if (problem.subject.type === "node") {
      add(problem.subject.id, { severity: problem.severity, message: problem.message });
    }
  });
  for (const node of view.tree.nodes) {
    const error = view.values[node.id]?.error;
    if (error !== undefined && error !== null && error !== "") {
      add(node.id, { severity: "error", message: error });
    }
  }
  for (const list of issues.values()) {
    list.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  }
  return issues;
}

/** The canvas for `view`; `metrics` are the core's face metrics (`null` without). */
export function toFlow(
  view: TreeView,
  metrics: FaceMetrics | null = null,
  overlays: Overlays = {},
): Flow {
  const hidden = new Set(view.hidden);
  const nodes = view.tree.nodes.filter((node) => !hidden.has(node.id));
  const links = view.tree.links.filter((link) => !hidden.has(link.from) && !hidden.has(link.to));
  const positions = placeNodes(nodes, view.levels);
  const folds = nodeFolds(view);
  const issues = nodeIssues(view);
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const routeById = new Map(view.routes.map((route) => [linkId(route.key), route]));
  const faceOf = (id: string): NodeFace | null =>
    metrics === null ? null : (view.faces[id] ?? null);

  const flowNodes = nodes.map((node): KpiFlowNode => {
    const computed = view.values[node.id];
    const value = computed !== undefined ? computed.value : node.value;
    const face = faceOf(node.id);
    const card =
      face === null || metrics === null
        ? null
        : faceCard(face, metrics, node.kind, node.target !== null);
    return {
      id: node.id,
      type: node.kind,
      position: positions.get(node.id) ?? { x: 0, y: 0 },
      ...(card === null ? {} : { width: card.width, height: card.height }),
      data: {
        node,
        color: nodeColor(node.kind, node.color),
        tint: NODE_KINDS[node.kind].tint,
        value,
        computed: computed?.computed === true && computed.value !== null,
        status: view.statuses[node.id] ?? null,
        issues: issues.get(node.id) ?? [],
        face: card,
        chips: view.chips[node.id] ?? [],
        delta: overlays.deltas?.[node.id] ?? null,
        heat: overlays.heat?.[node.id] ?? null,
        time: nodeTime(view, node.id),
        mark: overlays.compare?.nodes[node.id] ?? null,
        fold: folds.get(node.id) ?? null,
      },
    };
  });
  const ghosts = ghostNodes(overlays.compare ?? null, metrics, positions);

  const flowEdges: LinkFlowEdge[] = [];
  for (const node of ghosts) byId.set(node.id, node.data.node);
  const removedLinks = overlays.compare?.removedLinks ?? [];
  for (const link of [...links, ...removedLinks]) {
    const removed = removedLinks.includes(link);
    const from = byId.get(link.from);
    const to = byId.get(link.to);
    // A dangling link is reported among the problems; there is nothing to draw.
    if (from === undefined || to === undefined) continue;
    const color = linkColor(link, to, view.link_colors[linkId(link)]);
    const toAt = positions.get(to.id) ?? { x: 0, y: 0 };
    const fromAt = positions.get(from.id) ?? { x: 0, y: 0 };
    const exit = exitSide(toAt, fromAt);
    const [sourceSide, targetSide] =
      link.kind === "drives" ? [exit, OPPOSITE[exit]] : crossSides(toAt, fromAt);
    const width = link.kind === "impacts" ? strengthWidth(link.strength) : 1.5;
    const toFace = faceOf(to.id);
    const fromFace = faceOf(from.id);
    const routed = removed ? undefined : routeById.get(linkId(link));
    const points =
      routed !== undefined && toFace !== null && fromFace !== null
        ? fitRoute(routed, boxOf(toAt, toFace), boxOf(fromAt, fromFace))
        : null;
    flowEdges.push({
      id: removed ? `removed-${linkId(link)}` : linkId(link),
      ...(removed ? { selectable: false, focusable: false } : {}),
      type: link.kind,
      source: link.to,
      target: link.from,
      sourceHandle: `s-${sourceSide}`,
      targetHandle: `t-${targetSide}`,
      markerStart: {
        type: MarkerType.ArrowClosed,
        color,
        width: 32 / width,
        height: 32 / width,
      },
      data: {
        link,
        color,
        width,
        dash: view.link_dashes[linkId(link)] ?? null,
        fromName: from.name,
        toName: to.name,
        route: points === null ? null : { points, source: toAt, target: fromAt },
        mark: removed ? "removed" : (overlays.compare?.links[linkId(link)] ?? null),
      },
    });
  }
  return { nodes: [...flowNodes, ...ghosts], edges: flowEdges };
}

/** The fold of each node that has drivers (the others have none to collapse). */
function nodeFolds(view: TreeView): Map<string, NodeFold> {
  const collapsed = new Set(view.collapsed);
  const side = view.direction === "left_right" ? "right" : "bottom";
  const folds = new Map<string, NodeFold>();
  for (const link of view.tree.links) {
    if (link.kind !== "drives" || folds.has(link.to)) continue;
    folds.set(link.to, {
      collapsed: collapsed.has(link.to),
      hidden: view.hidden_below[link.to] ?? 0,
      side,
    });
  }
  return folds;
}

/**
 * The nodes a comparison says the tree no longer has, where they stood on the
 * other side (also entered in `positions`, for their links): faded, dashed and
 * inert (not selectable, not draggable).
 */
function ghostNodes(
  compare: CompareMarks | null,
  metrics: FaceMetrics | null,
  positions: Map<string, Position>,
): KpiFlowNode[] {
  if (compare === null) return [];
  return compare.ghosts.flatMap(({ node, face }): KpiFlowNode[] => {
    if (node.position === null) return [];
    positions.set(node.id, node.position);
    const card =
      face === null || metrics === null
        ? null
        : faceCard(face, metrics, node.kind, node.target !== null);
    return [
      {
        id: node.id,
        type: node.kind,
        position: node.position,
        selectable: false,
        draggable: false,
        connectable: false,
        ...(card === null ? {} : { width: card.width, height: card.height }),
        data: {
          node,
          color: nodeColor(node.kind, node.color),
          tint: NODE_KINDS[node.kind].tint,
          value: node.value,
          computed: false,
          status: null,
          issues: [],
          face: card,
          chips: [],
          delta: null,
          heat: null,
          time: null,
          mark: "removed",
        },
      },
    ];
  });
}

/**
 * The colour a link is drawn in: `drives` and `guards` in their kind's, `impacts` in
 * the colour the core gives it (`coded`: its own, else its KPI's code, else its
 * target's fill), which the core sends for every `impacts` link between two nodes;
 * the target's colour, the core's last choice, only stands in for the type.
 */
function linkColor(link: Link, target: Node, coded: string | undefined): string {
  switch (link.kind) {
    case "drives":
      return DRIVES_COLOR;
    case "guards":
      return GUARDS_COLOR;
    case "impacts":
      return coded ?? nodeColor(target.kind, target.color);
  }
}

/** What node `id`'s card shows of time, when the tree has a history. */
function nodeTime(view: TreeView, id: string): NodeTime | null {
  const time = view.time;
  if (time === null) return null;
  const change = time.changes[id] ?? null;
  const spark = time.sparklines[id] ?? null;
  if (change === null && spark === null) return null;
  return { change, spark, at: time.periods.indexOf(time.period) };
}
