import { describe, expect, it } from "vitest";

import { boxOf, fitRoute, roundedPath } from "./route";

const parent = boxOf({ x: 0, y: 0 }, { width: 220, height: 100 });
const child = boxOf({ x: 300, y: 200 }, { width: 220, height: 60 });
const points = [
  { x: 0, y: 50 },
  { x: 0, y: 110 },
  { x: 300, y: 110 },
  { x: 300, y: 170 },
];
const route = { key: { kind: "drives" as const, from: "c", to: "p" }, points };

describe("fitRoute", () => {
  it("takes a route that leaves one box and enters the other, oriented start to end", () => {
    expect(fitRoute(route, parent, child)).toEqual(points);
    expect(fitRoute(route, child, parent)).toEqual([...points].reverse());
  });

  it("goes by where the ends touch, and refuses a route whose end misses its box", () => {
    const moved = boxOf({ x: 40, y: 0 }, { width: 220, height: 100 });
    expect(fitRoute(route, moved, child)).toEqual(points);
    const far = boxOf({ x: 0, y: -200 }, { width: 220, height: 100 });
    expect(fitRoute(route, far, child)).toBeNull();
  });

  it("refuses empty, one-point and non-finite routes", () => {
    expect(fitRoute({ ...route, points: [] }, parent, child)).toBeNull();
    expect(fitRoute({ ...route, points: [{ x: 0, y: 50 }] }, parent, child)).toBeNull();
    const broken = [...points.slice(0, 3), { x: Number.NaN, y: 170 }];
    expect(fitRoute({ ...route, points: broken }, parent, child)).toBeNull();
  });
});

describe("roundedPath", () => {
  it("draws straight segments with rounded corners", () => {
    expect(roundedPath(points, 10)).toBe(
      "M 0 50 L 0 100 Q 0 110 10 110 L 290 110 Q 300 110 300 120 L 300 170",
    );
  });

  it("shrinks a corner to half the shorter segment", () => {
    const short = [
      { x: 0, y: 0 },
      { x: 0, y: 8 },
      { x: 100, y: 8 },
    ];
    expect(roundedPath(short, 10)).toBe("M 0 0 L 0 4 Q 0 8 4 8 L 100 8");
  });

  it("draws a straight route as one line, and nothing for no points", () => {
    expect(
      roundedPath(
        [
          { x: 0, y: 0 },
          { x: 0, y: 90 },
        ],
        10,
      ),
    ).toBe("M 0 0 L 0 90");
    expect(roundedPath([], 10)).toBe("");
  });
});
