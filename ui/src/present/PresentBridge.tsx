// Present mode's "What moved" step (SPEC 9): after the overview, for a tree with
// history compared with another period, the bridge chart of the North Star's change
// (the first formula node, as in the What moved panel), large enough to read from
// across a room. A bar goes back to the tree with its leaf's branch in focus. The
// chart's rows and figures are the core's, as in the panel and the export.

import { useEffect, useState } from "react";

import { api } from "../ipc/api";
import type { ExplainedChange, TreeView } from "../ipc/api";
import { BridgeChart } from "../time/BridgeChart";
import { formulaNodes } from "../time/useExplain";

/** The bars' track in present mode: wide, for a room. */
const TRACK_WIDTH = 440;

/**
 * The change of the view's North Star from the compared period to the shown one,
 * explained; `null` while it is asked for, when the step is switched off, or when
 * there is nothing to explain (no comparison, no formula, the core refused).
 */
export function usePresentBridge(view: TreeView, enabled: boolean): ExplainedChange | null {
  const node = formulaNodes(view)[0] ?? null;
  const from = view.time?.compare ?? null;
  const to = view.time?.period ?? null;
  const key = enabled && node !== null && from !== null && to !== null;
  const [answer, setAnswer] = useState<{ of: string; change: ExplainedChange | null }>({
    of: "",
    change: null,
  });
  const asked = `${view.id}:${node ?? ""}:${from ?? ""}:${to ?? ""}`;
  useEffect(() => {
    if (!key || node === null || from === null || to === null) return undefined;
    let current = true;
    api.explainChange(view.id, node, from, to).then(
      (change) => {
        if (current) setAnswer({ of: asked, change });
      },
      // A change that cannot be explained (a missing value) is simply not a step.
      () => {
        if (current) setAnswer({ of: asked, change: null });
      },
    );
    return () => {
      current = false;
    };
  }, [key, view.id, node, from, to, asked]);
  return key && answer.of === asked ? answer.change : null;
}

export function PresentBridge({
  change,
  onReveal,
}: {
  readonly change: ExplainedChange;
  readonly onReveal: (ids: readonly string[]) => void;
}) {
  const { bridge } = change;
  return (
    <section className="kt-present__bridge" data-testid="present-bridge" aria-label="What moved">
      <h2 className="kt-present__bridge-title">{bridge.title}</h2>
      <p className="kt-present__bridge-summary">{bridge.summary}</p>
      <BridgeChart rows={bridge.rows} width={TRACK_WIDTH} onReveal={onReveal} />
    </section>
  );
}
