import { describe, expect, it } from "vitest";

import { boxOf, fitRoute, splinePath } from "./route";

const parent = boxOf({ x: 0, y: 0 }, { width: 220, height: 100 });
const child = boxOf({ x: 300, y: 200 }, { width: 220, height: 60 });
// As the core sends a drives route: from the child's top to the parent's bottom.
const points = [
  { x: 300, y: 170 },
  { x: 300, y: 110 },
  { x: 0, y: 110 },
  { x: 0, y: 50 },
];
const route = { key: { kind: "drives" as const, from: "c", to: "p" }, points };

describe("fitRoute", () => {
  it("takes a route that runs between the two boxes, oriented start to end", () => {
    expect(fitRoute(route, parent, child)).toEqual([...points].reverse());
    expect(fitRoute(route, child, parent)).toEqual(points);
  });

  it("goes by where the ends touch, and refuses a route whose end misses its box", () => {
    const moved = boxOf({ x: 40, y: 0 }, { width: 220, height: 100 });
    expect(fitRoute(route, moved, child)).not.toBeNull();
    const far = boxOf({ x: 0, y: -200 }, { width: 220, height: 100 });
    expect(fitRoute(route, far, child)).toBeNull();
  });

  it("refuses what is no cubic spline, and non-finite points", () => {
    expect(fitRoute({ ...route, points: [] }, parent, child)).toBeNull();
    expect(fitRoute({ ...route, points: [points[0]!, points[3]!] }, parent, child)).toBeNull();
    expect(fitRoute({ ...route, points: points.slice(0, 3) }, child, parent)).toBeNull();
    const broken = [...points.slice(0, 3), { x: Number.NaN, y: 50 }];
    expect(fitRoute({ ...route, points: broken }, parent, child)).toBeNull();
  });

  it("takes a spline of several segments", () => {
    const long = [...points, { x: 0, y: 40 }, { x: 0, y: 30 }, { x: 0, y: 20 }];
    expect(fitRoute({ ...route, points: long }, child, parent)).toEqual(long);
  });
});

describe("splinePath", () => {
  it("writes the spline as the core's SVG export does, to 0.01", () => {
    expect(splinePath(points)).toBe("M 300 170 C 300 110 0 110 0 50");
    expect(
      splinePath([
        { x: 1.005, y: -0.001 },
        { x: 2.3456, y: 3 },
        { x: 4, y: 5 },
        { x: 6, y: 7 },
        { x: 8, y: 9 },
        { x: 10, y: 11 },
        { x: 12, y: 13.999 },
      ]),
    ).toBe("M 1 0 C 2.35 3 4 5 6 7 C 8 9 10 11 12 14");
    expect(splinePath([])).toBe("");
  });
});
