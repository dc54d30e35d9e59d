import { describe, expect, it } from "vitest";

import { node } from "../test/fixtures";
import { COLUMN_GAP, placeNodes, ROW_GAP } from "./layout";

describe("placeNodes", () => {
  it("keeps stored positions", () => {
    const nodes = [node("a", "north_star", "A", { position: { x: 12, y: -4 } })];
    expect(placeNodes(nodes, {}).get("a")).toEqual({ x: 12, y: -4 });
  });

  it("puts nodes without a position in rows by level, centred, in tree order", () => {
    const nodes = [
      node("root", "north_star", "Root"),
      node("b", "business_kpi", "B"),
      node("c", "business_kpi", "C"),
      node("d", "initiative", "D"),
    ];
    const placed = placeNodes(nodes, { root: 0, b: 1, c: 1, d: 2 });
    expect(placed.get("root")).toEqual({ x: 0, y: 0 });
    expect(placed.get("b")).toEqual({ x: -COLUMN_GAP / 2, y: ROW_GAP });
    expect(placed.get("c")).toEqual({ x: COLUMN_GAP / 2, y: ROW_GAP });
    expect(placed.get("d")).toEqual({ x: 0, y: 2 * ROW_GAP });
  });

  it("puts nodes without a level under the deepest row", () => {
    const nodes = [node("a", "north_star", "A"), node("lost", "initiative", "Lost")];
    const placed = placeNodes(nodes, { a: 0 });
    expect(placed.get("lost")).toEqual({ x: 0, y: ROW_GAP });
  });

  it("places the fallback rows beside the positioned nodes", () => {
    const nodes = [
      node("a", "north_star", "A", { position: { x: 100, y: 50 } }),
      node("b", "business_kpi", "B"),
    ];
    const placed = placeNodes(nodes, { a: 0, b: 1 });
    const b = placed.get("b");
    expect(b?.x).toBeGreaterThan(100);
    expect(b?.y).toBe(50 + ROW_GAP);
  });
});
