// The colour codes (issue #6): which colour stands for which KPI, with the bets on
// each. On the editor's canvas each entry is a button that highlights the KPI and
// everything behind it (a second click, or Esc, clears it); in present mode the
// list is only a key. Only the KPIs with bets (an `impacts` link points at them,
// as the core's bet counts say) are listed, unless "Show all" is switched on: those
// are the codes the links wear. The list scrolls within a capped height
// (styles/alignment.css) rather than growing over the canvas. On the editor's
// canvas the list folds to its title (the chevron), and the fold is remembered in
// the preferences.

import { useId, useState } from "react";
import type { MouseEvent } from "react";

import { FoldChevron } from "../canvas/FoldChevron";
import type { StrengthSummary, TreeView } from "../ipc/api";
import { usePanelFold } from "../ipc/preferences";
import { plural } from "../model/format";

export interface ColorCodesProps {
  readonly view: TreeView;
  /** The KPI highlighted now, if any. */
  readonly highlight?: string | null;
  /** Without it the list is a plain key. */
  readonly onHighlight?: (kpi: string | null) => void;
}

/** "2 strong, 1 weak", or "no bets". */
export function betsText(summary: StrengthSummary | undefined): string {
  if (summary === undefined) return "no bets";
  const parts = [
    [summary.strong, "strong"],
    [summary.medium, "medium"],
    [summary.weak, "weak"],
    [summary.unrated, "unrated"],
  ] as const;
  const said = parts.filter(([count]) => count > 0).map(([count, what]) => `${count} ${what}`);
  return said.length === 0 ? "no bets" : said.join(", ");
}

function totalBets(summary: StrengthSummary | undefined): number {
  if (summary === undefined) return 0;
  return summary.strong + summary.medium + summary.weak + summary.unrated;
}

export function ColorCodes({ view, highlight = null, onHighlight }: ColorCodesProps) {
  const [all, setAll] = useState(false);
  const switchId = useId();
  const [rememberedFold, toggleFold] = usePanelFold("color_codes_folded");
  // Only the editor's list (the one with buttons) remembers its fold; present
  // mode's key starts open each time.
  const remembers = onHighlight !== undefined;
  const coded = view.alignment.colors.kpis;
  if (coded.length === 0) return null;
  const folded = remembers && rememberedFold;
  // The summary's click would fold the <details> by itself; the preference does it.
  const fold = (event: MouseEvent) => {
    if (!remembers) return;
    event.preventDefault();
    toggleFold();
  };
  const names = new Map(view.tree.nodes.map((node) => [node.id, node.name]));
  const bets = new Map(view.alignment.strength.map((summary) => [summary.kpi, summary]));
  const betOn = coded.filter((kpi) => totalBets(bets.get(kpi.id)) > 0);
  // A highlighted KPI stays listed, so that it can be switched off where it was.
  const kpis = all
    ? coded
    : coded.filter((kpi) => totalBets(bets.get(kpi.id)) > 0 || kpi.id === highlight);
  const hidden = coded.length - betOn.length;
  return (
    <details
      className={`kt-legend kt-codes${folded ? " kt-legend--folded" : ""}`}
      open={!folded}
      data-testid="color-codes"
    >
      <summary
        data-testid="color-codes-fold"
        title={
          remembers ? (folded ? "Unfold the colour codes" : "Fold the colour codes") : undefined
        }
        onClick={fold}
      >
        <span>Colour codes</span>
        <FoldChevron folded={folded} />
      </summary>
      {kpis.length === 0 && <p className="kt-codes__none">No KPI has a bet yet.</p>}
      <ul className="kt-codes__list" data-testid="color-codes-list">
        {kpis.map((kpi) => {
          const summary = bets.get(kpi.id);
          const count = totalBets(summary);
          const name = names.get(kpi.id) ?? kpi.id;
          const content = (
            <>
              <span className="kt-codes__swatch" style={{ background: kpi.color }} />
              <span className="kt-codes__name">{name}</span>
              <span className="kt-codes__count" title={betsText(summary)}>
                {count === 0 ? "–" : plural(count, "bet")}
              </span>
            </>
          );
          return (
            <li key={kpi.id} className={count === 0 ? "is-unbet" : undefined}>
              {onHighlight === undefined ? (
                content
              ) : (
                <button
                  type="button"
                  className="kt-codes__entry"
                  data-testid={`legend-code-${kpi.id}`}
                  aria-pressed={highlight === kpi.id}
                  title={`${name}: ${betsText(summary)}. Click to highlight what is behind it.`}
                  onClick={() => onHighlight(highlight === kpi.id ? null : kpi.id)}
                >
                  {content}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <div className="kt-codes__all">
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            data-testid="color-codes-all"
            checked={all}
            onChange={(event) => setAll(event.currentTarget.checked)}
          />
          <label htmlFor={switchId}>Show all ({hidden} with no bets)</label>
        </div>
      )}
    </details>
  );
}
