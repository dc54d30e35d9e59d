// The tree on a React Flow canvas: nodes at their stored positions (or a fallback
// by level), pan, zoom, fit, controls and a minimap. Nodes can be selected and
// dragged; a drag is the canvas's own until it ends, then one `move_nodes` edit
// records it (or, refused, the nodes go back). A new view from undo, redo or
// auto-layout is animated to (animation.ts).

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
  useStoreApi,
} from "@xyflow/react";
import type { FitViewOptions, OnNodeDrag } from "@xyflow/react";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";

import type { ViewChange } from "../app/workspace";
import { moveNodesEdit } from "../editor/moves";
import type { Edit, FaceMetrics, Position, TreeView } from "../ipc/api";
import { ANIMATION_MS, anyMoved, easeInOut, positionsAt, prefersReducedMotion } from "./animation";
import { edgeTypes } from "./edges/LinkEdge";
import { faceMetricsStyle } from "./face";
import { toFlow } from "./flow";
import type { KpiFlowNode, LinkFlowEdge } from "./flow";
import { EDITABLE } from "./interaction";
import { Legend } from "./Legend";
import { nodeTypes } from "./nodes/kinds";

/** Room around a fitted tree; more at the top, where the toolbar floats. */
const FIT_PADDING: NonNullable<FitViewOptions["padding"]> = {
  top: "64px",
  right: "40px",
  bottom: "40px",
  left: "40px",
};
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1.1 };
// Low enough that zoom-to-fit shows a whole 1,000-node tree.
const MIN_ZOOM = 0.02;
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const PRO_OPTIONS = { hideAttribution: true };

export interface TreeCanvasProps {
  readonly view: TreeView;
  /** The core's face metrics; `null` (an older core) draws self-sized cards. */
  readonly faceMetrics: FaceMetrics | null;
  /** What brought `view`: undo, redo and auto-layout are animated to. */
  readonly change: ViewChange;
  /** Performs an edit; resolves to whether the Rust side took it. */
  readonly onEdit: (edit: Edit) => Promise<boolean>;
}

/**
 * The new nodes, keeping what the canvas knows of the current ones: the size React
 * Flow measured (a node that loses it is hidden until its size changes again) and
 * whether it is selected.
 */
export function keepCanvasState(current: KpiFlowNode[], next: KpiFlowNode[]): KpiFlowNode[] {
  const known = new Map(current.map((node) => [node.id, node]));
  return next.map((node) => {
    const old = known.get(node.id);
    if (old === undefined) return node;
    return {
      ...node,
      ...(old.measured === undefined ? {} : { measured: old.measured }),
      ...(old.selected === undefined ? {} : { selected: old.selected }),
    };
  });
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

function minimapColor(node: KpiFlowNode): string {
  return node.data.color;
}

function FlowCanvas({ view, faceMetrics, change, onEdit }: TreeCanvasProps) {
  const flow = useMemo(() => toFlow(view, faceMetrics), [view, faceMetrics]);
  const [nodes, setNodes, onNodesChange] = useNodesState<KpiFlowNode>(flow.nodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState<LinkFlowEdge>(flow.edges);
  const [animating, setAnimating] = useState(false);
  const { setViewport } = useReactFlow<KpiFlowNode, LinkFlowEdge>();
  const store = useStoreApi<KpiFlowNode, LinkFlowEdge>();

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
      setNodes((current) => keepCanvasState(current, flow.nodes));
      setEdges(flow.edges);
    }
  }, [flow, change, animateTo, stopAnimation, setNodes, setEdges]);

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

  return (
    <div className="kt-canvas" data-testid="canvas" style={metricsStyle}>
      <ReactFlow<KpiFlowNode, LinkFlowEdge>
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={onNodeDragStop}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={MIN_ZOOM}
        maxZoom={2.5}
        proOptions={PRO_OPTIONS}
        colorMode="light"
        {...EDITABLE}
        nodesDraggable={!animating}
      >
        <Background variant={BackgroundVariant.Dots} gap={22} size={1.2} color="#cfd5dd" />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap<KpiFlowNode>
          position="bottom-right"
          pannable
          zoomable
          nodeColor={minimapColor}
          nodeBorderRadius={4}
          maskColor="rgba(240, 242, 245, 0.65)"
          ariaLabel="Minimap"
        />
        <Panel position="top-left">
          <Legend tree={view.tree} />
        </Panel>
      </ReactFlow>
    </div>
  );
}

export function TreeCanvas(props: TreeCanvasProps) {
  const { view } = props;
  if (view.tree.nodes.length === 0) {
    return (
      <div className="kt-canvas kt-canvas--empty" data-testid="canvas">
        <div className="kt-empty" data-testid="empty-tree">
          <h2>This tree has no nodes yet</h2>
          <p>Nodes added to “{view.tree.name}” will appear here.</p>
        </div>
      </div>
    );
  }
  return (
    <ReactFlowProvider>
      <FlowCanvas {...props} />
    </ReactFlowProvider>
  );
}
