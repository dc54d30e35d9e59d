// Where a metric stands against its target (SPEC 6: "a status colour (on track /
// at risk / off track against target)").
//
// With `direction` up (the default), a value at or above the target is on track;
// one that falls short by at most 10% of the target is at risk; anything worse is
// off track. `down` mirrors it: at or below the target is on track.

import type { Direction } from "../ipc/api";

export type Status = "on_track" | "at_risk" | "off_track";

/** How far a value may miss its target, as a share of the target, and be "at risk". */
export const AT_RISK_MARGIN = 0.1;

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
};

/** The status of `value` against `target`; `null` when either is missing. */
export function computeStatus(
  value: number | null,
  target: number | null,
  direction: Direction | null,
): Status | null {
  if (value === null || target === null) return null;
  if (!Number.isFinite(value) || !Number.isFinite(target)) return null;
  const shortfall = direction === "down" ? value - target : target - value;
  if (shortfall <= 0) return "on_track";
  const margin = Math.abs(target) * AT_RISK_MARGIN;
  // A relative epsilon so that 90 against 100 is at risk despite binary rounding.
  const epsilon = Math.abs(target) * 1e-12;
  return shortfall <= margin + epsilon ? "at_risk" : "off_track";
}
