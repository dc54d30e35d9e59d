// The body every kind of node shares: kind, name, value, target, status, owner and
// problems. The per-kind components (kinds.tsx) choose the shape and the mark.
// All user text goes through React, which escapes it.
//
// With a face from the core (face.ts) the card is exactly the face's size and shows
// the rows the face has room for: the name as the core broke it into lines, the
// value row for metric kinds, the target row when there is a target. Without one
// (an older core) it sizes itself, the name clamped to three lines.

import { Handle, Position } from "@xyflow/react";
import { Fragment, useContext } from "react";
import { TimeBadge } from "../../time/TimeBadge";
import type { ReactNode } from "react";

import { NODE_KINDS } from "../../model/kinds";
import { formatDate, formatValue } from "../../model/format";
import { STATUS_LABELS } from "../../model/status";
import { hasRow } from "../face";
import type { CSSVariables } from "../face";
import type { KpiNodeData } from "../flow";
import type { WhatIfValue } from "../../ipc/api";
import { deltaText } from "../../numbers/WhatIfBar";
import { FoldBadge } from "./FoldBadge";
import { ProblemBadge } from "./ProblemBadge";
import { InlineName } from "./InlineName";
import { useRenaming } from "../../editor/inlineRename";
import { FarContext } from "../far/context";

export type NodeShape =
  | "north-star"
  | "business-kpi"
  | "product-metric"
  | "strategic-intent"
  | "initiative"
  | "health-metric";

interface NodeCardProps {
  readonly data: KpiNodeData;
  readonly shape: NodeShape;
  readonly mark: ReactNode;
  /** Whether links can be drawn from and to the card (the canvas is editable). */
  readonly connectable?: boolean;
}

const SIDES = [
  ["top", Position.Top],
  ["right", Position.Right],
  ["bottom", Position.Bottom],
  ["left", Position.Left],
] as const;

/**
 * A source and a target handle on each side, so that a link can take the side that
 * faces the other node. Shown on hover where links can be drawn; hidden and inert
 * while the canvas is read-only.
 */
function Handles({ connectable }: { readonly connectable: boolean }) {
  return (
    <>
      {SIDES.map(([side, position]) => (
        <Fragment key={side}>
          <Handle
            id={`t-${side}`}
            type="target"
            position={position}
            isConnectable={connectable}
            className="kt-handle"
          />
          <Handle
            id={`s-${side}`}
            type="source"
            position={position}
            isConnectable={connectable}
            className="kt-handle"
          />
        </Fragment>
      ))}
    </>
  );
}

/** The node's tooltip: its description and whether it leads or lags. */
function tooltip(node: KpiNodeData["node"]): string | undefined {
  const parts = [
    node.description !== null && node.description !== "" ? node.description : null,
    node.indicator !== null
      ? `${node.indicator === "leading" ? "Leading" : "Lagging"} indicator`
      : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join("\n") : undefined;
}

/**
 * The name as the core broke it, one block per line. The spaces between the blocks
 * do not render (whitespace between blocks) but keep the name whole as text.
 */
function NameLines({ lines }: { readonly lines: readonly string[] }) {
  return (
    <>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && " "}
          <div className="kt-node__line">{line}</div>
        </Fragment>
      ))}
    </>
  );
}

/**
 * A what-if's change of the node's value, on the card's bottom edge: green when
 * it goes the way the metric should (`up` unless told `down`), red when not.
 */
function DeltaBadge({
  nodeId,
  delta,
  direction,
}: {
  readonly nodeId: string;
  readonly delta: WhatIfValue;
  readonly direction: KpiNodeData["node"]["direction"];
}) {
  const text = deltaText(delta);
  if (text === null || delta.delta === 0) return null;
  const rises = (delta.delta ?? 0) > 0;
  const good = direction === "down" ? !rises : rises;
  return (
    <span
      className={`kt-delta ${good ? "is-good" : "is-bad"}${delta.overridden ? " is-set" : ""}`}
      data-testid={`node-delta-${nodeId}`}
      title={delta.overridden ? "Set in the what-if" : "Changed by the what-if"}
    >
      {rises ? "▲" : "▼"} {text}
    </span>
  );
}

