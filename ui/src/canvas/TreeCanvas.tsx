// The tree on a React Flow canvas: nodes at their stored positions (or a fallback
// by level), pan, zoom, fit, controls and a minimap. Nodes can be selected and
// dragged; a drag is the canvas's own until it ends, then one `move_nodes` edit
// records it (or, refused, the nodes go back). A new view from undo, redo or
// auto-layout is animated to.
//
// Editing on the canvas: the palette (drag a kind in to create a node), links drawn
// from a node's handle to another node (the core picks the link's kind and
// direction from the two kinds), a double-click to rename a node on its card, and
// a handle (`CanvasHandle`) through which
// the window selects, finds and zooms. The selection and the viewport are reported
// up, so that the window can show the inspector and remember where the user was.
//
// This component composes the canvas's parts, each in a file of its own:
// useViewSync.ts (new views in, selection and viewport out), useNodeAnimation.ts
// (gliding to a new view), useCanvasEdits.ts (connecting, drag ends, the palette's
// drops), useCanvasHandle.ts (what the window asks), with the pure helpers in
// geometry.ts and items.ts. It owns the nodes and links React Flow draws, the
// colour-code highlight, and the DOM the e2e tests select by (`kt-canvas` and its
// modifiers, `data-testid="canvas"`).
//
// Invariant: the canvas (`.kt-canvas .react-flow__renderer`) is a compositing layer
// of its own (styles/canvas.css): without it a layer elsewhere in the window made
// WebKit give every link an unscaled layer, and selecting a node of a large tree
// far zoomed out killed the page (the `large` e2e test guards it).

import {
  Background,
  BackgroundVariant,
  ConnectionMode,
  ControlButton,
  Controls,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesInitialized,
  useNodesState,
  useStore,
  useUpdateNodeInternals,
} from "@xyflow/react";
import type { Viewport } from "@xyflow/react";
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { Ref } from "react";

import { ColorCodes } from "../alignment/ColorCodes";
import { kpiHighlight } from "../alignment/highlight";
import type { Highlight } from "../alignment/highlight";
import type { ViewChange } from "../app/workspace";
import { Palette } from "../editor/Palette";
import type {
  Edit,
  FaceMetrics,
  MenuAction,
  NodeKind,
  Position,
  TreeView,
  ViewState,
} from "../ipc/api";
import { ContextMenu, LINK_MENU, NODE_MENU } from "./ContextMenu";
import type { ContextMenuState } from "./ContextMenu";
import { edgeTypes } from "./edges/LinkEdge";
import { faceMetricsStyle } from "./face";
import { FarContext } from "./far/context";
import { FarLayer } from "./far/FarLayer";
import { Minimap } from "./minimap/Minimap";
import { toFlow } from "./flow";
import type { KpiFlowNode, LinkFlowEdge, Overlays } from "./flow";
import { EDITABLE, READ_ONLY } from "./interaction";
import { dimmedOutside, initialSelection, withSelection } from "./items";
import { Legend } from "./Legend";
import { FoldContext } from "./nodes/FoldBadge";
import { nodeTypes } from "./nodes/kinds";
import { useCanvasEdits } from "./useCanvasEdits";
import { useCanvasHandle } from "./useCanvasHandle";
import type { CanvasHandle } from "./useCanvasHandle";
import { useLatest } from "./useLatest";
import { useNodeAnimation } from "./useNodeAnimation";
import { useRoomFit } from "./useRoomFit";
import { useViewSync } from "./useViewSync";
import type { CanvasSelection } from "./useViewSync";
import { FAR_ZOOM, FIT_MAX_ZOOM, GRID_GAP, MAX_ZOOM, MIN_ZOOM, gridScale } from "./zoom";

export type { CanvasHandle } from "./useCanvasHandle";
export type { CanvasSelection } from "./useViewSync";

const NODE_ORIGIN: [number, number] = [0.5, 0.5];
/** Far out the links are painted by the far layer, not drawn by React Flow. */
const NO_EDGES: LinkFlowEdge[] = [];
const PRO_OPTIONS = { hideAttribution: true };

