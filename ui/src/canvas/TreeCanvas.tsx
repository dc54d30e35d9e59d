// The tree on a React Flow canvas: nodes at their stored positions (or a fallback
// by level), pan, zoom, fit, controls and a minimap. Nodes can be selected and
// dragged; a drag is the canvas's own until it ends, then one `move_nodes` edit
// records it (or, refused, the nodes go back). A new view from undo, redo or
// auto-layout is animated to (animation.ts).
//
// Editing on the canvas: the palette (drag a kind in to create a node), links drawn
// from a node's handle to another node (the link's kind and direction follow from
// the two kinds, editor/connect.ts), and a handle (`CanvasHandle`) through which
// the window selects, finds and zooms. The selection and the viewport are reported
// up, so that the window can show the inspector and remember where the user was.

import {
  Background,
  BackgroundVariant,
  Controls,
  getViewportForBounds,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useEdgesState,
  useNodesState,
  useReactFlow,
  useStore,
  useStoreApi,
} from "@xyflow/react";
import { ConnectionMode } from "@xyflow/react";
import type {
  FitViewOptions,
  OnConnectEnd,
  OnNodeDrag,
  OnSelectionChangeParams,
  Viewport,
} from "@xyflow/react";
import {
  memo,
  useCallback,
  useEffect,
  useImperativeHandle,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Ref } from "react";

import { ColorCodes } from "../alignment/ColorCodes";
import { kpiHighlight } from "../alignment/highlight";
import type { Highlight } from "../alignment/highlight";
import type { ViewChange } from "../app/workspace";
import { linkForConnection } from "../editor/connect";
import { moveNodesEdit } from "../editor/moves";
import { Palette } from "../editor/Palette";
import type { Edit, FaceMetrics, Link, NodeKind, Position, TreeView, ViewState } from "../ipc/api";
import { ANIMATION_MS, anyMoved, easeInOut, positionsAt, prefersReducedMotion } from "./animation";
import { edgeTypes } from "./edges/LinkEdge";
import { faceMetricsStyle } from "./face";
import { linkId, toFlow } from "./flow";
import type { KpiFlowNode, LinkFlowEdge, Overlays } from "./flow";
import { EDITABLE, READ_ONLY } from "./interaction";
import { Legend } from "./Legend";
import { nodeTypes } from "./nodes/kinds";
import { reuseUnchanged } from "./unchanged";

/** Room around a fitted tree; more at the top, where the toolbar floats. */
/**
 * Room around a fitted tree: more at the top, where the toolbar floats, and on the
 * left, where the palette and the legend float.
 */
const FIT_PADDING: NonNullable<FitViewOptions["padding"]> = {
  top: "64px",
  right: "40px",
  bottom: "40px",
  left: "190px",
};
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1.1 };
// Low enough that zoom-to-fit shows a whole 1,000-node tree.
const MIN_ZOOM = 0.02;
/**
 * Below this zoom a card's text is under 3 px, a grey smudge that is the costliest
 * part of a frame to paint: the cards are drawn as plain boxes (`kt-canvas--far`).
 * A tree that fits the window at this zoom has well over a hundred nodes.
 */
const FAR_ZOOM = 0.2;
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const PRO_OPTIONS = { hideAttribution: true };

/** The selected nodes (ids) and links (`KIND-FROM-TO`). */
export interface CanvasSelection {
  readonly nodes: readonly string[];
  readonly links: readonly string[];
}

/** What the window can ask of the canvas. */
export interface CanvasHandle {
  /** Selects exactly these nodes and links (also ones that arrive with the next view). */
  select(selection: CanvasSelection): void;
  selectAll(): void;
  /** Selects the node and brings it to the middle of the view. */
  focusNode(id: string): void;
  /** Selects these nodes and fits the view around them. */
  reveal(ids: readonly string[]): void;
  zoomIn(): void;
  zoomOut(): void;
  zoomToFit(): void;
  /** The middle of the view, in canvas coordinates (where a paste lands). */
  centre(): Position;
}

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
  readonly ref?: Ref<CanvasHandle>;
  /** The core's face metrics; `null` (an older core) draws self-sized cards. */
  readonly faceMetrics: FaceMetrics | null;
  /** What brought `view`: undo, redo and auto-layout are animated to. */
  readonly change: ViewChange;
  /** Performs an edit; resolves to whether the Rust side took it. */
  readonly onEdit: (edit: Edit) => Promise<boolean>;
  /** A what-if's changes and the leverage heat map, drawn over the tree. */
  readonly overlays?: Overlays;
}

