import { describe, expect, it } from "vitest";

import { computeStatus } from "./status";

describe("computeStatus", () => {
  it("is none without a target or a value", () => {
    expect(computeStatus(10, null, "up")).toBeNull();
    expect(computeStatus(null, 10, "up")).toBeNull();
    expect(computeStatus(Number.NaN, 10, "up")).toBeNull();
  });

  describe("direction up (higher is better)", () => {
    it.each([
      [100, 100, "on_track"],
      [130, 100, "on_track"],
      [99, 100, "at_risk"],
      [90, 100, "at_risk"],
      [89.9, 100, "off_track"],
      [10, 100, "off_track"],
      [1_200_000, 1_500_000, "off_track"],
      [1_400_000, 1_500_000, "at_risk"],
    ])("value %d against target %d is %s", (value, target, status) => {
      expect(computeStatus(value, target, "up")).toBe(status);
    });

    it("is the default direction", () => {
      expect(computeStatus(95, 100, null)).toBe("at_risk");
      expect(computeStatus(120, 100, null)).toBe("on_track");
    });
  });

  describe("direction down (lower is better)", () => {
    it.each([
      [30, 30, "on_track"],
      [20, 30, "on_track"],
      [33, 30, "at_risk"],
      [33.1, 30, "off_track"],
      [45, 30, "off_track"],
    ])("value %d against target %d is %s", (value, target, status) => {
      expect(computeStatus(value, target, "down")).toBe(status);
    });
  });

  it("handles a zero target", () => {
    expect(computeStatus(0, 0, "down")).toBe("on_track");
    expect(computeStatus(1, 0, "down")).toBe("off_track");
  });

  it("handles negative targets", () => {
    expect(computeStatus(-105, -100, "up")).toBe("at_risk");
    expect(computeStatus(-95, -100, "down")).toBe("at_risk");
  });
});