export interface TreeCanvasProps {
  readonly view: TreeView;
  /** Where the user left this tree (viewport and selection), if anywhere. */
  readonly initialViewState?: ViewState | null;
  /** Whether the tree can be changed: the palette, links and drags are on. */
  readonly editable?: boolean;
  readonly showMinimap?: boolean;
  readonly onSelectionChange?: (selection: CanvasSelection) => void;
  /** The viewport after each pan or zoom. */
  readonly onViewportChange?: (viewport: Viewport) => void;
  /** Creates a node of `kind` at `at` (canvas coordinates). */
  readonly onCreateNode?: (kind: NodeKind, at: Position) => void;
  /** Links two nodes as a line drawn from `from` to `to`. */
  readonly onConnectNodes?: (from: string, to: string) => void;
  /** Starts renaming a node on its card (a double-click on it). */
  readonly onRenameNode?: (id: string) => void;
  /** Runs a menu action on the selection (the context menu's items). */
  readonly onMenuAction?: (action: MenuAction) => void;
  readonly ref?: Ref<CanvasHandle>;
  /** The core's face metrics; `null` until the core has sent them (self-sized cards). */
  readonly faceMetrics: FaceMetrics | null;
  /** What brought `view`: undo, redo and auto-layout are animated to. */
  readonly change: ViewChange;
  /** Performs an edit; resolves to whether the Rust side took it. */
  readonly onEdit: (edit: Edit) => Promise<boolean>;
  /** A what-if's changes and the leverage heat map, drawn over the tree. */
  readonly overlays?: Overlays;
  /** Collapses (`true`) or expands a node's branch: its card's fold badge. */
  readonly onFold?: (id: string, collapse: boolean) => void;
  /** Expands the collapsed branches that hide these nodes (to find or reveal them). */
  readonly onExpand?: (ids: readonly string[]) => void;
}

/** The context menu of a right-click, placed in the canvas's own coordinates. */
function menuAt(
  event: { clientX: number; clientY: number },
  canvas: HTMLElement | null,
  items: ContextMenuState["items"],
): ContextMenuState {
  const origin = canvas?.getBoundingClientRect() ?? { left: 0, top: 0 };
  return { x: event.clientX - origin.left, y: event.clientY - origin.top, items };
}

/**
 * A press on the canvas ends the typing in a field beside it (the inspector), as a
 * click elsewhere does in any program: React Flow keeps the press from moving the
 * focus, and the Delete key would otherwise still go to the field.
 */
function leaveFieldOutside(event: { currentTarget: HTMLElement }): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && !event.currentTarget.contains(active)) {
    if (active.matches("input, textarea, select, [contenteditable='true']")) active.blur();
  }
}

