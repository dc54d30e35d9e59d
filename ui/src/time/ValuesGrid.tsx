// The values grid (SPEC 8): the tree's metrics that hold values (no formula) by
// periods, editable like a spreadsheet. A cell takes what is typed in it (Enter or
// leaving it), a block copied from a spreadsheet pastes from the cell the cursor is
// in, down and forward in time; each is one edit (one undo step), saved at once.
// The core reads the numbers (`1,200`, `41.5%`) and refuses a block with a bad cell
// whole, naming its row and column.

import { useEffect, useState } from "react";
import type { ClipboardEvent, KeyboardEvent } from "react";

import { api } from "../ipc/api";
import type { Node, PeriodColumn, TreeView } from "../ipc/api";

const METRICS: ReadonlySet<Node["kind"]> = new Set([
  "north_star",
  "business_kpi",
  "product_metric",
  "health_metric",
]);

/** The grid's rows: metrics without a formula, in tree order. */
export function gridRows(view: TreeView): Node[] {
  return view.tree.nodes.filter(
    (node) => METRICS.has(node.kind) && (node.formula === null || node.formula.trim() === ""),
  );
}

function cellText(node: Node, period: string): string {
  const point = node.history?.find((candidate) => candidate.period === period);
  return point === undefined ? "" : String(point.value);
}

interface ValuesGridProps {
  readonly view: TreeView;
  /** Puts `text` at (`at`, `period`); resolves to whether it was taken. */
  readonly onPut: (rows: string[], at: string, period: string, text: string) => Promise<boolean>;
  /** Asks for a CSV file of values (File → Import Values…). */
  readonly onImport: () => void;
  readonly onClose: () => void;
}

export function ValuesGrid({ view, onPut, onImport, onClose }: ValuesGridProps) {
  const [columns, setColumns] = useState<PeriodColumn[]>([]);
  const periodsKey = view.time?.periods.join(",") ?? "";
  useEffect(() => {
    let current = true;
    api.valueColumns(view.id).then(
      (offered) => {
        if (current) setColumns(offered);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [view.id, periodsKey]);

  const rows = gridRows(view);
  const rowIds = rows.map((node) => node.id);

  const commit = (input: HTMLInputElement, node: Node, period: string) => {
    const before = cellText(node, period);
    if (input.value.trim() === before) return;
    void onPut(rowIds, node.id, period, input.value).then((taken) => {
      if (!taken) input.value = before;
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, column: number) => {
    const moves: Record<string, [number, number]> = {
      Enter: [1, 0],
      ArrowDown: [1, 0],
      ArrowUp: [-1, 0],
    };
    if (event.key === "Escape") {
      const node = rows[row];
      const period = columns[column];
      if (node !== undefined && period !== undefined)
        event.currentTarget.value = cellText(node, period.period);
      event.currentTarget.blur();
      return;
    }
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = document.querySelector<HTMLInputElement>(
      `[data-grid-cell="${row + move[0]}:${column + move[1]}"]`,
    );
    (next ?? event.currentTarget).focus();
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>, node: Node, period: string) => {
    const text = event.clipboardData.getData("text/plain");
    // One cell's text is typed into the cell; a block goes through the core.
    if (!text.includes("\t") && !text.trim().includes("\n")) return;
    event.preventDefault();
    void onPut(rowIds, node.id, period, text);
  };

  return (
    <section className="kt-values" aria-label="Values" data-testid="values-grid">
      <header className="kt-values__header">
        <h2>Values</h2>
        <p>Type a value, or paste cells copied from a spreadsheet.</p>
        <button
          type="button"
          className="kt-button"
          data-testid="values-import"
          title="Add values from a CSV file (node,period,value or node,2026-01,…)"
          onClick={onImport}
        >
          Import CSV…
        </button>
        <button
          type="button"
          className="kt-icon-button"
          aria-label="Close the values"
          data-testid="values-close"
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <div className="kt-values__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              {columns.map(({ period, label }) => (
                <th key={period} scope="col" data-testid={`values-column-${period}`}>
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((node, row) => (
              <tr key={node.id}>
                <th scope="row" title={node.name}>
                  {node.name}
                </th>
                {columns.map(({ period, label }, column) => {
                  const text = cellText(node, period);
                  return (
                    <td key={period}>
                      <input
                        // A new value from the core makes a new input with it.
                        key={text}
                        defaultValue={text}
                        inputMode="decimal"
                        aria-label={`${node.name}, ${label}`}
                        data-testid={`values-cell-${node.id}-${period}`}
                        data-grid-cell={`${row}:${column}`}
                        onFocus={(event) => event.currentTarget.select()}
                        onBlur={(event) => commit(event.currentTarget, node, period)}
                        onKeyDown={(event) => onKeyDown(event, row, column)}
                        onPaste={(event) => onPaste(event, node, period)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
