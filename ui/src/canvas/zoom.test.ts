// A link's click target at every zoom.

import { describe, expect, it } from "vitest";

import { GRID_GAP, LINK_HIT_SCREEN, gridScale, linkHitWidth } from "./zoom";

describe("linkHitWidth", () => {
  it("is 14 at 100% and above, as React Flow draws it", () => {
    expect(linkHitWidth(1)).toBe(14);
    expect(linkHitWidth(2.5)).toBe(14);
  });

  it("keeps the target at least 12 screen px wide as the canvas zooms out, in steps", () => {
    for (const zoom of [0.85, 0.6, 0.4, 0.25, 0.1, 0.02]) {
      const onScreen = linkHitWidth(zoom) * zoom;
      expect(onScreen).toBeGreaterThanOrEqual(LINK_HIT_SCREEN);
      expect(onScreen).toBeLessThan(LINK_HIT_SCREEN * 1.2);
    }
    expect(linkHitWidth(0.4)).toBe(linkHitWidth(0.39));
  });
});

describe("gridScale", () => {
  it("keeps the background's dots at least 11 px apart, a power of two of the grid", () => {
    expect(gridScale(1)).toBe(1);
    expect(gridScale(0.5)).toBe(1);
    for (const zoom of [0.49, 0.3, 0.1, 0.05, 0.02]) {
      const scale = gridScale(zoom);
      expect(Math.log2(scale) % 1).toBe(0);
      expect(GRID_GAP * scale * zoom).toBeGreaterThanOrEqual(11);
      expect(GRID_GAP * scale * zoom).toBeLessThan(22);
    }
  });
});
