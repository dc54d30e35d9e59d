// Fitting the canvas into its free room: every fit of the editor's canvas (zoom to
// fit, the fit when a tree opens, after auto-layout, revealing nodes) shows what it
// fits inside the part of the canvas that no panel covers (room.ts), so that after
// a fit no card is under the palette, the colour codes, the minimap or the toolbar.
// Present mode fits the same way into its own canvas.

import { useReactFlow, useStoreApi } from "@xyflow/react";
import type { Viewport } from "@xyflow/react";
import { useCallback } from "react";
import type { RefObject } from "react";

import type { Bounds } from "./geometry";
import { freeRoom, overlaysOver, viewportInto } from "./room";
import type { Rect } from "./room";
import { MIN_ZOOM } from "./zoom";

export interface RoomFit {
  /** The viewport that shows `bounds` in the free room; `null` before the canvas has a size. */
  readonly viewportFor: (
    bounds: Bounds,
    maxZoom: number,
    minZoom?: number,
    edgeGap?: number,
  ) => Viewport | null;
  /**
   * Fits the nodes `ids` (every node without them) into the free room, gliding for
   * `duration` ms.
   */
  readonly fitNodes: (options: {
    readonly ids?: readonly string[];
    readonly maxZoom: number;
    readonly minZoom?: number;
    readonly duration?: number;
    /** Room kept along the canvas's edges (room.ts `EDGE_GAP` without it). */
    readonly edgeGap?: number;
  }) => void;
}

export function useRoomFit(canvasElement: RefObject<HTMLElement | null>): RoomFit {
  const { setViewport, getNodesBounds, getNodes } = useReactFlow();
  const store = useStoreApi();

  const viewportFor = useCallback(
    (bounds: Bounds, maxZoom: number, minZoom = MIN_ZOOM, edgeGap?: number): Viewport | null => {
      const { width, height } = store.getState();
      if (width <= 0 || height <= 0 || bounds.width <= 0 || bounds.height <= 0) return null;
      const canvas = canvasElement.current;
      const panels: Rect[] = canvas === null ? [] : overlaysOver(canvas);
      const room = freeRoom({ width, height }, panels, bounds, maxZoom, edgeGap);
      return viewportInto(bounds, room, minZoom, maxZoom);
    },
    [canvasElement, store],
  );

  const fitNodes = useCallback<RoomFit["fitNodes"]>(
    ({ ids, maxZoom, minZoom, duration = 0, edgeGap }) => {
      const nodes = ids === undefined ? getNodes() : [...ids];
      if (nodes.length === 0) return;
      const viewport = viewportFor(getNodesBounds(nodes), maxZoom, minZoom, edgeGap);
      if (viewport !== null) void setViewport(viewport, { duration });
    },
    [getNodes, getNodesBounds, setViewport, viewportFor],
  );

  return { viewportFor, fitNodes };
}
