// One node component per kind: each draws the shared card with its kind's shape
// (the class `kt-node--SHAPE`) and mark, both from the core's look table.
// `nodeTypes` is what React Flow renders a node's `type` (its kind) with.

import type { NodeProps, NodeTypes } from "@xyflow/react";
import type { ComponentType } from "react";

import type { NodeKind } from "../../ipc/api";
import { NODE_KIND_ORDER, NODE_SHAPES } from "../../model/looks.generated";
import type { KpiFlowNode } from "../flow";
import { KindMark } from "./marks";
import { NodeCard } from "./NodeCard";

type KpiNodeProps = NodeProps<KpiFlowNode>;

function kindNode(kind: NodeKind): ComponentType<KpiNodeProps> {
  function KindNode({ data, isConnectable }: KpiNodeProps) {
    return (
      <NodeCard
        data={data}
        connectable={isConnectable}
        shape={NODE_SHAPES[kind]}
        mark={<KindMark kind={kind} />}
      />
    );
  }
  KindNode.displayName = `KindNode(${kind})`;
  return KindNode;
}

/** Stable (module-level), as React Flow requires. */
export const nodeTypes: NodeTypes = Object.fromEntries(
  NODE_KIND_ORDER.map((kind) => [kind, kindNode(kind)]),
);
