// The values grid (SPEC 8) through the whole window, mockIPC for Rust: the metrics
// without a formula by the columns the core offers; a typed cell and a pasted
// block go to the core as one command each, with the grid's rows in order.

import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { openZira, sent } from "../app/library-test-helpers";
import { backend } from "../test/backend";
import { ziraView } from "../test/fixtures";
import { gridRows } from "./ValuesGrid";

describe("the values grid", () => {
  it("has a row for each metric that holds its own value", () => {
    const rows = gridRows(ziraView).map((node) => node.id);
    expect(rows).not.toContain("arr");
    expect(rows).toContain("churned");
    expect(rows.every((id) => ziraView.tree.nodes.some((node) => node.id === id))).toBe(true);
  });

  it("sends a typed cell and a pasted block, each as one command", async () => {
    backend({
      value_columns: () => [
        { period: "2026-10", label: "Oct 2026" },
        { period: "2026-11", label: "Nov 2026" },
      ],
      paste_values: () => ziraView,
    });
    await openZira();
    fireEvent.click(screen.getByTestId("action-values"));
    const cell = await screen.findByTestId("values-cell-churned-2026-11");
    fireEvent.focus(cell);
    fireEvent.change(cell, { target: { value: "1,200" } });
    fireEvent.blur(cell);
    const rows = gridRows(ziraView).map((node) => node.id);
    await waitFor(() =>
      expect(sent("paste_values")).toEqual([
        { treeId: 1, rows, at: "churned", period: "2026-11", text: "1,200" },
      ]),
    );

    const other = screen.getByTestId("values-cell-churned-2026-10");
    fireEvent.paste(other, { clipboardData: { getData: () => "1\t2\n3\t4\n" } });
    await waitFor(() => expect(sent("paste_values")).toHaveLength(2));
    expect(sent("paste_values")[1]).toMatchObject({ at: "churned", text: "1\t2\n3\t4\n" });
  });
});
