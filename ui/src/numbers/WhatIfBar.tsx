// The what-if bar over the canvas (issue #8): which values are changed, what that
// does to the top of the tree, and the two ways out: apply (the scenario's values
// become the nodes' own, one undo step) or clear.

import type { TreeView, WhatIfValue } from "../ipc/api";
import { formatValue } from "../model/format";
import type { Scenario } from "./useScenario";
import { overrideText } from "./scenario";

export interface WhatIfBarProps {
  readonly view: TreeView;
  readonly scenario: Scenario;
  readonly onApply: () => void;
}

/** `+10.0%`, `−3.2%`: a change as the bar and the cards write it. */
export function deltaText(value: WhatIfValue): string | null {
  if (value.delta_percent !== null) {
    const sign = value.delta_percent < 0 ? "−" : "+";
    return `${sign}${Math.abs(value.delta_percent).toFixed(1)}%`;
  }
  if (value.delta !== null) return `${value.delta < 0 ? "−" : "+"}${Math.abs(value.delta)}`;
  return null;
}

export function WhatIfBar({ view, scenario, onApply }: WhatIfBarProps) {
  const ids = Object.keys(scenario.overrides);
  if (ids.length === 0) return null;
  const byId = new Map(view.tree.nodes.map((node) => [node.id, node]));
  const name = (id: string) => byId.get(id)?.name ?? id;
  // The effect on the top of the tree: the roots that change.
  const tops = view.tree.nodes.filter(
    (node) => (view.levels[node.id] ?? 1) === 0 && !(node.id in scenario.overrides),
  );
  const effects = tops.flatMap((node) => {
    const value = scenario.result?.values[node.id];
    const text = value === undefined ? null : deltaText(value);
    return value === undefined || text === null || value.delta === 0 ? [] : [{ node, value, text }];
  });
  return (
    <div className="kt-whatif" role="status" data-testid="whatif-bar">
      <span className="kt-whatif__label">What-if</span>
      <span className="kt-whatif__changes">
        {ids.map((id) => {
          const override = scenario.overrides[id];
          return override === undefined ? null : (
            <span key={id} className="kt-whatif__change">
              {name(id)} <strong>{overrideText(override)}</strong>
              <button
                type="button"
                className="kt-whatif__remove"
                aria-label={`Remove the what-if on ${name(id)}`}
                onClick={() => scenario.set(id, null)}
              >
                ×
              </button>
            </span>
          );
        })}
        {effects.map(({ node, value, text }) => (
          <span
            key={node.id}
            className="kt-whatif__effect"
            data-testid={`whatif-effect-${node.id}`}
          >
            → {node.name} {formatValue(value.after, node.unit)} <strong>{text}</strong>
          </span>
        ))}
      </span>
      {scenario.error !== null && <span className="kt-whatif__error">{scenario.error}</span>}
      <button
        type="button"
        className="kt-whatif__button"
        data-testid="whatif-apply"
        disabled={scenario.result === null}
        title="Enter these values in the nodes (one undo step)"
        onClick={onApply}
      >
        Apply
      </button>
      <button
        type="button"
        className="kt-whatif__button kt-whatif__button--quiet"
        data-testid="whatif-clear"
        onClick={scenario.clear}
      >
        Clear
      </button>
    </div>
  );
}
