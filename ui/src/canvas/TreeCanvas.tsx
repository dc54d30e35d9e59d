// The tree on a React Flow canvas: nodes at their stored positions (or a fallback
// by level), pan, zoom, fit, controls and a minimap. Read-only for now.

import {
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  useEdgesState,
  useNodesState,
} from "@xyflow/react";
import { useEffect, useMemo, useRef } from "react";

import type { TreeView } from "../ipc/api";
import { edgeTypes } from "./edges/LinkEdge";
import { toFlow } from "./flow";
import type { KpiFlowNode, LinkFlowEdge } from "./flow";
import { READ_ONLY } from "./interaction";
import { Legend } from "./Legend";
import { nodeTypes } from "./nodes/kinds";

const FIT_VIEW_OPTIONS = { padding: 0.12, maxZoom: 1.1 };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const PRO_OPTIONS = { hideAttribution: true };

/**
 * The new nodes, keeping what React Flow measured of the current ones: a node that
 * loses its `measured` size is hidden until its size changes again.
 */
function keepMeasured(current: KpiFlowNode[], next: KpiFlowNode[]): KpiFlowNode[] {
  const measured = new Map(current.map((node) => [node.id, node.measured]));
  return next.map((node) => {
    const size = measured.get(node.id);
    return size === undefined ? node : { ...node, measured: size };
  });
}

function minimapColor(node: KpiFlowNode): string {
  return node.data.color;
}

export function TreeCanvas({ view }: { readonly view: TreeView }) {
  const flow = useMemo(() => toFlow(view), [view]);
  const [nodes, setNodes, onNodesChange] = useNodesState<KpiFlowNode>(flow.nodes);
  const [edges, setEdges, onEdgesChange] = useEdgesState<LinkFlowEdge>(flow.edges);

  // The state starts from the first flow; later views of the same tree replace it.
  const synced = useRef(flow);
  useEffect(() => {
    if (synced.current === flow) return;
    synced.current = flow;
    setNodes((current) => keepMeasured(current, flow.nodes));
    setEdges(flow.edges);
  }, [flow, setNodes, setEdges]);

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
    <div className="kt-canvas" data-testid="canvas">
      <ReactFlow<KpiFlowNode, LinkFlowEdge>
        nodes={nodes}
        edges={edges}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        fitView
        fitViewOptions={FIT_VIEW_OPTIONS}
        minZoom={0.1}
        maxZoom={2.5}
        proOptions={PRO_OPTIONS}
        colorMode="light"
        {...READ_ONLY}
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
