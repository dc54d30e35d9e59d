// A bridge (waterfall) chart of a change explained (SPEC 9): the node's value in
// the compared period, then each leaf's contribution as a bar from the running
// total (largest first; past the first few, the rest grouped), then its value in
// the shown period. Rows, not columns, so that names can be read in a side panel.
// A leaf's bar is a button that reveals the leaf on the canvas.

import type { Contribution, Explanation } from "../ipc/api";
import { formatValue } from "../model/format";

/** Contributions shown one by one; the rest make one "others" bar. */
export const BARS_SHOWN = 6;

export interface BridgeRow {
  readonly key: string;
  readonly label: string;
  /** Where the bar starts and ends on the value axis. */
  readonly from: number;
  readonly to: number;
  readonly kind: "total" | "up" | "down" | "others";
  /** The leaves a click reveals. */
  readonly nodes: readonly string[];
  readonly amount: number;
}

/** The chart's rows, from the first total through the contributions to the last. */
export function bridgeRows(
  explanation: Explanation,
  names: ReadonlyMap<string, string>,
  periods: { readonly from: string; readonly to: string },
): BridgeRow[] {
  const rows: BridgeRow[] = [
    {
      key: "start",
      label: periods.from,
      from: 0,
      to: explanation.before,
      kind: "total",
      nodes: [],
      amount: explanation.before,
    },
  ];
  let running = explanation.before;
  const moved = explanation.contributions.filter((part) => part.contribution !== 0);
  const shown = moved.slice(0, BARS_SHOWN);
  const rest = moved.slice(BARS_SHOWN);
  const step = (key: string, label: string, amount: number, nodes: string[], others: boolean) => {
    const kind = others ? "others" : amount >= 0 ? "up" : "down";
    rows.push({ key, label, from: running, to: running + amount, kind, nodes, amount });
    running += amount;
  };
  shown.forEach((part: Contribution) =>
    step(part.node, names.get(part.node) ?? part.node, part.contribution, [part.node], false),
  );
  if (rest.length > 0) {
    const sum = rest.reduce((total, part) => total + part.contribution, 0);
    step(
      "others",
      `${rest.length} other${rest.length === 1 ? "" : "s"}`,
      sum,
      rest.map((part) => part.node),
      true,
    );
  }
  rows.push({
    key: "end",
    label: periods.to,
    from: 0,
    to: explanation.after,
    kind: "total",
    nodes: [],
    amount: explanation.after,
  });
  return rows;
}

interface BridgeChartProps {
  readonly rows: readonly BridgeRow[];
  readonly unit: string | null;
  /** Whether a rise of the explained node is good (its direction). */
  readonly upIsGood: boolean;
  readonly onReveal: (ids: readonly string[]) => void;
}

const WIDTH = 90;

export function BridgeChart({ rows, unit, upIsGood, onReveal }: BridgeChartProps) {
  const ends = rows.flatMap((row) => [row.from, row.to]);
  // Totals start at 0, but a change is small beside its total: the axis starts
  // near the lowest running total so that the steps can be seen (as bridge charts
  // in decks do), and the totals are drawn cut.
  const steps = rows.filter((row) => row.kind !== "total").flatMap((row) => [row.from, row.to]);
  const low = steps.length > 0 ? Math.min(...steps) : Math.min(...ends);
  const high = Math.max(...ends);
  const floor = low - (high - low) * 0.25;
  const x = (value: number) =>
    high === floor ? 0 : ((Math.max(value, floor) - floor) / (high - floor)) * WIDTH;
  return (
    <ol className="kt-bridge" data-testid="bridge-chart">
      {rows.map((row) => {
        const left = Math.min(x(row.from), x(row.to));
        const width = Math.max(Math.abs(x(row.to) - x(row.from)), 1.5);
        const good = row.kind === "up" ? upIsGood : row.kind === "down" ? !upIsGood : null;
        const tone =
          row.kind === "total"
            ? "is-total"
            : row.kind === "others"
              ? "is-others"
              : good
                ? "is-good"
                : "is-bad";
        const amount =
          row.kind === "total"
            ? formatValue(row.amount, unit)
            : `${row.amount >= 0 ? "+" : "−"}${formatValue(Math.abs(row.amount), unit)}`;
        const bar = (
          <>
            <span className="kt-bridge__label" title={row.label}>
              {row.label}
            </span>
            <svg className="kt-bridge__track" width={WIDTH} height={14} aria-hidden="true">
              <rect x={left} y={2} width={width} height={10} rx={2} className={tone} />
            </svg>
            <span className={`kt-bridge__amount ${tone}`}>{amount}</span>
          </>
        );
        return (
          <li key={row.key} data-testid={`bridge-row-${row.key}`}>
            {row.nodes.length === 0 ? (
              <div className="kt-bridge__row">{bar}</div>
            ) : (
              <button
                type="button"
                className="kt-bridge__row"
                data-testid={`bridge-bar-${row.key}`}
                title="Show on the canvas"
                onClick={() => onReveal(row.nodes)}
              >
                {bar}
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
