// The tree far out (below `FAR_ZOOM`), painted as one layer (issue 19): every card
// a plain box in its kind's colours and every link a line, on one <canvas> under
// React Flow's nodes, with the names that can be read at that zoom written over
// them. Far out the cards themselves render as empty boxes (NodeCard's far face):
// they still take clicks, drags, double-clicks and right-clicks as React Flow
// gives them, so selecting and moving work as close up, while what is painted is
// this one bitmap. 500 DOM cards with their text, sparklines and handles, and an
// <svg> a link, were painted again at every frame of a pan (8–9 frames/s fitted).
//
// The bitmap holds the whole tree at the current zoom when that is not too large
// (`farFrame`): a pan then only moves it, as a compositing layer of its own, and
// nothing is painted again until the zoom, the nodes or the links change. A tree
// too large at this zoom gets a bitmap the size of the pane, painted again at
// every frame. (Painting the pane at every frame of a pan held a fitted 500-node
// tree to 15–17 frames/s; a page without the layer at all did 20–28.) The names
// placed are also listed, visually hidden, for screen readers and tests.

import { useStore } from "@xyflow/react";
import type { ReactFlowState } from "@xyflow/react";
import { useLayoutEffect, useMemo, useRef, useState } from "react";

import type { KpiFlowNode, LinkFlowEdge } from "../flow";
import { centres, farBoxes, farFrame, farLinks, labelCandidates, placeLabels } from "./scene";
import type { FarBox, FarLabel, FarLink, FarTransform } from "./scene";

export interface FarLayerProps {
  readonly nodes: readonly KpiFlowNode[];
  readonly edges: readonly LinkFlowEdge[];
  /** Each node's level (0 = the North Star row), as the core says. */
  readonly levels: Readonly<Record<string, number>>;
}

const paneSize = (state: ReactFlowState) => ({ width: state.width, height: state.height });

/** The theme's colours the layer paints with, read from the page's CSS. */
interface Palette {
  readonly surface: string;
  readonly border: string;
  readonly text: string;
  readonly focus: string;
  readonly added: string;
  readonly changed: string;
  readonly heat: string;
  readonly font: string;
}

function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    surface: token("--kt-surface", "#ffffff"),
    border: token("--kt-border", "#e2e6eb"),
    text: token("--kt-text", "#1b2430"),
    focus: token("--kt-focus", "#3d6fd1"),
    added: token("--kt-on-track", "#2b8a3e"),
    changed: token("--kt-at-risk", "#b7791f"),
    heat: "rgb(232, 89, 12)",
    font: token("--kt-font", "sans-serif"),
  };
}

/** Measures text for label placement, in the label's font; each text once. */
let measuring: CanvasRenderingContext2D | null = null;
const measured = new Map<string, number>();
function measureWith(font: string): (text: string, px: number) => number {
  measuring ??= document.createElement("canvas").getContext("2d");
  return (text, px) => {
    const key = `${px} ${font} ${text}`;
    const known = measured.get(key);
    if (known !== undefined) return known;
    let width = text.length * px * 0.55;
    if (measuring !== null) {
      measuring.font = `600 ${px}px ${font}`;
      width = measuring.measureText(text).width;
    }
    if (measured.size > 10_000) measured.clear();
    measured.set(key, width);
    return width;
  };
}

