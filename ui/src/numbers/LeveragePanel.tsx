// The leverage panel (issue #8): for a node with a formula (the North Star first),
// the leaves below it ranked by elasticity, the % change of the node for a 1 %
// change of the leaf, as the core computes it through the formulas. A row reveals
// the leaf and its path up; "+10 %" tries it as a what-if; the heat map shows the
// same ranking on the canvas.

import type { Leverage, Override, TreeView } from "../ipc/api";
import { SidePanel } from "../panels/SidePanel";
import type { LeverageState } from "./useLeverage";

export interface LeveragePanelProps {
  readonly view: TreeView;
  readonly candidates: readonly string[];
  readonly leverage: LeverageState;
  readonly onChoose: (node: string) => void;
  readonly heat: boolean;
  readonly onHeat: (on: boolean) => void;
  readonly onReveal: (ids: readonly string[]) => void;
  readonly onWhatIf: (id: string, override: Override) => void;
  readonly onClose: () => void;
}

/** `+1.00`, `−0.12`: an elasticity as the panel writes it. */
export function elasticityText(value: number): string {
  const text = Math.abs(value).toFixed(2);
  return `${value < 0 ? "−" : "+"}${text}`;
}

function Row({
  leaf,
  name,
  strongest,
  onReveal,
  onWhatIf,
}: {
  readonly leaf: Leverage;
  readonly name: string;
  readonly strongest: number;
  readonly onReveal: (ids: readonly string[]) => void;
  readonly onWhatIf: (id: string, override: Override) => void;
}) {
  const defined = leaf.elasticity.type === "defined" ? leaf.elasticity.value : null;
  const share = defined === null || strongest === 0 ? 0 : Math.abs(defined) / strongest;
  const path = leaf.paths[0] ?? [leaf.id];
  return (
    <li data-testid={`leverage-row-${leaf.id}`} className={defined === null ? "is-undefined" : ""}>
      <button
        type="button"
        className="kt-side-panel__row kt-leverage__leaf"
        title={
          leaf.elasticity.type === "defined"
            ? `A 1% change of ${name} moves the node by ${elasticityText(defined ?? 0)}%`
            : undefined
        }
        onClick={() => onReveal(path)}
      >
        <span className="kt-leverage__name">{name}</span>
        {defined === null ? (
          <span className="kt-leverage__why">{undefinedText(leaf)}</span>
        ) : (
          <span className="kt-leverage__figure">
            <span className="kt-leverage__bar" aria-hidden="true">
              <span
                className={defined < 0 ? "is-negative" : undefined}
                style={{ width: `${Math.max(share * 100, 2)}%` }}
              />
            </span>
            <span className="kt-leverage__value" data-testid={`leverage-value-${leaf.id}`}>
              {elasticityText(defined)}
            </span>
          </span>
        )}
      </button>
      {defined !== null && (
        <button
          type="button"
          className="kt-leverage__try"
          data-testid={`leverage-whatif-${leaf.id}`}
          title={`What if ${name} were 10% higher?`}
          onClick={() => onWhatIf(leaf.id, { type: "percent", percent: 10 })}
        >
          +10%
        </button>
      )}
    </li>
  );
}

function undefinedText(leaf: Leverage): string {
  if (leaf.elasticity.type !== "undefined") return "";
  switch (leaf.elasticity.reason) {
    case "leaf_is_zero":
      return "its value is 0";
    case "node_is_zero":
      return "the node is 0";
    case "not_differentiable":
      return "at a min/max tie";
    case "not_finite":
      return "too large";
    case "not_in_formulas":
      return "no formula uses it";
  }
}

export function LeveragePanel(props: LeveragePanelProps) {
  const { view, candidates, leverage, onChoose, heat, onHeat, onReveal, onWhatIf } = props;
  const names = new Map(view.tree.nodes.map((node) => [node.id, node.name]));
  const name = (id: string) => names.get(id) ?? id;
  const leaves = leverage.leaves ?? [];
  const strongest = Math.max(
    0,
    ...leaves.map((leaf) =>
      leaf.elasticity.type === "defined" ? Math.abs(leaf.elasticity.value) : 0,
    ),
  );
  return (
    <SidePanel
      className="kt-leverage"
      label="Leverage"
      testId="leverage-panel"
      title="Leverage"
      onClose={props.onClose}
      closeLabel="Close the leverage panel"
      closeTestId="leverage-close"
    >
      {leverage.node === null ? (
        <p className="kt-leverage__empty" data-testid="leverage-empty">
          No node of this tree has a formula yet. Give the North Star one (ARR = customers × seats ×
          price) to see which metric moves it most.
        </p>
      ) : (
        <>
          <div className="kt-leverage__controls">
            <label>
              <span>What moves</span>
              <select
                data-testid="leverage-node"
                value={leverage.node}
                onChange={(event) => onChoose(event.currentTarget.value)}
              >
                {candidates.map((id) => (
                  <option key={id} value={id}>
                    {name(id)}
                  </option>
                ))}
              </select>
            </label>
            <label className="kt-leverage__heat">
              <input
                type="checkbox"
                data-testid="leverage-heat"
                checked={heat}
                onChange={(event) => onHeat(event.currentTarget.checked)}
              />
              Heat map
            </label>
          </div>
          <p className="kt-leverage__hint">
            % change of {name(leverage.node)} for a 1% change of each leaf
          </p>
          {leverage.error !== null && (
            <p className="kt-leverage__error" role="alert">
              {leverage.error}
            </p>
          )}
          <ol className="kt-leverage__list" data-testid="leverage-list">
            {leaves.map((leaf) => (
              <Row
                key={leaf.id}
                leaf={leaf}
                name={name(leaf.id)}
                strongest={strongest}
                onReveal={onReveal}
                onWhatIf={onWhatIf}
              />
            ))}
          </ol>
        </>
      )}
    </SidePanel>
  );
}
