import { describe, expect, it } from "vitest";

import { reuseUnchanged } from "./unchanged";

describe("reuseUnchanged", () => {
  const a = { id: "a", data: { name: "ARR", lines: ["ARR"] } };
  const b = { id: "b", data: { name: "Churn", lines: ["Churn"] } };

  it("keeps the old object of an item equal to its replacement", () => {
    const next = [
      { id: "a", data: { name: "ARR", lines: ["ARR"] } },
      { id: "b", data: { name: "Churned", lines: ["Churned"] } },
    ];
    const kept = reuseUnchanged([a, b], next);
    expect(kept[0]).toBe(a);
    expect(kept[1]).toBe(next[1]);
  });

  it("takes new items and the order of the new list", () => {
    const c = { id: "c", data: { name: "Seats", lines: ["Seats"] } };
    const kept = reuseUnchanged([a, b], [c, { ...b }, { ...a }]);
    expect(kept).toEqual([c, b, a]);
    expect(kept[1]).toBe(b);
    expect(kept[2]).toBe(a);
  });

  it("sees a change deep inside an item", () => {
    const moved = { id: "a", data: { name: "ARR", lines: ["ARR", "2027"] } };
    expect(reuseUnchanged([a], [moved])[0]).toBe(moved);
  });
});
