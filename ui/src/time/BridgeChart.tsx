// A bridge (waterfall) chart of a change explained (SPEC 9), drawn from the rows the
// core gives (`kpitree_core::export::bridge`: the node's value in the compared
// period, each leaf's contribution from the running total, largest first, the rest
// grouped, its value in the shown period; every figure already written). Rows, not
// columns, so that names can be read in a side panel; present mode shows the same
// rows large. A leaf's bar is a button that reveals the leaf.

import type { BridgeRow } from "../ipc/api";

interface BridgeChartProps {
  readonly rows: readonly BridgeRow[];
  readonly onReveal: (ids: readonly string[]) => void;
  /** The track's width in pixels (the side panel's by default). */
  readonly width?: number;
}

const PANEL_WIDTH = 90;

/** Where each bar lies on the value axis, as a function of the track's width. */
export function axisOf(rows: readonly BridgeRow[], width: number): (value: number) => number {
  const ends = rows.flatMap((row) => [row.from, row.to]);
  // Totals start at 0, but a change is small beside its total: the axis starts
  // near the lowest running total so that the steps can be seen (as bridge charts
  // in decks do), and the totals are drawn cut.
  const steps = rows.filter((row) => row.kind !== "total").flatMap((row) => [row.from, row.to]);
  const low = steps.length > 0 ? Math.min(...steps) : Math.min(...ends);
  const high = Math.max(...ends);
  const floor = low - (high - low) * 0.25;
  return (value: number) =>
    high === floor ? 0 : ((Math.max(value, floor) - floor) / (high - floor)) * width;
}

export function BridgeChart({ rows, onReveal, width = PANEL_WIDTH }: BridgeChartProps) {
  const x = axisOf(rows, width);
  const height = width > PANEL_WIDTH ? 22 : 14;
  return (
    <ol className="kt-bridge" data-testid="bridge-chart">
      {rows.map((row) => {
        const left = Math.min(x(row.from), x(row.to));
        const span = Math.max(Math.abs(x(row.to) - x(row.from)), 1.5);
        const tone = `is-${row.kind}`;
        const bar = (
          <>
            <span className="kt-bridge__label" title={row.label}>
              {row.label}
            </span>
            <svg className="kt-bridge__track" width={width} height={height} aria-hidden="true">
              <rect x={left} y={2} width={span} height={height - 4} rx={2} className={tone} />
            </svg>
            <span className={`kt-bridge__amount ${tone}`}>{row.amount}</span>
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
