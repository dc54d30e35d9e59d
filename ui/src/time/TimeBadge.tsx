// On a card's bottom edge, time at a glance (SPEC 8): the node's sparkline over
// every period and its change against the compared period, green when it went the
// way the metric should, red when not, grey without a direction.

import type { NodeChange } from "../ipc/api";
import { changeText } from "./periods";
import { Sparkline } from "./Sparkline";

/** What a card knows of time: its change and its values over the periods. */
export interface NodeTime {
  readonly change: NodeChange | null;
  readonly spark: readonly (number | null)[] | null;
  /** The index of the shown period in `spark`. */
  readonly at: number;
}

/** Whether `values` hold at least two different numbers (a flat line says nothing). */
function moves(values: readonly (number | null)[] | null): values is readonly (number | null)[] {
  if (values === null) return false;
  const present = values.filter((value): value is number => value !== null);
  return present.length > 1 && present.some((value) => value !== present[0]);
}

export function TimeBadge({
  nodeId,
  time,
  unit,
}: {
  readonly nodeId: string;
  readonly time: NodeTime;
  readonly unit: string | null;
}) {
  const text = time.change === null ? null : changeText(time.change, unit);
  const spark = moves(time.spark) ? time.spark : null;
  if (text === null && spark === null) return null;
  const good = time.change?.good ?? null;
  const tone = good === null ? "is-neutral" : good ? "is-good" : "is-bad";
  const rises = (time.change?.change ?? 0) > 0;
  return (
    <span className={`kt-delta kt-time-badge ${tone}`} data-testid={`node-time-${nodeId}`}>
      {spark !== null && <Sparkline values={spark} at={time.at} />}
      {text !== null && (
        <span className="kt-time-badge__change" data-testid={`node-change-${nodeId}`}>
          {rises ? "▲" : "▼"} {text}
        </span>
      )}
    </span>
  );
}