export function FarLayer({ nodes, edges, levels }: FarLayerProps) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const overlay = useRef<HTMLCanvasElement | null>(null);
  const [x, y, zoom] = useStore((state) => state.transform);
  const { width, height } = useStore(
    paneSize,
    (a, b) => a.width === b.width && a.height === b.height,
  );
  // Read where the layer is drawn (present mode's dark theme sets its own tokens).
  const [palette, setPalette] = useState<Palette | null>(null);
  useLayoutEffect(() => {
    if (canvas.current !== null) setPalette(readPalette(canvas.current));
  }, []);
  const boxes = useMemo(() => farBoxes(nodes, levels), [nodes, levels]);
  // The cards being dragged, and the rest: the rest stay in the bitmap, painted
  // once per drag; the dragged ones and their links go on a layer of their own,
  // painted at every frame of the drag.
  const movingKey = nodes
    .filter((node) => node.dragging === true)
    .map((node) => node.id)
    .join(" ");
  const moving = useMemo(() => new Set(movingKey === "" ? [] : movingKey.split(" ")), [movingKey]);
  const resting = useSameItems(
    useMemo(() => boxes.filter((box) => !moving.has(box.id)), [boxes, moving]),
  );
  const restingLinks = useMemo(
    () =>
      farLinks(
        edges.filter((edge) => !moving.has(edge.source) && !moving.has(edge.target)),
        centres(resting),
      ),
    [edges, moving, resting],
  );
  const candidates = useMemo(() => labelCandidates(resting), [resting]);
  const frame = useMemo(
    () => farFrame(resting, zoom, { width, height }),
    [resting, zoom, width, height],
  );
  // Where the drawing's origin is in the bitmap: fixed while a whole-tree bitmap
  // pans (nothing is painted again), the viewport's own otherwise.
  const originX = frame.whole ? -frame.left : x;
  const originY = frame.whole ? -frame.top : y;
  const labels = useMemo(
    () =>
      palette === null
        ? []
        : placeLabels(
            candidates,
            { x: originX, y: originY, zoom },
            { width: frame.width, height: frame.height },
            measureWith(palette.font),
          ),
    [candidates, originX, originY, zoom, frame.width, frame.height, palette],
  );

  useLayoutEffect(() => {
    if (palette === null) return;
    const size = { width: frame.width, height: frame.height };
    const at = { x: originX, y: originY, zoom };
    paintOn(canvas.current, size, (context, ratio) =>
      paint(context, ratio, at, size, resting, restingLinks, labels, palette),
    );
  }, [originX, originY, zoom, frame.width, frame.height, resting, restingLinks, labels, palette]);

  const dragging = moving.size > 0;
  // The dragged cards and their links, on a bitmap just their size (a bitmap the
  // size of the pane, cleared and composited at every frame, held a drag to
  // 16 frames/s).
  const drag = useMemo(() => {
    if (!dragging) return null;
    const movingBoxes = boxes.filter((box) => moving.has(box.id));
    const movingLinks = farLinks(
      edges.filter((edge) => moving.has(edge.source) || moving.has(edge.target)),
      centres(boxes),
    );
    const points = [
      ...movingBoxes.flatMap((box) => [box, { x: box.x + box.width, y: box.y + box.height }]),
      ...movingLinks.flatMap((link) => link.points),
    ];
    const pad = 6;
    const left = Math.max(Math.floor(Math.min(...points.map((p) => p.x)) * zoom + x) - pad, 0);
    const top = Math.max(Math.floor(Math.min(...points.map((p) => p.y)) * zoom + y) - pad, 0);
    const right = Math.min(Math.ceil(Math.max(...points.map((p) => p.x)) * zoom + x) + pad, width);
    const bottom = Math.min(
      Math.ceil(Math.max(...points.map((p) => p.y)) * zoom + y) + pad,
      height,
    );
    return {
      boxes: movingBoxes,
      links: movingLinks,
      left,
      top,
      width: Math.max(right - left, 1),
      height: Math.max(bottom - top, 1),
    };
  }, [dragging, boxes, edges, moving, x, y, zoom, width, height]);
  useLayoutEffect(() => {
    if (palette === null || drag === null) return;
    const size = { width: drag.width, height: drag.height };
    const at = { x: x - drag.left, y: y - drag.top, zoom };
    paintOn(overlay.current, size, (context, ratio) =>
      paint(context, ratio, at, size, drag.boxes, drag.links, [], palette),
    );
  }, [drag, x, y, zoom, palette]);

  const style = frame.whole
    ? {
        width: frame.width,
        height: frame.height,
        // Whole pixels: a bitmap moved by a fraction of one is resampled, blurring
        // its names (and seaming them where WebKit tiles the layer).
        transform: `translate(${Math.round(x + frame.left)}px, ${Math.round(y + frame.top)}px)`,
      }
    : { width: frame.width, height: frame.height };
  return (
    <>
      <canvas
        ref={canvas}
        className="kt-far"
        data-testid="far-layer"
        style={style}
        aria-hidden="true"
      />
      {drag !== null && (
        <canvas
          ref={overlay}
          className="kt-far"
          style={{
            width: drag.width,
            height: drag.height,
            transform: `translate(${drag.left}px, ${drag.top}px)`,
          }}
          aria-hidden="true"
        />
      )}
      <ul className="kt-visually-hidden" data-testid="far-labels" aria-label="Names shown">
        {labels.map((label) => (
          <li key={label.id} data-node={label.id} data-px={label.px}>
            {label.text}
          </li>
        ))}
      </ul>
    </>
  );
}

/** `items`, or the array given last time when it holds the same items in the same
 * order: what is painted from it is not painted again. */
function useSameItems<T>(items: readonly T[]): readonly T[] {
  const last = useRef(items);
  const previous = last.current;
  const same =
    previous.length === items.length && items.every((item, index) => item === previous[index]);
  if (!same) last.current = items;
  return last.current;
}

/** Sizes `element`'s bitmap for `size` at the device's pixel ratio and paints it. */
function paintOn(
  element: HTMLCanvasElement | null,
  size: { readonly width: number; readonly height: number },
  draw: (context: CanvasRenderingContext2D, ratio: number) => void,
): void {
  const context = element?.getContext("2d") ?? null;
  if (element === null || context === null) return;
  const ratio = window.devicePixelRatio || 1;
  const pixelWidth = Math.round(size.width * ratio);
  const pixelHeight = Math.round(size.height * ratio);
  if (element.width !== pixelWidth) element.width = pixelWidth;
  if (element.height !== pixelHeight) element.height = pixelHeight;
  draw(context, ratio);
}

