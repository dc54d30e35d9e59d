// The edits made on the canvas itself: a link drawn from one node's handle to
// another node (connecting), nodes dragged to new places, a node dropped from the
// palette. Each ends in one command: `onConnectNodes` (the core guesses the link's
// kind and direction from the two kinds), `onCreateNode`, or one edit through
// `onEdit` for a drag (from where the nodes stand, editor/moves.ts).
//
// Invariants: a drag is the canvas's own until it ends; then one `move_nodes` edit
// records it, and when the core refuses it every node goes back to where the view
// has it.

import { useReactFlow } from "@xyflow/react";
import type { OnConnectEnd, OnNodeDrag } from "@xyflow/react";
import { useCallback } from "react";
import type { Dispatch, RefObject, SetStateAction } from "react";

import { moveNodesEdit } from "../editor/moves";
import type { Edit, NodeKind, Position } from "../ipc/api";
import type { KpiFlowNode, LinkFlowEdge } from "./flow";
import { placedAt, positionsOf } from "./geometry";
import { canvasCentre } from "./useCanvasHandle";
import type { LatestCanvas } from "./useLatest";
import type { CanvasSelection } from "./useViewSync";

export interface CanvasEditsOptions {
  readonly latest: RefObject<LatestCanvas>;
  readonly canvasElement: RefObject<HTMLDivElement | null>;
  readonly setNodes: Dispatch<SetStateAction<KpiFlowNode[]>>;
  readonly select: (selection: CanvasSelection) => void;
  /** Performs an edit; resolves to whether the Rust side took it. */
  readonly onEdit: (edit: Edit) => Promise<boolean>;
  /** Creates a node of `kind` at `at` (canvas coordinates). */
  readonly onCreateNode: ((kind: NodeKind, at: Position) => void) | undefined;
  /** Links two nodes as a line drawn from `from` to `to`. */
  readonly onConnectNodes: ((from: string, to: string) => void) | undefined;
}

export interface CanvasEdits {
  /** React Flow's `onConnectEnd`: a link dropped on a handle or anywhere on a card. */
  readonly onConnectEnd: OnConnectEnd;
  /** React Flow's `onNodeDragStop`: the drag's one edit. */
  readonly onNodeDragStop: OnNodeDrag<KpiFlowNode>;
  /** Creates a node of `kind` where it was dropped (screen point), else in the middle. */
  readonly createAt: (kind: NodeKind, at: { x: number; y: number } | null) => void;
  /** Whether a screen point is over the canvas (where the palette may drop a node). */
  readonly isOverCanvas: (x: number, y: number) => boolean;
}

/** The id of the canvas node under a screen point, if any. */
function nodeAt(x: number, y: number): string | null {
  const element = document.elementFromPoint(x, y);
  const wrapper = element?.closest(".react-flow__node");
  return wrapper?.getAttribute("data-id") ?? null;
}

function isOverCanvas(x: number, y: number): boolean {
  const element = document.elementFromPoint(x, y);
  return element !== null && element.closest(".react-flow__pane, .react-flow__node") !== null;
}

export function useCanvasEdits(options: CanvasEditsOptions): CanvasEdits {
  const { latest, canvasElement, setNodes, onEdit, onCreateNode, onConnectNodes } = options;
  const { screenToFlowPosition } = useReactFlow<KpiFlowNode, LinkFlowEdge>();

  const onConnectEnd: OnConnectEnd = useCallback(
    (event, connection) => {
      const fromId = connection.fromNode?.id;
      const point = "changedTouches" in event ? event.changedTouches[0] : event;
      const toId =
        connection.toNode?.id ??
        (point === undefined ? null : nodeAt(point.clientX, point.clientY));
      if (fromId === undefined || toId === null || fromId === toId) return;
      // The core guesses the link's kind and direction from the two kinds.
      onConnectNodes?.(fromId, toId);
    },
    [onConnectNodes],
  );

  const onNodeDragStop: OnNodeDrag<KpiFlowNode> = useCallback(
    (_event, _node, dragged) => {
      const { view: current, nodes: shown } = latest.current;
      const edit = moveNodesEdit(dragged, current, shown);
      if (edit === null) return;
      void onEdit(edit).then((taken) => {
        if (taken) return;
        // Refused: every node goes back to where the view has it.
        const back = positionsOf(latest.current.flow.nodes);
        setNodes((nodes) => placedAt(nodes, back));
      });
    },
    [latest, onEdit, setNodes],
  );

  const createAt = useCallback(
    (kind: NodeKind, at: { x: number; y: number } | null) => {
      if (onCreateNode === undefined) return;
      onCreateNode(
        kind,
        at !== null
          ? screenToFlowPosition(at)
          : canvasCentre(canvasElement.current, screenToFlowPosition),
      );
    },
    [canvasElement, onCreateNode, screenToFlowPosition],
  );

  return { onConnectEnd, onNodeDragStop, createAt, isOverCanvas };
}
