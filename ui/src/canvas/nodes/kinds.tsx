// One node component per kind: each picks its shape and mark around the shared
// card. `nodeTypes` is what React Flow renders a node's `type` (its kind) with.

import type { NodeProps, NodeTypes } from "@xyflow/react";
import type { ComponentType } from "react";

import type { NodeKind } from "../../ipc/api";
import type { KpiFlowNode } from "../flow";
import { KindSwatch, ShieldMark, StarMark } from "./marks";
import { NodeCard } from "./NodeCard";

type KpiNodeProps = NodeProps<KpiFlowNode>;

export function NorthStarNode({ data, isConnectable }: KpiNodeProps) {
  return (
    <NodeCard
      data={data}
      connectable={isConnectable}
      shape="north-star"
      mark={<StarMark size={15} />}
    />
  );
}

export function BusinessKpiNode({ data, isConnectable }: KpiNodeProps) {
  return (
    <NodeCard
      data={data}
      connectable={isConnectable}
      shape="business-kpi"
      mark={<KindSwatch kind="business_kpi" />}
    />
  );
}

export function ProductMetricNode({ data, isConnectable }: KpiNodeProps) {
  return (
    <NodeCard
      data={data}
      connectable={isConnectable}
      shape="product-metric"
      mark={<KindSwatch kind="product_metric" />}
    />
  );
}

export function StrategicIntentNode({ data, isConnectable }: KpiNodeProps) {
  return (
    <NodeCard
      data={data}
      connectable={isConnectable}
      shape="strategic-intent"
      mark={<KindSwatch kind="strategic_intent" />}
    />
  );
}

export function InitiativeNode({ data, isConnectable }: KpiNodeProps) {
  return (
    <NodeCard
      data={data}
      connectable={isConnectable}
      shape="initiative"
      mark={<KindSwatch kind="initiative" />}
    />
  );
}

export function HealthMetricNode({ data, isConnectable }: KpiNodeProps) {
  return (
    <NodeCard
      data={data}
      connectable={isConnectable}
      shape="health-metric"
      mark={<ShieldMark size={14} />}
    />
  );
}

const BY_KIND: Readonly<Record<NodeKind, ComponentType<KpiNodeProps>>> = {
  north_star: NorthStarNode,
  business_kpi: BusinessKpiNode,
  product_metric: ProductMetricNode,
  strategic_intent: StrategicIntentNode,
  initiative: InitiativeNode,
  health_metric: HealthMetricNode,
};

/** Stable (module-level), as React Flow requires. */
export const nodeTypes: NodeTypes = BY_KIND;
