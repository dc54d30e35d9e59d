// The bridge chart's axis (the rows themselves come from the core, tested there:
// `src-tauri/core/src/export/bridge.rs`) and the nodes What moved offers.

import { describe, expect, it } from "vitest";

import type { BridgeRow } from "../ipc/api";
import { axisOf } from "./BridgeChart";
import { formulaNodes } from "./useExplain";
import { ziraView } from "../test/fixtures";

function row(key: string, from: number, to: number, kind: BridgeRow["kind"]): BridgeRow {
  return { key, label: key, from, to, kind, nodes: kind === "total" ? [] : [key], amount: "" };
}

describe("the bridge chart", () => {
  it("starts its axis below the lowest running total, so that small steps show", () => {
    const rows = [
      row("start", 0, 1000, "total"),
      row("a", 1000, 1030, "good"),
      row("b", 1030, 1020, "bad"),
      row("end", 0, 1020, "total"),
    ];
    const x = axisOf(rows, 100);
    // The axis runs from 1000 − 30 × 0.25 to 1030.
    expect(x(1030)).toBeCloseTo(100);
    expect(x(1000)).toBeCloseTo(20);
    expect(x(0)).toBe(0);
    expect(x(1030) - x(1000)).toBeGreaterThan(50);
  });

  it("offers the formula nodes, the North Star first", () => {
    expect(formulaNodes(ziraView)[0]).toBe("arr");
    expect(formulaNodes(null)).toEqual([]);
  });
});
