// How periods and changes read on screen (SPEC 8): a period as the core names it
// (`2026-11` is "Nov 2026", the time view's `labels`); a change is a signed
// percentage of the compared value ("+4.2 %"), or a signed amount where that value
// is 0.

import type { Compare, NodeChange, TimeView } from "../ipc/api";
import { formatValue } from "../model/format";

/** Period `period` of the time view as people say it (the core's label). */
export function periodLabel(time: TimeView, period: string): string {
  return time.labels[period] ?? period;
}

/** The comparisons the window offers, in the order of its menu. */
export const COMPARES: readonly {
  readonly value: Exclude<Compare, { period: string }>;
  readonly label: string;
}[] = [
  { value: "previous", label: "vs previous period" },
  { value: "year_ago", label: "vs a year earlier" },
  { value: "none", label: "no comparison" },
];

/** `compare` as the comparison menu's value (a chosen period is its text). */
export function compareKey(compare: Compare): string {
  return typeof compare === "string" ? compare : compare.period;
}

/** The menu's value back as a comparison. */
export function compareOf(key: string): Compare {
  return key === "previous" || key === "year_ago" || key === "none" ? key : { period: key };
}

/** A node's change as its badge says it, or `null` when there is none to show. */
export function changeText(change: NodeChange, unit: string | null): string | null {
  if (change.change === null || change.change === 0) return null;
  if (change.ratio !== null && Number.isFinite(change.ratio)) {
    const percent = Math.abs(change.ratio * 100);
    const digits = percent >= 10 ? 0 : 1;
    return `${change.ratio > 0 ? "+" : "−"}${percent.toFixed(digits)} %`;
  }
  const amount = formatValue(Math.abs(change.change), unit);
  return `${change.change > 0 ? "+" : "−"}${amount}`;
}
