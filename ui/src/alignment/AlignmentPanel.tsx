// The alignment panel (issue #6): what the core's alignment analysis found, by
// kind, and the bets on each KPI. Every entry names the nodes concerned; a click
// selects them and brings them into view, so the user can fix what it says. The
// same findings are `kpitree check`'s warnings.

import type { Finding, FindingKind, TreeView } from "../ipc/api";
import { SidePanel } from "../panels/SidePanel";
import { betsText } from "./ColorCodes";

export interface AlignmentPanelProps {
  readonly view: TreeView;
  /** Selects these nodes and brings them into view. */
  readonly onReveal: (ids: readonly string[]) => void;
  readonly onClose: () => void;
}

const KIND_ORDER: readonly FindingKind[] = [
  "unlinked_work",
  "no_lever",
  "no_tripwire",
  "guards_nothing",
];

const KIND_TEXT: Readonly<Record<FindingKind, { title: string; why: string }>> = {
  unlinked_work: {
    title: "Work linked to no metric",
    why: "Initiatives and intents from which no drives or impacts link leads to a metric.",
  },
  no_lever: {
    title: "KPIs with no lever",
    why: "Business KPIs that no initiative or product metric moves, even through others.",
  },
  no_tripwire: {
    title: "Pushed metrics with no tripwire",
    why: "Metrics that initiatives bet on while no health metric guards them.",
  },
  guards_nothing: {
    title: "Tripwires guarding nothing",
    why: "Health metrics with no guards link to a metric.",
  },
};

/** The count of findings, for the toolbar's badge. */
export function findingCount(view: TreeView): number {
  return view.alignment.findings.length;
}

function FindingEntry({
  finding,
  names,
  onReveal,
}: {
  readonly finding: Finding;
  readonly names: ReadonlyMap<string, string>;
  readonly onReveal: (ids: readonly string[]) => void;
}) {
  const name = (id: string) => names.get(id) ?? id;
  const ids = [finding.node, ...finding.related];
  return (
    <li>
      <button
        type="button"
        className="kt-side-panel__row kt-alignment__entry"
        data-testid={`alignment-finding-${finding.kind}-${finding.node}`}
        title={finding.message}
        onClick={() => onReveal(ids)}
      >
        <span className="kt-alignment__name">{name(finding.node)}</span>
        {finding.related.length > 0 && (
          <span className="kt-alignment__detail">
            pushed by {finding.related.map(name).join(", ")}
          </span>
        )}
      </button>
    </li>
  );
}

export function AlignmentPanel({ view, onReveal, onClose }: AlignmentPanelProps) {
  const names = new Map(view.tree.nodes.map((node) => [node.id, node.name]));
  const { findings, strength } = view.alignment;
  const byKind = KIND_ORDER.map(
    (kind) => [kind, findings.filter((finding) => finding.kind === kind)] as const,
  ).filter(([, found]) => found.length > 0);
  const bets = strength.filter((summary) => summary.bets.length > 0);
  return (
    <SidePanel
      className="kt-alignment"
      label="Alignment"
      testId="alignment-panel"
      title="Alignment"
      onClose={onClose}
      closeLabel="Close the alignment panel"
      closeTestId="alignment-close"
    >
      {byKind.length === 0 ? (
        <p className="kt-alignment__clear" data-testid="alignment-clear">
          Well aligned: all work moves a metric, every KPI has a lever, every pushed metric has a
          tripwire and every tripwire guards something.
        </p>
      ) : (
        byKind.map(([kind, found]) => (
          <section key={kind} data-testid={`alignment-kind-${kind}`}>
            <h3 title={KIND_TEXT[kind].why}>
              {KIND_TEXT[kind].title}
              <span className="kt-alignment__count">{found.length}</span>
            </h3>
            <ul>
              {found.map((finding) => (
                <FindingEntry
                  key={`${finding.kind}-${finding.node}`}
                  finding={finding}
                  names={names}
                  onReveal={onReveal}
                />
              ))}
            </ul>
          </section>
        ))
      )}
      {bets.length > 0 && (
        <section data-testid="alignment-bets">
          <h3 title="The impacts links pointing at each KPI, by strength">Bets per KPI</h3>
          <ul>
            {bets.map((summary) => (
              <li key={summary.kpi}>
                <button
                  type="button"
                  className="kt-side-panel__row kt-alignment__entry"
                  data-testid={`alignment-bets-${summary.kpi}`}
                  onClick={() => onReveal([summary.kpi, ...summary.bets])}
                >
                  <span className="kt-alignment__name">
                    <span
                      className="kt-codes__swatch"
                      style={{ background: summary.color }}
                      aria-hidden="true"
                    />
                    {names.get(summary.kpi) ?? summary.kpi}
                  </span>
                  <span className="kt-alignment__detail">{betsText(summary)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </SidePanel>
  );
}
