// The three kinds of link, drawn apart: `drives` solid grey (the tree itself),
// `impacts` dashed and curved in the colour of the KPI it moves, as wide as it is
// strong, `guards` dotted dark red. The group carries the test hook
// `link-KIND-FROM-TO` and a tooltip naming both ends.

import { BaseEdge, getBezierPath, getSmoothStepPath } from "@xyflow/react";
import type { EdgeProps, EdgeTypes } from "@xyflow/react";

import type { LinkKind } from "../../ipc/api";
import { linkId } from "../flow";
import type { LinkEdgeData, LinkFlowEdge } from "../flow";

const DASH: Readonly<Record<LinkKind, string | undefined>> = {
  drives: undefined,
  impacts: "7 5",
  guards: "1.5 4.5",
};

export function describeLink(data: LinkEdgeData): string {
  const { link, fromName, toName } = data;
  const strength = link.kind === "impacts" && link.strength !== null ? `, ${link.strength}` : "";
  const note = link.note !== null && link.note !== "" ? `\n${link.note}` : "";
  return `${fromName} ${link.kind} ${toName}${strength}${note}`;
}

export function LinkEdge(props: EdgeProps<LinkFlowEdge>) {
  const { id, data, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition } = props;
  if (data === undefined) return null;
  const kind = data.link.kind;
  const geometry = { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition };
  const [path] =
    kind === "drives"
      ? getSmoothStepPath({ ...geometry, borderRadius: 10 })
      : getBezierPath({ ...geometry, curvature: 0.35 });

  return (
    <g data-testid={`link-${linkId(data.link)}`} className={`kt-link kt-link--${kind}`}>
      <title>{describeLink(data)}</title>
      <BaseEdge
        id={id}
        path={path}
        markerStart={props.markerStart}
        interactionWidth={14}
        style={{
          stroke: data.color,
          strokeWidth: data.width,
          strokeDasharray: DASH[kind],
          strokeLinecap: kind === "guards" ? "round" : "butt",
        }}
      />
    </g>
  );
}

/** Stable (module-level), as React Flow requires. */
export const edgeTypes: EdgeTypes = {
  drives: LinkEdge,
  impacts: LinkEdge,
  guards: LinkEdge,
};
