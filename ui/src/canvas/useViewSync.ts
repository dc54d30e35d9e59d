// Keeps the canvas in step with the workspace: each new view of the tree replaces
// the canvas's nodes and links (animated to after undo, redo and auto-layout), a
// selection the window asks for is made (also of nodes that arrive with the next
// view), and the user's selection and viewport are reported up, so that the window
// can show the inspector and remember where the user was.
//
// Invariants:
// - The canvas's state starts from the first flow; each later flow replaces it
//   once, keeping what the canvas knows of a node (its measured size, whether it
//   is selected; items.ts `keepCanvasState`).
// - After undo, redo and auto-layout the links keep the sides they leave by until
//   the nodes have arrived: sides chosen for where the nodes go would loop around
//   them on the way.
// - A selection asked for before the view that holds its items has arrived is
//   made when that view arrives, and then forgotten.
// - A selected link whose kind changes (so its id) stays selected under its new
//   id (items.ts `followLinks`), and so does a node whose id follows its new name
//   (`followRenamed`), so that the inspector stays on it.
// - Whether the tree is fitted when it opens is decided once, from the view it
//   opened with (the fit itself is TreeCanvas's `useFitOnOpen`, into the room
//   the panels leave).

import { useCallback, useEffect, useRef, useState } from "react";
import type { Dispatch, RefObject, SetStateAction } from "react";
import type { OnSelectionChangeParams, Viewport } from "@xyflow/react";

import type { ViewChange } from "../app/workspace";
import type { TreeView, ViewState } from "../ipc/api";
import type { Flow, KpiFlowNode, LinkFlowEdge } from "./flow";
import { followLinks, followRenamed, keepCanvasState, selectedIds, withSelection } from "./items";
import { reuseUnchanged } from "./unchanged";
import type { NodeAnimation } from "./useNodeAnimation";
import type { LatestCanvas } from "./useLatest";

/** The selected nodes (ids) and links (`KIND-FROM-TO`). */
export interface CanvasSelection {
  readonly nodes: readonly string[];
  readonly links: readonly string[];
}

export interface ViewSyncOptions {
  readonly view: TreeView;
  readonly flow: Flow;
  readonly change: ViewChange;
  readonly initialViewState: ViewState | null;
  readonly latest: RefObject<LatestCanvas>;
  readonly setNodes: Dispatch<SetStateAction<KpiFlowNode[]>>;
  readonly setEdges: Dispatch<SetStateAction<LinkFlowEdge[]>>;
  readonly animation: NodeAnimation;
  readonly onSelectionChange: ((selection: CanvasSelection) => void) | undefined;
  readonly onViewportChange: ((viewport: Viewport) => void) | undefined;
}

export interface ViewSync {
  /** Selects exactly these nodes and links (also ones that arrive with the next view). */
  readonly select: (selection: CanvasSelection) => void;
  /** React Flow's `onSelectionChange`: reports the selection up. */
  readonly reportSelection: (params: OnSelectionChangeParams<KpiFlowNode, LinkFlowEdge>) => void;
  /** React Flow's `onMoveEnd`: reports the viewport after each pan or zoom. */
  readonly reportViewport: (event: MouseEvent | TouchEvent | null, viewport: Viewport) => void;
  /** Whether the canvas fits the tree when it opens. */
  readonly fitOnOpen: boolean;
}

export function useViewSync(options: ViewSyncOptions): ViewSync {
  const { view, flow, change, initialViewState, latest, setNodes, setEdges, animation } = options;
  const { onSelectionChange, onViewportChange } = options;
  const { animateTo, cancel } = animation;

  // A tree the user left somewhere opens there; an empty tree is not fitted (its
  // first node would jump away from where it was dropped).
  const [fitOnOpen] = useState(
    () => (initialViewState?.viewport ?? null) === null && view.tree.nodes.length > 0,
  );
  // A selection asked for before the view that holds its nodes has arrived.
  const pendingSelection = useRef<ReadonlySet<string> | null>(null);

  const synced = useRef(flow);
  useEffect(() => {
    if (synced.current === flow) return;
    synced.current = flow;
    if (change === "history" || change === "layout") {
      animateTo(flow.nodes, change === "layout", () => setEdges(flow.edges));
    } else {
      cancel();
      const pending = pendingSelection.current;
      pendingSelection.current = null;
      setNodes((current) => {
        const kept = keepCanvasState(followRenamed(current, view.renamed), flow.nodes);
        return pending === null ? kept : withSelection(kept, pending);
      });
      setEdges((current) =>
        reuseUnchanged(
          current,
          withSelection(
            flow.edges,
            pending ?? followLinks(current, flow.edges, selectedIds(current)),
          ),
        ),
      );
    }
  }, [flow, view.renamed, change, animateTo, cancel, setNodes, setEdges]);

  const select = useCallback(
    (selection: CanvasSelection) => {
      const wanted = new Set([...selection.nodes, ...selection.links]);
      const { flow: shown } = latest.current;
      const known = new Set([...shown.nodes, ...shown.edges].map((item) => item.id));
      const allThere = [...selection.nodes, ...selection.links].every((id) => known.has(id));
      pendingSelection.current = allThere ? null : wanted;
      setNodes((current) => withSelection(current, wanted));
      setEdges((current) => withSelection(current, wanted));
    },
    [latest, setNodes, setEdges],
  );

  const reportSelection = useCallback(
    ({ nodes: chosen, edges: chosenEdges }: OnSelectionChangeParams<KpiFlowNode, LinkFlowEdge>) =>
      onSelectionChange?.({
        nodes: chosen.map((node) => node.id),
        links: chosenEdges.map((edge) => edge.id),
      }),
    [onSelectionChange],
  );

  const reportViewport = useCallback(
    (_event: MouseEvent | TouchEvent | null, moved: Viewport) => onViewportChange?.(moved),
    [onViewportChange],
  );

  return { select, reportSelection, reportViewport, fitOnOpen };
}