/** Paints links, then boxes, then the names, and over them the collapsed counts. */
function paint(
  context: CanvasRenderingContext2D,
  ratio: number,
  transform: FarTransform,
  size: { readonly width: number; readonly height: number },
  boxes: readonly FarBox[],
  links: readonly FarLink[],
  labels: readonly FarLabel[],
  palette: Palette,
): void {
  const { zoom } = transform;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, size.width * ratio, size.height * ratio);
  context.setTransform(ratio * zoom, 0, 0, ratio * zoom, ratio * transform.x, ratio * transform.y);
  // A screen pixel, in canvas units: lines stay visible however far out.
  const pixel = 1 / zoom;

  context.lineJoin = "round";
  // One path per look: a few strokes and fills a frame, not one per link and card.
  const strokes = new Map<string, { path: Path2D; link: FarLink }>();
  for (const link of links) {
    const key = `${link.color} ${link.width} ${link.dash.join(",")} ${link.dimmed}`;
    let entry = strokes.get(key);
    if (entry === undefined) {
      entry = { path: new Path2D(), link };
      strokes.set(key, entry);
    }
    link.points.forEach((point, index) =>
      index === 0 ? entry.path.moveTo(point.x, point.y) : entry.path.lineTo(point.x, point.y),
    );
  }
  for (const { path, link } of strokes.values()) {
    context.globalAlpha = link.dimmed ? 0.2 : 0.85;
    context.strokeStyle = link.color;
    context.lineWidth = Math.max(link.width, pixel);
    context.setLineDash(link.dash.map((dash) => Math.max(dash, 2 * pixel)));
    context.stroke(path);
  }
  context.setLineDash([]);

  const cards = new Map<string, { path: Path2D; box: FarBox }>();
  const rings: { box: FarBox; color: string }[] = [];
  for (const box of boxes) {
    const key = `${box.tint} ${box.color} ${box.dimmed} ${box.mark === "removed"}`;
    let entry = cards.get(key);
    if (entry === undefined) {
      entry = { path: new Path2D(), box };
      cards.set(key, entry);
    }
    entry.path.rect(box.x, box.y, box.width, box.height);
    const ring = box.selected
      ? palette.focus
      : box.mark === "added"
        ? palette.added
        : box.mark === "changed"
          ? palette.changed
          : null;
    if (ring !== null) rings.push({ box, color: ring });
  }
  context.lineWidth = 1.5 * pixel;
  for (const { path, box } of cards.values()) {
    const removed = box.mark === "removed";
    context.globalAlpha = box.dimmed ? 0.25 : removed ? 0.55 : 1;
    context.fillStyle = removed ? palette.surface : box.tint;
    context.fill(path);
    context.strokeStyle = box.color;
    context.setLineDash(removed ? [6 * pixel, 4 * pixel] : []);
    context.stroke(path);
  }
  context.setLineDash([]);
  for (const box of boxes) {
    if (box.heat === null) continue;
    context.globalAlpha = 0.2 + 0.6 * box.heat;
    context.fillStyle = palette.heat;
    context.fillRect(box.x, box.y, box.width, box.height);
  }
  context.globalAlpha = 1;
  context.lineWidth = 2.5 * pixel;
  const gap = 3 * pixel;
  for (const { box, color } of rings) {
    context.strokeStyle = color;
    context.strokeRect(box.x - gap, box.y - gap, box.width + 2 * gap, box.height + 2 * gap);
  }

  // Screen pixels from here on.
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.textAlign = "center";
  context.textBaseline = "middle";
  for (const label of labels) {
    pill(context, label.x, label.y, label.width, label.height);
    // Opaque: the card under a name would show through as a box in its pill.
    context.fillStyle = palette.surface;
    context.fill();
    context.strokeStyle = palette.border;
    context.lineWidth = 1;
    context.stroke();
    context.font = `600 ${label.px}px ${palette.font}`;
    context.fillStyle = palette.text;
    context.fillText(label.text, label.x, label.y + 0.5);
  }
  for (const box of boxes) {
    if (box.collapsed === null) continue;
    const text = `+${box.collapsed.hidden}`;
    context.font = `600 10px ${palette.font}`;
    const width = context.measureText(text).width + 8;
    // Just past the edge its branch leaves from, clear of the card's name.
    const centreX = (box.x + box.width / 2) * zoom + transform.x;
    const centreY = (box.y + box.height / 2) * zoom + transform.y;
    const right = box.collapsed.side === "right";
    const cx = right ? centreX + (box.width / 2) * zoom + width / 2 + 2 : centreX;
    const cy = right ? centreY : centreY + Math.max((box.height / 2) * zoom, 10) + 9;
    pill(context, cx, cy, width, 14);
    context.fillStyle = box.color;
    context.fill();
    context.fillStyle = palette.surface;
    context.fillText(text, cx, cy + 0.5);
  }
}

/** A rounded rectangle centred at (x, y), as the current path. */
function pill(context: CanvasRenderingContext2D, x: number, y: number, w: number, h: number) {
  context.beginPath();
  context.roundRect(x - w / 2, y - h / 2, w, h, Math.min(h / 2, 6));
}
