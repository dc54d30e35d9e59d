import { describe, expect, it } from "vitest";

import { ANIMATION_MS, anyMoved, easeInOut, lerp, positionsAt } from "./animation";

describe("easeInOut", () => {
  it("starts and ends still, is halfway at half time, and never leaves 0..1", () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.5);
    expect(easeInOut(0.1)).toBeLessThan(0.1);
    expect(easeInOut(0.9)).toBeGreaterThan(0.9);
    expect(easeInOut(-1)).toBe(0);
    expect(easeInOut(2)).toBe(1);
    for (let t = 0.05; t < 1; t += 0.05) {
      expect(easeInOut(t)).toBeGreaterThan(easeInOut(t - 0.05));
    }
  });
});

describe("lerp", () => {
  it("goes the fraction of the way", () => {
    expect(lerp({ x: 0, y: 100 }, { x: 200, y: -100 }, 0.25)).toEqual({ x: 50, y: 50 });
  });
});

describe("positionsAt", () => {
  const from = new Map([
    ["a", { x: 0, y: 0 }],
    ["gone", { x: 9, y: 9 }],
  ]);
  const to = new Map([
    ["a", { x: 100, y: -200 }],
    ["new", { x: 50, y: 50 }],
  ]);

  it("starts where the nodes were and ends exactly where they go", () => {
    expect(positionsAt(from, to, 0).get("a")).toEqual({ x: 0, y: 0 });
    expect(positionsAt(from, to, ANIMATION_MS).get("a")).toEqual({ x: 100, y: -200 });
    expect(positionsAt(from, to, ANIMATION_MS * 3).get("a")).toEqual({ x: 100, y: -200 });
  });

  it("eases in between", () => {
    const half = positionsAt(from, to, ANIMATION_MS / 2).get("a");
    expect(half?.x).toBeCloseTo(50);
    expect(half?.y).toBeCloseTo(-100);
    const early = positionsAt(from, to, ANIMATION_MS / 10).get("a");
    expect(early?.x).toBeGreaterThan(0);
    expect(early?.x).toBeLessThan(10);
  });

  it("puts a new node at its place at once and drops a node that is gone", () => {
    const at = positionsAt(from, to, 10);
    expect(at.get("new")).toEqual({ x: 50, y: 50 });
    expect(at.has("gone")).toBe(false);
  });

  it("jumps when there is no time to animate", () => {
    expect(positionsAt(from, to, 0, 0).get("a")).toEqual({ x: 100, y: -200 });
  });
});

describe("anyMoved", () => {
  it("is true when a node of both stands elsewhere", () => {
    expect(anyMoved(new Map([["a", { x: 0, y: 0 }]]), new Map([["a", { x: 0, y: 1 }]]))).toBe(true);
    expect(anyMoved(new Map([["a", { x: 0, y: 0 }]]), new Map([["a", { x: 0, y: 0 }]]))).toBe(
      false,
    );
    expect(anyMoved(new Map(), new Map([["a", { x: 0, y: 0 }]]))).toBe(false);
  });
});
