// Above the canvas, for a tree with history: which period the cards show and what
// they are compared with (SPEC 8; the choice is the tree's, kept in the store), and
// the toggle of the "What moved" panel (SPEC 9).

import type { TimeChoice, TimeView } from "../ipc/api";
import { COMPARES, compareKey, compareOf, periodLabel } from "./periods";

interface TimeBarProps {
  readonly time: TimeView;
  readonly onChoose: (choice: TimeChoice) => unknown;
  /** The "What moved" panel's toggle. */
  readonly explain: { readonly open: boolean; readonly onToggle: () => void };
}

/** The value of the period menu that follows the latest period as values come. */
const LATEST = "";

export function TimeBar({ time, onChoose, explain }: TimeBarProps) {
  const newestFirst = [...time.periods].reverse();
  const latest = time.periods[time.periods.length - 1];
  const chosen = time.choice.period ?? LATEST;
  const compare = compareKey(time.choice.compare);
  const custom = typeof time.choice.compare === "string" ? null : time.choice.compare.period;
  return (
    <div className="kt-time-bar" data-testid="time-bar">
      <label className="kt-time-bar__field">
        <span className="kt-time-bar__label">Period</span>
        <select
          data-testid="time-period"
          value={chosen}
          onChange={(event) =>
            onChoose({
              ...time.choice,
              period: event.target.value === LATEST ? null : event.target.value,
            })
          }
        >
          <option value={LATEST}>
            Latest{latest === undefined ? "" : ` (${periodLabel(time, latest)})`}
          </option>
          {newestFirst.map((period) => (
            <option key={period} value={period}>
              {periodLabel(time, period)}
            </option>
          ))}
        </select>
      </label>
      <select
        aria-label="Compare with"
        data-testid="time-compare"
        value={compare}
        onChange={(event) => onChoose({ ...time.choice, compare: compareOf(event.target.value) })}
      >
        {COMPARES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
        <optgroup label="vs a period">
          {newestFirst
            .filter((period) => period !== time.period || period === custom)
            .map((period) => (
              <option key={period} value={period}>
                vs {periodLabel(time, period)}
              </option>
            ))}
        </optgroup>
      </select>
      {time.compare === null && time.choice.compare !== "none" && (
        <span className="kt-time-bar__note" data-testid="time-no-compare">
          no values to compare with
        </span>
      )}
      <button
        type="button"
        className={`kt-button kt-time-bar__explain${explain.open ? " is-active" : ""}`}
        data-testid="action-explain"
        aria-pressed={explain.open}
        title="What moved: the change split among the leaves that caused it"
        onClick={explain.onToggle}
      >
        What moved?
      </button>
    </div>
  );
}
