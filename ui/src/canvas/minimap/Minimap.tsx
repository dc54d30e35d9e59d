// The minimap in the canvas's bottom-right corner: every card a rectangle in its
// kind's colour, the part of the tree in view framed, a click on a card going to
// it, a click or a drag elsewhere moving the view there, the wheel zooming.
//
// Why not React Flow's <MiniMap>: it is an SVG of one rectangle a node whose scale
// follows the viewport, so every frame of a pan repainted all of them (a 500-node
// tree panned at 21 frames/s with it, 25 without; 1,000 nodes, 1,000 more
// elements in the page). Here the cards are one bitmap painted when the tree
// changes (the scale depends on the nodes alone, map.ts), and a pan only moves
// the frame, a box of its own.

import { Panel, useReactFlow, useStore } from "@xyflow/react";
import type { ReactFlowState } from "@xyflow/react";
import { useLayoutEffect, useMemo, useRef } from "react";
import type { PointerEvent as ReactPointerEvent, WheelEvent as ReactWheelEvent } from "react";

import { farBoxes } from "../far/scene";
import type { KpiFlowNode } from "../flow";
import { MAX_ZOOM, MIN_ZOOM } from "../zoom";
import { boundsOf, boxAt, fitMinimap, toCanvas, toMinimap } from "./map";

const SIZE = { width: 200, height: 150 } as const;
/** A press that moves further than this (minimap pixels) is a drag, not a click. */
const DRAG_SLOP = 3;
const NO_LEVELS: Readonly<Record<string, number>> = {};

const paneSize = (state: ReactFlowState) => ({ width: state.width, height: state.height });

export interface MinimapProps {
  readonly nodes: readonly KpiFlowNode[];
  /** A card clicked on the minimap. */
  readonly onNodeClick: (id: string) => void;
}

export function Minimap({ nodes, onNodeClick }: MinimapProps) {
  const canvas = useRef<HTMLCanvasElement | null>(null);
  const press = useRef<{ x: number; y: number; dragging: boolean } | null>(null);
  const { setViewport } = useReactFlow();
  const [x, y, zoom] = useStore((state) => state.transform);
  const pane = useStore(paneSize, (a, b) => a.width === b.width && a.height === b.height);
  const boxes = useMemo(() => farBoxes(nodes, NO_LEVELS), [nodes]);
  const fit = useMemo(() => {
    const tree = boundsOf(boxes);
    return tree === null ? null : fitMinimap(tree, SIZE);
  }, [boxes]);

  useLayoutEffect(() => {
    const context = canvas.current?.getContext("2d") ?? null;
    if (context === null || canvas.current === null) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.current.width = SIZE.width * ratio;
    canvas.current.height = SIZE.height * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, SIZE.width, SIZE.height);
    if (fit === null) return;
    // One path a colour: a few fills, not one per card.
    const byColour = new Map<string, Path2D>();
    for (const box of boxes) {
      const drawn = toMinimap(fit, box);
      let path = byColour.get(box.color);
      if (path === undefined) {
        path = new Path2D();
        byColour.set(box.color, path);
      }
      path.rect(drawn.x, drawn.y, Math.max(drawn.width, 1.5), Math.max(drawn.height, 1.5));
    }
    for (const [colour, path] of byColour) {
      context.fillStyle = colour;
      context.fill(path);
    }
  }, [fit, boxes]);

  /** Moves the view so that its middle is at the canvas point under `point`. */
  const centreAt = (point: { x: number; y: number }, at = zoom) => {
    if (fit === null) return;
    const target = toCanvas(fit, point);
    void setViewport({
      x: pane.width / 2 - target.x * at,
      y: pane.height / 2 - target.y * at,
      zoom: at,
    });
  };
  const pointOf = (event: { clientX: number; clientY: number }) => {
    const box = canvas.current?.getBoundingClientRect();
    return { x: event.clientX - (box?.left ?? 0), y: event.clientY - (box?.top ?? 0) };
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    press.current = { ...pointOf(event), dragging: false };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const start = press.current;
    if (start === null) return;
    const point = pointOf(event);
    if (!start.dragging && Math.hypot(point.x - start.x, point.y - start.y) < DRAG_SLOP) return;
    start.dragging = true;
    centreAt(point);
  };
  const onPointerUp = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const start = press.current;
    press.current = null;
    if (start === null || start.dragging || fit === null) return;
    const point = pointOf(event);
    const card = boxAt(fit, boxes, point);
    if (card !== null) onNodeClick(card.id);
    else centreAt(point);
  };
  const onWheel = (event: ReactWheelEvent<HTMLCanvasElement>) => {
    const next = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom * 2 ** (-event.deltaY / 500)));
    if (fit === null || next === zoom) return;
    // Zoom about the middle of the view.
    const middle = { x: (pane.width / 2 - x) / zoom, y: (pane.height / 2 - y) / zoom };
    const onMap = toMinimap(fit, { ...middle, width: 0, height: 0 });
    centreAt({ x: onMap.x, y: onMap.y }, next);
  };

  const view =
    fit === null
      ? null
      : clampToMap(
          toMinimap(fit, {
            x: -x / zoom,
            y: -y / zoom,
            width: pane.width / zoom,
            height: pane.height / zoom,
          }),
        );
  return (
    <Panel position="bottom-right" className="react-flow__minimap kt-minimap" data-testid="minimap">
      <canvas
        ref={canvas}
        className="kt-minimap__cards nowheel"
        style={SIZE}
        role="img"
        aria-label="Minimap"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => (press.current = null)}
        onWheel={onWheel}
      />
      {view !== null && (
        <div
          className="kt-minimap__view"
          style={{
            width: view.width,
            height: view.height,
            transform: `translate(${view.x}px, ${view.y}px)`,
          }}
        />
      )}
    </Panel>
  );
}

/** The view's frame kept inside the minimap (fitted, the view holds the whole tree). */
function clampToMap(rect: { x: number; y: number; width: number; height: number }) {
  const left = Math.max(rect.x, 1);
  const top = Math.max(rect.y, 1);
  const right = Math.min(rect.x + rect.width, SIZE.width - 1);
  const bottom = Math.min(rect.y + rect.height, SIZE.height - 1);
  return { x: left, y: top, width: Math.max(right - left, 4), height: Math.max(bottom - top, 4) };
}
