// The bridge chart's rows (SPEC 9): from the first total through the contributions,
// largest first, the rest grouped, to the last total; each step starts where the
// one before ended.

import { describe, expect, it } from "vitest";

import type { Explanation } from "../ipc/api";
import { BARS_SHOWN, bridgeRows } from "./BridgeChart";
import { formulaNodes } from "./useExplain";
import { ziraView } from "../test/fixtures";

function explanation(contributions: [string, number][]): Explanation {
  const change = contributions.reduce((sum, [, amount]) => sum + amount, 0);
  return {
    node: "arr",
    from: "2026-10",
    to: "2026-11",
    before: 100,
    after: 100 + change,
    change,
    residual: 0,
    contributions: contributions.map(([node, contribution]) => ({
      node,
      before: 1,
      after: 2,
      contribution,
      share: change === 0 ? null : contribution / change,
    })),
  };
}

describe("bridge rows", () => {
  it("walk from the first total to the last, each step from where the last ended", () => {
    const names = new Map([["a", "Customers"]]);
    const rows = bridgeRows(
      explanation([
        ["a", 30],
        ["b", -10],
      ]),
      names,
      {
        from: "Oct 2026",
        to: "Nov 2026",
      },
    );
    expect(rows.map((row) => [row.label, row.from, row.to, row.kind])).toEqual([
      ["Oct 2026", 0, 100, "total"],
      ["Customers", 100, 130, "up"],
      ["b", 130, 120, "down"],
      ["Nov 2026", 0, 120, "total"],
    ]);
  });

  it("group the contributions past the first few and leave out those of 0", () => {
    const parts: [string, number][] = Array.from({ length: BARS_SHOWN + 3 }, (_, i) => [
      `n${i}`,
      10 - i,
    ]);
    parts.push(["still", 0]);
    const rows = bridgeRows(explanation(parts), new Map(), { from: "A", to: "B" });
    const others = rows.find((row) => row.kind === "others");
    expect(rows).toHaveLength(BARS_SHOWN + 3);
    expect(others?.label).toBe("3 others");
    expect(others?.nodes).toEqual([`n${BARS_SHOWN}`, `n${BARS_SHOWN + 1}`, `n${BARS_SHOWN + 2}`]);
    expect(rows.some((row) => row.key === "still")).toBe(false);
    expect(rows[rows.length - 2]?.to).toBe(rows[rows.length - 1]?.to);
  });

  it("offers the formula nodes, the North Star first", () => {
    expect(formulaNodes(ziraView)[0]).toBe("arr");
    expect(formulaNodes(null)).toEqual([]);
  });
});
