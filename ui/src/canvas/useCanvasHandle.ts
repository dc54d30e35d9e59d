// The canvas's handle (`CanvasHandle`): what the window can ask of the canvas —
// select, select all, find a node, reveal nodes, zoom, and where the middle of the
// view is (where a paste lands).
//
// Invariant: every fit shows what it fits in the canvas's free room (useRoomFit.ts),
// as the fit when the tree opens does.

import { useReactFlow } from "@xyflow/react";
import { useImperativeHandle } from "react";
import type { Dispatch, Ref, RefObject, SetStateAction } from "react";

import type { Position } from "../ipc/api";
import type { KpiFlowNode, LinkFlowEdge } from "./flow";
import { middleOf } from "./geometry";
import type { LatestCanvas } from "./useLatest";
import type { RoomFit } from "./useRoomFit";
import type { CanvasSelection } from "./useViewSync";
import { FIT_MAX_ZOOM } from "./zoom";

/** What the window can ask of the canvas. */
export interface CanvasHandle {
  /** Selects exactly these nodes and links (also ones that arrive with the next view). */
  select(selection: CanvasSelection): void;
  selectAll(): void;
  /** Selects the node and brings it to the middle of the view. */
  focusNode(id: string): void;
  /** Selects these nodes and fits the view around them. */
  reveal(ids: readonly string[]): void;
  /**
   * Pans (at the same zoom) so that node `id`, with a margin, is in view when it is
   * not: a node just drawn off the edge by Tab or Enter.
   */
  keepInView(id: string): void;
  zoomIn(): void;
  zoomOut(): void;
  zoomToFit(): void;
  /** The middle of the view, in canvas coordinates (where a paste lands). */
  centre(): Position;
}

/** The middle of `element` on screen, in canvas coordinates; the origin without one. */
export function canvasCentre(
  element: HTMLElement | null,
  screenToFlowPosition: (point: Position) => Position,
): Position {
  const rect = element?.getBoundingClientRect();
  return rect === undefined ? { x: 0, y: 0 } : screenToFlowPosition(middleOf(rect));
}

export interface CanvasHandleOptions {
  readonly latest: RefObject<LatestCanvas>;
  readonly canvasElement: RefObject<HTMLDivElement | null>;
  readonly select: (selection: CanvasSelection) => void;
  readonly setNodes: Dispatch<SetStateAction<KpiFlowNode[]>>;
  readonly setEdges: Dispatch<SetStateAction<LinkFlowEdge[]>>;
  readonly room: RoomFit;
}

export function useCanvasHandle(
  ref: Ref<CanvasHandle> | undefined,
  options: CanvasHandleOptions,
): void {
  const { latest, canvasElement, select, setNodes, setEdges } = options;
  const { fitNodes } = options.room;
  const { getViewport, setCenter, zoomIn, zoomOut, screenToFlowPosition } = useReactFlow<
    KpiFlowNode,
    LinkFlowEdge
  >();
  useImperativeHandle(
    ref,
    (): CanvasHandle => ({
      select,
      selectAll: () => {
        setNodes((current) => current.map((node) => ({ ...node, selected: true })));
        setEdges((current) => current.map((edge) => ({ ...edge, selected: true })));
      },
      focusNode: (id) => {
        select({ nodes: [id], links: [] });
        const node = latest.current.nodes.find((candidate) => candidate.id === id);
        if (node === undefined) return;
        const zoom = Math.max(getViewport().zoom, 0.9);
        void setCenter(node.position.x, node.position.y, { zoom, duration: 300 });
      },
      reveal: (ids) => {
        select({ nodes: ids, links: [] });
        const shown = new Set(latest.current.nodes.map((node) => node.id));
        const present = ids.filter((id) => shown.has(id));
        if (present.length === 0) return;
        fitNodes({ ids: present, maxZoom: 1, duration: 300 });
      },
      keepInView: (id) => {
        const element = canvasElement.current;
        const card = element?.querySelector(`[data-testid="node-${CSS.escape(id)}"]`);
        const node = latest.current.nodes.find((candidate) => candidate.id === id);
        if (element === null || card === null || card === undefined || node === undefined) return;
        const room = element.getBoundingClientRect();
        const box = card.getBoundingClientRect();
        const margin = 24;
        const inside =
          box.left >= room.left + margin &&
          box.right <= room.right - margin &&
          box.top >= room.top + margin &&
          box.bottom <= room.bottom - margin;
        if (inside) return;
        const { zoom } = getViewport();
        void setCenter(node.position.x, node.position.y, { zoom, duration: 250 });
      },
      zoomIn: () => void zoomIn({ duration: 150 }),
      zoomOut: () => void zoomOut({ duration: 150 }),
      zoomToFit: () => fitNodes({ maxZoom: FIT_MAX_ZOOM, duration: 250 }),
      centre: () => canvasCentre(canvasElement.current, screenToFlowPosition),
    }),
    [
      latest,
      canvasElement,
      select,
      setNodes,
      setEdges,
      getViewport,
      setCenter,
      zoomIn,
      zoomOut,
      fitNodes,
      screenToFlowPosition,
    ],
  );
}
