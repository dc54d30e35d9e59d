// How periods and changes read on screen (SPEC 8): `2026-11` is "Nov 2026",
// `2026-Q2` "Q2 2026", `2026-W19` "W19 2026"; a change is a signed percentage of
// the compared value ("+4.2 %"), or a signed amount where that value is 0.

import type { Compare, NodeChange } from "../ipc/api";
import { formatValue } from "../model/format";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A period as people say it; the text itself when it is not one of the three forms. */
export function periodLabel(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month !== null) {
    const name = MONTHS[Number(month[2]) - 1];
    return name === undefined ? period : `${name} ${month[1]}`;
  }
  const other = /^(\d{4})-([QW]\d{1,2})$/.exec(period);
  return other === null ? period : `${other[2]} ${other[1]}`;
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
