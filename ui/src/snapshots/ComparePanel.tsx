// The comparison's side panel (SPEC 10): what the tree is compared with, how many
// changes, and every change a line (`Churn: value 60 → 54`), each revealing its
// node on the canvas. Closing it takes the marks off the canvas.

import type { TreeView } from "../ipc/api";
import { SidePanel } from "../panels/SidePanel";
import { changeEntries } from "./comparison";
import type { Compare } from "./useCompare";

interface ComparePanelProps {
  readonly view: TreeView;
  readonly compare: Compare;
  readonly onReveal: (ids: readonly string[]) => void;
}

const MARK_LABEL = { added: "Added", changed: "Changed", removed: "Removed" } as const;

export function ComparePanel({ view, compare, onReveal }: ComparePanelProps) {
  const state = compare.state;
  let body;
  if (state === null || state.kind === "loading") {
    body = <p className="kt-compare__note">Comparing…</p>;
  } else if (state.kind === "failed") {
    body = (
      <p className="kt-compare__note is-error" data-testid="compare-error">
        {state.message}
      </p>
    );
  } else {
    const entries = changeEntries(state.comparison, view.tree.nodes);
    body = (
      <>
        <p className="kt-compare__summary" data-testid="compare-summary">
          {entries.length === 0
            ? `No difference from ${state.comparison.label}.`
            : `${entries.length} change${entries.length === 1 ? "" : "s"} since ${state.comparison.label}`}
        </p>
        <div className="kt-compare__legend" aria-hidden="true">
          <span className="kt-compare__key is-added">Added</span>
          <span className="kt-compare__key is-changed">Changed</span>
          <span className="kt-compare__key is-removed">Removed</span>
        </div>
        <ul className="kt-compare__list" data-testid="compare-list">
          {entries.map((entry) => (
            <li key={entry.key}>
              <button
                type="button"
                className={`kt-compare__entry is-${entry.mark}`}
                data-testid="compare-entry"
                data-reveal={entry.reveal.join(" ")}
                disabled={entry.reveal.length === 0}
                title={entry.reveal.length > 0 ? "Show it on the canvas" : undefined}
                onClick={() => onReveal(entry.reveal)}
              >
                <span className="kt-compare__mark" aria-label={MARK_LABEL[entry.mark]} />
                <span className="kt-compare__subject">{entry.subject}</span>
                <span className="kt-compare__detail">{entry.detail}</span>
              </button>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return (
    <SidePanel
      className="kt-compare"
      label="Comparison"
      testId="compare-panel"
      title="Compare"
      onClose={compare.close}
      closeLabel="Close the comparison"
      closeTestId="compare-close"
    >
      {body}
    </SidePanel>
  );
}