/**
 * The new nodes, keeping what the canvas knows of the current ones: the size React
 * Flow measured (a node that loses it is hidden until its size changes again) and
 * whether it is selected. A node the new view leaves as it was keeps its object.
 */
export function keepCanvasState(current: KpiFlowNode[], next: KpiFlowNode[]): KpiFlowNode[] {
  const known = new Map(current.map((node) => [node.id, node]));
  const kept = next.map((node) => {
    const old = known.get(node.id);
    if (old === undefined) return node;
    return {
      ...node,
      ...(old.measured === undefined ? {} : { measured: old.measured }),
      ...(old.selected === undefined ? {} : { selected: old.selected }),
    };
  });
  return reuseUnchanged(current, kept);
}

function positionsOf(nodes: readonly KpiFlowNode[]): Map<string, Position> {
  return new Map(nodes.map((node) => [node.id, node.position]));
}

function placedAt(nodes: KpiFlowNode[], at: ReadonlyMap<string, Position>): KpiFlowNode[] {
  return nodes.map((node) => {
    const position = at.get(node.id);
    return position === undefined ? node : { ...node, position };
  });
}

/** The box around `nodes` standing at `at` (their centres). */
function boundsAt(nodes: readonly KpiFlowNode[], at: ReadonlyMap<string, Position>) {
  let left = Infinity;
  let top = Infinity;
  let right = -Infinity;
  let bottom = -Infinity;
  for (const node of nodes) {
    const centre = at.get(node.id) ?? node.position;
    const width = node.measured?.width ?? node.width ?? 0;
    const height = node.measured?.height ?? node.height ?? 0;
    left = Math.min(left, centre.x - width / 2);
    top = Math.min(top, centre.y - height / 2);
    right = Math.max(right, centre.x + width / 2);
    bottom = Math.max(bottom, centre.y + height / 2);
  }
  if (!Number.isFinite(left)) return null;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/**
 * `items` with the class `kt-dimmed` on those `lit` does not hold (none without a
 * highlight); items whose class stays are kept as they are, for React Flow.
 */
function dimmedOutside<T extends { id: string; className?: string }>(
  items: readonly T[],
  lit: ReadonlySet<string> | null,
): T[] {
  return items.map((item) => {
    const className = lit === null || lit.has(item.id) ? undefined : "kt-dimmed";
    if (item.className === className) return item;
    const { className: _old, ...rest } = item;
    return (className === undefined ? rest : { ...rest, className }) as T;
  });
}

function minimapColor(node: KpiFlowNode): string {
  return node.data.color;
}

/** `nodes` and `edges` with exactly `selection` selected. */
function withSelection<T extends { id: string; selected?: boolean }>(
  items: readonly T[],
  selected: ReadonlySet<string>,
): T[] {
  return items.map((item) =>
    (item.selected === true) === selected.has(item.id)
      ? item
      : { ...item, selected: selected.has(item.id) },
  );
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

/** The id of the canvas node under a screen point, if any. */
function nodeAt(x: number, y: number): string | null {
  const element = document.elementFromPoint(x, y);
  const wrapper = element?.closest(".react-flow__node");
  return wrapper?.getAttribute("data-id") ?? null;
}

function FlowCanvas(props: TreeCanvasProps) {
  const { view, faceMetrics, change, onEdit, initialViewState = null } = props;
  const { editable = true, showMinimap = true, ref } = props;
  const { onSelectionChange, onViewportChange, onCreateNode } = props;
  const { overlays } = props;
  const flow = useMemo(() => toFlow(view, faceMetrics, overlays), [view, faceMetrics, overlays]);
  const initialSelection = useRef(
    new Set([...(initialViewState?.nodes ?? []), ...(initialViewState?.links ?? [])]),
  );
  const [nodes, setNodes, onNodesChange] = useNodesState<KpiFlowNode>(
    withSelection(flow.nodes, initialSelection.current),
  );
  const [edges, setEdges, onEdgesChange] = useEdgesState<LinkFlowEdge>(
    withSelection(flow.edges, initialSelection.current),
  );
  const [animating, setAnimating] = useState(false);
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
  // Decided once, when the tree opens: React Flow fits again whenever this prop turns
  // true. A tree the user left somewhere opens there; an empty tree is not fitted
  // (its first node would jump away from where it was dropped).
  const [fitOnOpen] = useState(
    () => (initialViewState?.viewport ?? null) === null && view.tree.nodes.length > 0,
  );
  const { setViewport, getViewport, setCenter, zoomIn, zoomOut, fitView, screenToFlowPosition } =
    useReactFlow<KpiFlowNode, LinkFlowEdge>();
  const store = useStoreApi<KpiFlowNode, LinkFlowEdge>();
  // Re-renders only when the zoom crosses FAR_ZOOM, not at every frame of a zoom.
  const far = useStore((state) => state.transform[2] < FAR_ZOOM);
  const canvasElement = useRef<HTMLDivElement | null>(null);
  // A selection asked for before the view that holds its nodes has arrived.
  const pendingSelection = useRef<ReadonlySet<string> | null>(null);

  // What the effects and handlers read of the latest render.
  const latest = useRef({ nodes, flow, view });
  useLayoutEffect(() => {
    latest.current = { nodes, flow, view };
  });

  const frame = useRef<number | null>(null);
  const stopAnimation = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  }, []);
  useEffect(() => stopAnimation, [stopAnimation]);

  /**
   * Glides every node from where it stands to its place in `target`, then calls
   * `done` (not when another animation takes over).
   */
  const animateTo = useCallback(
    (target: KpiFlowNode[], fit: boolean, done: () => void) => {
      stopAnimation();
      const from = positionsOf(latest.current.nodes);
      const to = positionsOf(target);
      const still = prefersReducedMotion() || typeof requestAnimationFrame !== "function";
      if (fit) {
        const bounds = boundsAt(target, to);
        const { width, height } = store.getState();
        if (bounds !== null && width > 0 && height > 0) {
          const viewport = getViewportForBounds(
            bounds,
            width,
            height,
            MIN_ZOOM,
            FIT_VIEW_OPTIONS.maxZoom,
            FIT_VIEW_OPTIONS.padding,
          );
          void setViewport(viewport, {
            duration: still ? 0 : ANIMATION_MS,
            ease: easeInOut,
            interpolate: "linear",
          });
        }
      }
      if (still || !anyMoved(from, to)) {
        setNodes((current) => keepCanvasState(current, target));
        setAnimating(false);
        done();
        return;
      }
      setNodes((current) => placedAt(keepCanvasState(current, target), from));
      setAnimating(true);
      let start: number | null = null;
      const step = (now: number) => {
        start ??= now;
        const elapsed = now - start;
        setNodes((current) => placedAt(current, positionsAt(from, to, elapsed)));
        if (elapsed >= ANIMATION_MS) {
          frame.current = null;
          setAnimating(false);
          done();
        } else {
          frame.current = requestAnimationFrame(step);
        }
      };
      frame.current = requestAnimationFrame(step);
    },
    [setNodes, setViewport, stopAnimation, store],
  );

  // The state starts from the first flow; later views of the same tree replace it.
  const synced = useRef(flow);
  useEffect(() => {
    if (synced.current === flow) return;
    synced.current = flow;
    if (change === "history" || change === "layout") {
      // The links keep the sides they leave by until the nodes have arrived: sides
      // chosen for where the nodes go would loop around them on the way.
      animateTo(flow.nodes, change === "layout", () => setEdges(flow.edges));
    } else {
      stopAnimation();
      setAnimating(false);
      const pending = pendingSelection.current;
      pendingSelection.current = null;
      setNodes((current) => {
        const kept = keepCanvasState(current, flow.nodes);
        return pending === null ? kept : withSelection(kept, pending);
      });
      setEdges((current) => {
        const selected = new Set(current.filter((e) => e.selected === true).map((e) => e.id));
        return reuseUnchanged(current, withSelection(flow.edges, pending ?? selected));
      });
    }
  }, [flow, change, animateTo, stopAnimation, setNodes, setEdges]);

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
    [setNodes, setEdges],
  );

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
        const present = ids.filter((id) => shown.has(id)).map((id) => ({ id }));
        if (present.length === 0) return;
        void fitView({ ...FIT_VIEW_OPTIONS, nodes: present, maxZoom: 1, duration: 300 });
      },
      zoomIn: () => void zoomIn({ duration: 150 }),
      zoomOut: () => void zoomOut({ duration: 150 }),
      zoomToFit: () => void fitView({ ...FIT_VIEW_OPTIONS, duration: 250 }),
      centre: () => {
        const rect = canvasElement.current?.getBoundingClientRect();
        if (rect === undefined) return { x: 0, y: 0 };
        return screenToFlowPosition({
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
        });
      },
    }),
    [
      select,
      setNodes,
      setEdges,
      getViewport,
      setCenter,
      zoomIn,
      zoomOut,
      fitView,
      screenToFlowPosition,
    ],
  );

  const reportSelection = useCallback(
    ({ nodes: chosen, edges: chosenEdges }: OnSelectionChangeParams<KpiFlowNode, LinkFlowEdge>) =>
      onSelectionChange?.({
        nodes: chosen.map((node) => node.id),
        links: chosenEdges.map((edge) => edge.id),
      }),
    [onSelectionChange],
  );

  // A link drawn from one node to another: dropped on a handle or anywhere on the
  // other node's card.
  const onConnectEnd: OnConnectEnd = useCallback(
    (event, connection) => {
      const fromId = connection.fromNode?.id;
      const point = "changedTouches" in event ? event.changedTouches[0] : event;
      const toId =
        connection.toNode?.id ??
        (point === undefined ? null : nodeAt(point.clientX, point.clientY));
      if (fromId === undefined || toId === null || fromId === toId) return;
      const { view: current, nodes: shown } = latest.current;
      const byId = new Map(current.tree.nodes.map((node) => [node.id, node]));
      const placed = (id: string) => {
        const node = byId.get(id);
        const at = shown.find((candidate) => candidate.id === id)?.position;
        return node === undefined || at === undefined ? null : { node, at };
      };
      const [a, b] = [placed(fromId), placed(toId)];
      if (a === null || b === null) return;
      const link: Link = linkForConnection(a, b, current.direction);
      void onEdit({ type: "add_link", link }).then((taken) => {
        if (taken) select({ nodes: [], links: [linkId(link)] });
      });
    },
    [onEdit, select],
  );

  const createAt = useCallback(
    (kind: NodeKind, at: { x: number; y: number } | null) => {
      if (onCreateNode === undefined) return;
      if (at !== null) {
        onCreateNode(kind, screenToFlowPosition(at));
        return;
      }
      const rect = canvasElement.current?.getBoundingClientRect();
      const middle =
        rect === undefined
          ? { x: 0, y: 0 }
          : screenToFlowPosition({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
      onCreateNode(kind, middle);
    },
    [onCreateNode, screenToFlowPosition],
  );

  const isOverCanvas = useCallback((x: number, y: number) => {
    const element = document.elementFromPoint(x, y);
    return element !== null && element.closest(".react-flow__pane, .react-flow__node") !== null;
  }, []);

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
    [onEdit, setNodes],
  );

  const metricsStyle = useMemo(
    () => (faceMetrics === null ? undefined : faceMetricsStyle(faceMetrics)),
    [faceMetrics],
  );

  const viewport = initialViewState?.viewport ?? undefined;
  return (
    <div
      className={`kt-canvas${editable ? " kt-canvas--editable" : ""}${far ? " kt-canvas--far" : ""}`}
      data-testid="canvas"
      style={metricsStyle}
      ref={canvasElement}
      onPointerDownCapture={leaveFieldOutside}
      onKeyDown={(event) => {
        if (event.key === "Escape" && highlight !== null) setHighlightKpi(null);
      }}
      data-highlight={highlight?.kpi}
    >
      <ReactFlow<KpiFlowNode, LinkFlowEdge>
        nodes={shownNodes}
        edges={shownEdges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        onSelectionChange={reportSelection}
        onConnectEnd={onConnectEnd}
        onMoveEnd={(_event, moved) => onViewportChange?.(moved)}
        connectionMode={ConnectionMode.Loose}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        fitView={fitOnOpen}
        {...(viewport === undefined ? {} : { defaultViewport: viewport })}
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={MIN_ZOOM}
        maxZoom={2.5}
        proOptions={PRO_OPTIONS}
        colorMode="light"
        {...(editable ? EDITABLE : READ_ONLY)}
        nodesDraggable={editable && !animating}
      >
        <Background variant={BackgroundVariant.Dots} gap={22} size={1.2} color="#cfd5dd" />
        <Controls showInteractive={false} position="bottom-left" />
        {showMinimap && (
          <MiniMap<KpiFlowNode>
            position="bottom-right"
            pannable
            zoomable
            nodeColor={minimapColor}
            nodeBorderRadius={4}
            maskColor="rgba(240, 242, 245, 0.65)"
            ariaLabel="Minimap"
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
      {view.tree.nodes.length === 0 && (
        <div className="kt-canvas__hint" data-testid="empty-tree">
          <strong>This tree has no nodes yet</strong>
          Drag a North Star from the palette onto the canvas to start “{view.tree.name}”.
        </div>
      )}
    </div>
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
