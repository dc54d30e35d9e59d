import { describe, expect, it } from "vitest";

import type { KpiFlowNode } from "./flow";
import { boundsAt, middleOf, placedAt, positionsOf } from "./geometry";

/** A canvas node centred at (x, y), sized as given (the data is not read here). */
function at(id: string, x: number, y: number, size: Partial<KpiFlowNode> = {}): KpiFlowNode {
  return { id, type: "initiative", position: { x, y }, data: {} as KpiFlowNode["data"], ...size };
}

describe("positionsOf", () => {
  it("maps each node's id to its centre", () => {
    const positions = positionsOf([at("a", 1, 2), at("b", -3, 4)]);
    expect([...positions]).toEqual([
      ["a", { x: 1, y: 2 }],
      ["b", { x: -3, y: 4 }],
    ]);
  });
});

describe("placedAt", () => {
  it("moves the nodes it has a place for and keeps the others' objects", () => {
    const a = at("a", 0, 0);
    const b = at("b", 10, 10);
    const placed = placedAt([a, b], new Map([["a", { x: 5, y: 6 }]]));
    expect(placed[0]).toEqual({ ...a, position: { x: 5, y: 6 } });
    expect(a.position).toEqual({ x: 0, y: 0 });
    expect(placed[1]).toBe(b);
  });
});

describe("boundsAt", () => {
  it("is the box around the nodes standing at the given centres", () => {
    const nodes = [
      at("a", 0, 0, { width: 100, height: 40 }),
      at("b", 0, 0, { measured: { width: 200, height: 60 }, width: 10, height: 10 }),
    ];
    const bounds = boundsAt(nodes, new Map([["b", { x: 300, y: 100 }]]));
    // a: -50..50 × -20..20; b (measured size wins): 200..400 × 70..130.
    expect(bounds).toEqual({ x: -50, y: -20, width: 450, height: 150 });
  });

  it("counts a node without a size as a point, and nothing as no box", () => {
    expect(boundsAt([at("a", 7, 8)], new Map())).toEqual({ x: 7, y: 8, width: 0, height: 0 });
    expect(boundsAt([], new Map())).toBeNull();
  });
});

describe("middleOf", () => {
  it("is the middle of a rectangle", () => {
    expect(middleOf({ left: 10, top: 20, width: 100, height: 50 })).toEqual({ x: 60, y: 45 });
  });
});
