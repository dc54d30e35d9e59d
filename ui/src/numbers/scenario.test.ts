import { describe, expect, it } from "vitest";

import type { WhatIf } from "../ipc/api";
import { ziraView } from "../test/fixtures";
import { applyScenario, overrideText, parseOverride, scenarioView } from "./scenario";

/** Price per seat +10 %: ARR follows, as the core computes it. */
const pricier: WhatIf = {
  values: {
    arr: {
      before: 1_200_000,
      after: 1_320_000,
      delta: 120_000,
      delta_percent: 10,
      overridden: false,
      error: null,
    },
    price_per_seat: {
      before: 3000,
      after: 3300,
      delta: 300,
      delta_percent: 10,
      overridden: true,
      error: null,
    },
  },
  statuses: { arr: "off_track" },
};

describe("parseOverride", () => {
  it("reads a value or a percentage change", () => {
    expect(parseOverride("1200")).toEqual({ type: "value", value: 1200 });
    expect(parseOverride(" -0,5 ")).toEqual({ type: "value", value: -0.5 });
    expect(parseOverride("+10%")).toEqual({ type: "percent", percent: 10 });
    expect(parseOverride("-5 %")).toEqual({ type: "percent", percent: -5 });
  });

  it("refuses anything else", () => {
    for (const text of ["", "ten", "10%%", "1e999", "%", "+"]) {
      expect(parseOverride(text), text).toBeNull();
    }
  });

  it("reads back what it parsed", () => {
    expect(overrideText({ type: "percent", percent: 10 })).toBe("+10%");
    expect(overrideText({ type: "percent", percent: -5 })).toBe("-5%");
    expect(overrideText({ type: "value", value: 1200 })).toBe("1200");
  });
});

describe("scenarioView", () => {
  it("shows the scenario's values and statuses, the overridden ones as entered", () => {
    const shown = scenarioView(ziraView, pricier);
    expect(shown.values.arr).toEqual({ value: 1_320_000, computed: true, error: null });
    expect(shown.values.price_per_seat).toEqual({ value: 3300, computed: false, error: null });
    expect(shown.values.churned).toEqual(ziraView.values.churned);
    expect(shown.statuses).toEqual({ arr: "off_track" });
    expect(shown.tree).toBe(ziraView.tree);
  });
});

describe("applyScenario", () => {
  it("enters the scenario's value on each overridden node, as one edit", () => {
    const edit = applyScenario(ziraView, pricier);
    const price = ziraView.tree.nodes.find((node) => node.id === "price_per_seat");
    expect(edit).toEqual({
      type: "update_node",
      node: { ...price, value: 3300, formula: null },
    });
  });

  it("is nothing without an override", () => {
    expect(applyScenario(ziraView, { values: {}, statuses: {} })).toBeNull();
  });
});
