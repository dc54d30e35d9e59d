// The canvas's handle (`CanvasHandle`): what the window can ask of the canvas —
// select, select all, find a node, reveal nodes, zoom, its shape (for the compact
// layout), and where the middle of the view is (where a paste lands).
//
// A node a collapsed branch hides (`TreeView.hidden`) is not on the canvas: finding
// or revealing it first asks the window to expand what hides it (`onExpand`), and
// the focus or fit waits (`pending`) until the node arrives with the next view.
//
// Invariant: every fit shows what it fits in the canvas's free room (useRoomFit.ts),
// as the fit when the tree opens does.

import { useReactFlow } from "@xyflow/react";
import { useEffect, useImperativeHandle, useRef } from "react";
import type { Dispatch, Ref, RefObject, SetStateAction } from "react";

import type { Aspect, Position } from "../ipc/api";
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
  /** The canvas's size on screen, the shape a compact layout aims at. */
  aspect(): Aspect | null;
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
  /** The nodes on the canvas now (a pending focus waits for its nodes among them). */
  readonly nodes: readonly KpiFlowNode[];
  /** Expands what hides these nodes; none where branches cannot fold. */
  readonly onExpand?: ((ids: readonly string[]) => void) | undefined;
}

/** A focus or a fit waiting for hidden nodes to be expanded onto the canvas. */
interface Pending {
  readonly ids: readonly string[];
  readonly run: () => void;
}

export function useCanvasHandle(
  ref: Ref<CanvasHandle> | undefined,
  options: CanvasHandleOptions,
): void {
  const { latest, canvasElement, select, setNodes, setEdges, nodes, onExpand } = options;
  const { fitNodes } = options.room;
  const pending = useRef<Pending | null>(null);
  useEffect(() => {
    const waiting = pending.current;
    if (waiting === null) return;
    const shown = new Set(nodes.map((node) => node.id));
    if (!waiting.ids.every((id) => shown.has(id))) return;
    pending.current = null;
    waiting.run();
  }, [nodes]);
  const { getViewport, setCenter, zoomIn, zoomOut, screenToFlowPosition } = useReactFlow<
    KpiFlowNode,
    LinkFlowEdge
  >();
  /** Runs `run` now, or once the hidden ones of `ids` are expanded onto the canvas. */
  const whenShown = (ids: readonly string[], run: () => void): void => {
    const hidden = new Set(latest.current.view.hidden);
    const folded = ids.filter((id) => hidden.has(id));
    if (folded.length === 0 || onExpand === undefined) {
      run();
      return;
    }
    pending.current = { ids: folded, run };
    onExpand(folded);
  };
  useImperativeHandle(
    ref,
    (): CanvasHandle => ({
      select,
      selectAll: () => {
        setNodes((current) => current.map((node) => ({ ...node, selected: true })));
        setEdges((current) => current.map((edge) => ({ ...edge, selected: true })));
      },
      focusNode: (id) =>
        whenShown([id], () => {
          select({ nodes: [id], links: [] });
          const node = latest.current.nodes.find((candidate) => candidate.id === id);
          if (node === undefined) return;
          const zoom = Math.max(getViewport().zoom, 0.9);
          void setCenter(node.position.x, node.position.y, { zoom, duration: 300 });
        }),
      reveal: (ids) =>
        whenShown(ids, () => {
          select({ nodes: ids, links: [] });
          const shown = new Set(latest.current.nodes.map((node) => node.id));
          const present = ids.filter((id) => shown.has(id));
          if (present.length === 0) return;
          fitNodes({ ids: present, maxZoom: 1, duration: 300 });
        }),
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
      aspect: () => {
        const rect = canvasElement.current?.getBoundingClientRect();
        if (rect === undefined || rect.width < 1 || rect.height < 1) return null;
        return { width: Math.round(rect.width), height: Math.round(rect.height) };
      },
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
      onExpand,
    ],
  );
}