export function NodeCard({ data, shape, mark, connectable = false }: NodeCardProps) {
  const { node, color, tint, value, computed, status, issues, face, chips, delta, heat, time } =
    data;
  const renaming = useRenaming(node.id);
  const far = useContext(FarContext);
  if (far) {
    // Far out the far layer paints the card; this box only takes the pointer
    // (select, drag, double-click, right-click) and names the card on hover.
    return <div data-testid={`node-${node.id}`} className="kt-far-card" title={node.name} />;
  }
  const showFigures =
    face !== null
      ? hasRow(face, "value")
      : value !== null || node.target !== null || node.formula !== null || node.unit !== null;
  const showTarget = face !== null ? hasRow(face, "target") : node.target !== null;
  const style: CSSVariables = {
    "--kt-color": color,
    "--kt-tint": tint,
    ...(heat === null ? {} : { "--kt-heat": String(heat) }),
    ...face?.style,
  };
  const classes = [
    "kt-node",
    `kt-node--${shape}`,
    face !== null ? "is-faced" : null,
    issues.length > 0 ? "has-problem" : null,
    heat !== null ? "is-heated" : null,
    data.mark != null ? `is-diff-${data.mark}` : null,
    data.fold?.collapsed === true ? "is-collapsed" : null,
  ].filter((name): name is string => name !== null);

  return (
    <div
      data-testid={`node-${node.id}`}
      className={classes.join(" ")}
      style={style}
      title={tooltip(node)}
    >
      <Handles connectable={connectable && data.mark !== "removed"} />
      {data.mark === "changed" && (
        <span className="kt-node__diff-dot" title="Changed" aria-label="changed" />
      )}
      {chips.length > 0 && (
        <span
          className="kt-node__chips"
          data-testid={`node-chips-${node.id}`}
          data-colors={chips.join(" ")}
          aria-hidden="true"
        >
          {chips.map((chip) => (
            <span key={chip} className="kt-node__chip" style={{ background: chip }} />
          ))}
        </span>
      )}

      <div className="kt-node__head">
        <span className="kt-node__kind">
          {mark}
          <span>{NODE_KINDS[node.kind].label}</span>
        </span>
        {node.owner !== null && node.owner !== "" && (
          <span className="kt-node__owner" title={`Owner: ${node.owner}`}>
            {node.owner}
          </span>
        )}
      </div>
      <ProblemBadge nodeId={node.id} issues={issues} />
      {delta !== null && <DeltaBadge nodeId={node.id} delta={delta} direction={node.direction} />}
      {delta === null && time !== null && (
        <TimeBadge nodeId={node.id} time={time} unit={node.unit} />
      )}

      <div className="kt-node__name" title={node.name}>
        {renaming !== null ? (
          <InlineName renaming={renaming} name={node.name} />
        ) : face !== null ? (
          <NameLines lines={face.nameLines} />
        ) : (
          node.name
        )}
      </div>

      {showFigures && (
        <div className="kt-node__figures">
          <span
            className={`kt-node__value${computed ? " is-computed" : ""}${value === null ? " is-empty" : ""}`}
            title={
              computed
                ? `computed from formula${node.formula ? `: ${node.formula}` : ""}`
                : undefined
            }
            data-testid={`node-value-${node.id}`}
          >
            {computed && <span className="kt-node__eq">=</span>}
            {formatValue(value, node.unit)}
          </span>
          {status !== null && (
            <span
              className={`kt-status kt-status--${status}`}
              data-testid={`node-status-${node.id}`}
            >
              <span className="kt-status__dot" aria-hidden="true" />
              {STATUS_LABELS[status]}
            </span>
          )}
        </div>
      )}

      {data.fold != null && <FoldBadge nodeId={node.id} fold={data.fold} />}

      {showTarget && node.target !== null && (
        <div className="kt-node__target">
          Target {node.direction === "down" ? "≤" : "≥"} {formatValue(node.target, node.unit)}
          {node.target_date !== null && <> by {formatDate(node.target_date)}</>}
        </div>
      )}
    </div>
  );
}
