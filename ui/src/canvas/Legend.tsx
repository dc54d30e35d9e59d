// The key to the canvas: the kinds of node and link present in the tree, and the
// line weights of bets. The colour codes have their own list (alignment/ColorCodes).
// On the editor's canvas the legend folds to its title (folded at first), and the
// fold is remembered in the preferences.

import type { MouseEvent } from "react";

import { usePanelFold } from "../ipc/preferences";
import type { LinkKind, NodeKind, Strength, Tree } from "../ipc/api";
import {
  DRIVES_COLOR,
  GUARDS_COLOR,
  NODE_KINDS,
  NODE_KIND_ORDER,
  strengthWidth,
} from "../model/kinds";
import { FoldChevron } from "./FoldChevron";
import { KindSwatch } from "./nodes/marks";

const LINK_ORDER: readonly LinkKind[] = ["drives", "impacts", "guards"];

const LINK_SAMPLE: Readonly<Record<LinkKind, { color: string; dash?: string; label: string }>> = {
  drives: { color: DRIVES_COLOR, label: "drives (child → parent)" },
  impacts: { color: "#5c6b7a", dash: "5 3", label: "impacts (colour of the KPI)" },
  guards: { color: GUARDS_COLOR, dash: "1.5 3", label: "guards (tripwire)" },
};

/** How heavy a bet is: line weights of `impacts` links, as the export's legend says. */
const STRENGTHS: readonly (readonly [Strength, string])[] = [
  ["strong", "strong bet"],
  ["medium", "medium bet (or not rated)"],
  ["weak", "weak bet"],
];

/**
 * The legend. `open` unset or true: a key that starts unfolded (present mode, a
 * canvas that cannot be edited); false: the editor's, whose fold is remembered.
 */
export function Legend({ tree, open = true }: { readonly tree: Tree; readonly open?: boolean }) {
  const [rememberedFold, toggleFold] = usePanelFold("legend_folded");
  const remembers = !open;
  const kinds = new Set<NodeKind>(tree.nodes.map((node) => node.kind));
  const links = new Set<LinkKind>(tree.links.map((link) => link.kind));
  const folded = remembers && rememberedFold;
  // The summary's click would fold the <details> by itself; the preference does it.
  const fold = (event: MouseEvent) => {
    if (!remembers) return;
    event.preventDefault();
    toggleFold();
  };
  return (
    <details
      className={`kt-legend${folded ? " kt-legend--folded" : ""}`}
      open={!folded}
      data-testid="legend"
    >
      <summary
        data-testid="legend-fold"
        title={remembers ? (folded ? "Unfold the legend" : "Fold the legend") : undefined}
        onClick={fold}
      >
        <span>Legend</span>
        <FoldChevron folded={folded} />
      </summary>
      <ul>
        {NODE_KIND_ORDER.filter((kind) => kinds.has(kind)).map((kind) => (
          <li key={kind} style={{ color: NODE_KINDS[kind].color }}>
            <KindSwatch kind={kind} />
            <span>{NODE_KINDS[kind].label}</span>
          </li>
        ))}
      </ul>
      {links.size > 0 && (
        <ul>
          {LINK_ORDER.filter((kind) => links.has(kind)).map((kind) => {
            const sample = LINK_SAMPLE[kind];
            return (
              <li key={kind}>
                <svg width="26" height="8" aria-hidden="true">
                  <line
                    x1="1"
                    y1="4"
                    x2="25"
                    y2="4"
                    stroke={sample.color}
                    strokeWidth="2"
                    strokeDasharray={sample.dash}
                    strokeLinecap={kind === "guards" ? "round" : "butt"}
                  />
                </svg>
                <span>{sample.label}</span>
              </li>
            );
          })}
          {links.has("impacts") &&
            STRENGTHS.map(([strength, label]) => (
              <li key={strength}>
                <svg width="26" height="8" aria-hidden="true">
                  <line
                    x1="1"
                    y1="4"
                    x2="25"
                    y2="4"
                    stroke={LINK_SAMPLE.impacts.color}
                    strokeWidth={strengthWidth(strength)}
                    strokeDasharray="5 3"
                  />
                </svg>
                <span>{label}</span>
              </li>
            ))}
        </ul>
      )}
    </details>
  );
}