function FlowCanvas(props: TreeCanvasProps) {
  const { view, faceMetrics, change, onEdit, initialViewState = null } = props;
  const { editable = true, showMinimap = true, ref } = props;
  const { onSelectionChange, onViewportChange, onCreateNode, onConnectNodes, onRenameNode } = props;
  const { onMenuAction, onFold, onExpand } = props;
  const [menu, setMenu] = useState<ContextMenuState | null>(null);
  const closeMenu = useCallback(() => setMenu(null), []);
  const { overlays } = props;
  const flow = useMemo(() => toFlow(view, faceMetrics, overlays), [view, faceMetrics, overlays]);
  const opened = useRef(initialSelection(initialViewState));
  const [nodes, setNodes, onNodesChange] = useNodesState<KpiFlowNode>(
    withSelection(flow.nodes, opened.current),
  );
  const [edges, setEdges, onEdgesChange] = useEdgesState<LinkFlowEdge>(
    withSelection(flow.edges, opened.current),
  );
  // The colour code picked in the legend; what it lights is derived from the view,
  // so it follows every edit (and ends when the KPI goes).
  const [highlightKpi, setHighlightKpi] = useState<string | null>(null);
  const highlight: Highlight | null = useMemo(
    () =>
      highlightKpi === null || !view.tree.nodes.some((node) => node.id === highlightKpi)
        ? null
        : kpiHighlight(view.tree, highlightKpi),
    [view.tree, highlightKpi],
  );
  const shownNodes = useMemo(
    () => dimmedOutside(nodes, highlight?.nodes ?? null),
    [nodes, highlight],
  );
  const shownEdges = useMemo(
    () => dimmedOutside(edges, highlight?.links ?? null),
    [edges, highlight],
  );
  // Re-renders only when the zoom crosses FAR_ZOOM, not at every frame of a zoom.
  // (A pane with no size, as in a test's DOM without layout, has nothing to paint.)
  const far = useStore((state) => state.transform[2] < FAR_ZOOM && state.width > 0);
  // Likewise only when the background's dots change their spacing.
  const grid = useStore((state) => gridScale(state.transform[2]));
  useHandlesMeasuredNearby(far, nodes);
  const canvasElement = useRef<HTMLDivElement | null>(null);

  const latest = useLatest({ nodes, flow, view });
  const room = useRoomFit(canvasElement);
  const animation = useNodeAnimation(latest, setNodes, room);
  const { select, reportSelection, reportViewport, fitOnOpen } = useViewSync({
    view,
    flow,
    change,
    initialViewState,
    latest,
    setNodes,
    setEdges,
    animation,
    onSelectionChange,
    onViewportChange,
  });
  useCanvasHandle(ref, {
    latest,
    canvasElement,
    select,
    setNodes,
    setEdges,
    room,
    nodes,
    onExpand,
  });
  useFitOnOpen(fitOnOpen, room.fitNodes);
  const { onConnectEnd, onNodeDragStop, createAt, isOverCanvas } = useCanvasEdits({
    latest,
    canvasElement,
    setNodes,
    select,
    onEdit,
    onCreateNode,
    onConnectNodes,
  });

  const canvasStyle = useMemo(
    () => (faceMetrics === null ? undefined : faceMetricsStyle(faceMetrics)),
    [faceMetrics],
  );

  const viewport = initialViewState?.viewport ?? undefined;
  return (
    <FoldContext.Provider value={editable ? (onFold ?? null) : null}>
      <FarContext.Provider value={far}>
        <div
          className={`kt-canvas${editable ? " kt-canvas--editable" : ""}${far ? " kt-canvas--far" : ""}`}
          data-testid="canvas"
          style={canvasStyle}
          ref={canvasElement}
          onPointerDownCapture={leaveFieldOutside}
          onKeyDown={(event) => {
            if (event.key === "Escape" && highlight !== null) setHighlightKpi(null);
          }}
          data-highlight={highlight?.kpi}
        >
          <ReactFlow<KpiFlowNode, LinkFlowEdge>
            nodes={shownNodes}
            edges={far ? NO_EDGES : shownEdges}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            onNodeDragStop={onNodeDragStop}
            onSelectionChange={reportSelection}
            onConnectEnd={onConnectEnd}
            onNodeDoubleClick={
              editable && onRenameNode !== undefined
                ? (_event, node) => onRenameNode(node.id)
                : undefined
            }
            zoomOnDoubleClick={false}
            onNodeContextMenu={
              editable && onMenuAction !== undefined
                ? (event, node) => {
                    event.preventDefault();
                    select({ nodes: [node.id], links: [] });
                    setMenu(menuAt(event, canvasElement.current, NODE_MENU));
                  }
                : undefined
            }
            onEdgeContextMenu={
              editable && onMenuAction !== undefined
                ? (event, edge) => {
                    event.preventDefault();
                    select({ nodes: [], links: [edge.id] });
                    setMenu(menuAt(event, canvasElement.current, LINK_MENU));
                  }
                : undefined
            }
            onMoveEnd={reportViewport}
            connectionMode={ConnectionMode.Loose}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            nodeOrigin={NODE_ORIGIN}
            {...(viewport === undefined ? {} : { defaultViewport: viewport })}
            minZoom={MIN_ZOOM}
            maxZoom={MAX_ZOOM}
            proOptions={PRO_OPTIONS}
            colorMode="light"
            {...(editable ? EDITABLE : READ_ONLY)}
            nodesDraggable={editable && !animation.animating}
            onlyRenderVisibleElements
          >
            {/* Far out the dots add nothing but a repaint at every frame of a pan. */}
            {!far && (
              <Background
                variant={BackgroundVariant.Dots}
                gap={GRID_GAP * grid}
                size={1.2 * grid}
                color="#cfd5dd"
              />
            )}
            {far && <FarLayer nodes={shownNodes} edges={shownEdges} levels={view.levels} />}
            <Controls showInteractive={false} showFitView={false} position="bottom-left">
              <ControlButton
                className="react-flow__controls-fitview"
                title="Zoom to fit"
                aria-label="Zoom to fit"
                data-testid="canvas-fit"
                onClick={() => room.fitNodes({ maxZoom: FIT_MAX_ZOOM, duration: 250 })}
              >
                <FitIcon />
              </ControlButton>
            </Controls>
            {showMinimap && (
              <Minimap
                nodes={shownNodes}
                onNodeClick={(id) => {
                  // A click on a card in the minimap goes to it, expanding it if collapsed.
                  const node = latest.current.nodes.find((item) => item.id === id);
                  if (node?.data.fold?.collapsed === true) onFold?.(id, false);
                  select({ nodes: [id], links: [] });
                  room.fitNodes({ ids: [id], maxZoom: 1, duration: 300 });
                }}
              />
            )}
            <SidePanels
              view={view}
              editable={editable}
              highlight={highlight?.kpi ?? null}
              onHighlight={setHighlightKpi}
              onCreate={createAt}
              isOverCanvas={isOverCanvas}
            />
          </ReactFlow>
          {menu !== null && onMenuAction !== undefined && (
            <ContextMenu
              menu={menu}
              onClose={closeMenu}
              onPick={(action) => {
                setMenu(null);
                onMenuAction(action);
              }}
            />
          )}

          {view.tree.nodes.length === 0 && (
            <div className="kt-canvas__hint" data-testid="empty-tree">
              <strong>This tree has no nodes yet</strong>
              Drag a North Star from the palette onto the canvas to start “{view.tree.name}”.
            </div>
          )}
        </div>
      </FarContext.Provider>
    </FoldContext.Provider>
  );
}

