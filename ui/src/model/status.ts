// The words for where a metric stands against its target (SPEC 6: "a status colour
// (on track / at risk / off track against target)"). The core decides each node's
// status by the tree's thresholds and sends it (`TreeView.statuses`); the UI only
// names it.

import type { Status } from "../ipc/api";

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  on_track: "On track",
  at_risk: "At risk",
  off_track: "Off track",
};