/**
 * Far out the cards render without their link handles; when the canvas comes
 * back close, React Flow measures the handles of the cards it kept in the page
 * (their size did not change, so it would not by itself), or their links would
 * have nowhere to start.
 */
function useHandlesMeasuredNearby(far: boolean, nodes: readonly KpiFlowNode[]): void {
  const updateNodeInternals = useUpdateNodeInternals();
  const latestNodes = useRef(nodes);
  latestNodes.current = nodes;
  const wasFar = useRef(far);
  useLayoutEffect(() => {
    if (wasFar.current && !far) updateNodeInternals(latestNodes.current.map((node) => node.id));
    wasFar.current = far;
  }, [far, updateNodeInternals]);
}

/**
 * Fits the tree into the canvas's free room once, when it opens and its nodes have
 * been measured (`fit` is decided once, by useViewSync). A layout effect, so that
 * the first frame painted already shows the tree fitted.
 */
function useFitOnOpen(fit: boolean, fitNodes: (options: { maxZoom: number }) => void): void {
  const measured = useNodesInitialized();
  const done = useRef(!fit);
  useLayoutEffect(() => {
    if (done.current || !measured) return;
    done.current = true;
    fitNodes({ maxZoom: FIT_MAX_ZOOM });
  }, [measured, fitNodes]);
}

/** React Flow's own fit icon (its Controls draw it only for their own fit). */
function FitIcon() {
  return (
    <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
      <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
    </svg>
  );
}

interface SidePanelsProps {
  readonly view: TreeView;
  readonly editable: boolean;
  readonly highlight: string | null;
  readonly onHighlight: (kpi: string | null) => void;
  readonly onCreate: (kind: NodeKind, at: { x: number; y: number } | null) => void;
  readonly isOverCanvas: (x: number, y: number) => boolean;
}

/**
 * The palette, the colour codes and the legend over the canvas. Memoised: a drag or
 * a pan renders the canvas again on every frame, and these do not change with it.
 */
const SidePanels = memo(function SidePanels(props: SidePanelsProps) {
  const { view, editable, highlight, onHighlight, onCreate, isOverCanvas } = props;
  return (
    <Panel position="top-left" className="kt-side-panels">
      {editable && <Palette onCreate={onCreate} isOverCanvas={isOverCanvas} />}
      <ColorCodes view={view} highlight={highlight} onHighlight={onHighlight} />
      {view.tree.nodes.length > 0 && <Legend tree={view.tree} open={!editable} />}
    </Panel>
  );
});

export function TreeCanvas(props: TreeCanvasProps) {
  return (
    <ReactFlowProvider>
      <FlowCanvas {...props} />
    </ReactFlowProvider>
  );
}
