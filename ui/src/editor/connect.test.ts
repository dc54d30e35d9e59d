import { describe, expect, it } from "vitest";

import freeIdCases from "../../../tests/data/free_ids.json";
import { node } from "../test/fixtures";
import { linkForConnection } from "./connect";
import { freeId, newNode } from "./newNode";

const at = (x: number, y: number) => ({ x, y });

describe("linkForConnection", () => {
  it("makes the lower kind drive the higher, whichever end the drag started at", () => {
    const kpi = { node: node("arr", "business_kpi", "ARR"), at: at(0, 0) };
    const metric = { node: node("act", "product_metric", "Activation"), at: at(0, 200) };
    for (const [a, b] of [
      [kpi, metric],
      [metric, kpi],
    ] as const) {
      expect(linkForConnection(a, b, "top_down")).toMatchObject({
        kind: "drives",
        from: "act",
        to: "arr",
      });
    }
  });

  it("lets the position decide between two nodes of one rank", () => {
    const upper = { node: node("a", "business_kpi", "A"), at: at(0, 0) };
    const lower = { node: node("b", "business_kpi", "B"), at: at(300, 200) };
    expect(linkForConnection(upper, lower, "top_down")).toMatchObject({ from: "b", to: "a" });
    const left = { node: node("a", "business_kpi", "A"), at: at(500, 0) };
    expect(linkForConnection(left, lower, "left_right")).toMatchObject({ from: "a", to: "b" });
    // Side by side, the node the drag started from drives the other.
    const beside = { node: node("c", "business_kpi", "C"), at: at(0, 210) };
    expect(linkForConnection(beside, lower, "top_down")).toMatchObject({ from: "c", to: "b" });
    expect(linkForConnection(lower, beside, "top_down")).toMatchObject({ from: "b", to: "c" });
  });

  it("makes work impact outcomes and health metrics guard", () => {
    const work = { node: node("sso", "initiative", "SSO"), at: at(0, 600) };
    const kpi = { node: node("churn", "business_kpi", "Churn"), at: at(0, 0) };
    expect(linkForConnection(kpi, work, "top_down")).toMatchObject({
      kind: "impacts",
      from: "sso",
      to: "churn",
    });
    const health = { node: node("aov", "health_metric", "AOV"), at: at(0, 0) };
    expect(linkForConnection(kpi, health, "top_down")).toMatchObject({
      kind: "guards",
      from: "aov",
      to: "churn",
    });
  });
});

describe("newNode", () => {
  it("takes a free id from its kind and stands where it was dropped", () => {
    const taken = [node("initiative", "initiative", "X"), node("initiative_2", "initiative", "Y")];
    const created = newNode("initiative", at(10.4, 20.6), taken);
    expect(created).toMatchObject({
      id: "initiative_3",
      kind: "initiative",
      name: "New initiative",
      position: { x: 10, y: 21 },
    });
    expect(newNode("business_kpi", at(0, 0), []).name).toBe("New business KPI");
  });

  it("counts ids up past every taken one", () => {
    expect(freeId("a", new Set(["a", "a_2"]))).toBe("a_3");
    expect(freeId("b", new Set(["a"]))).toBe("b");
  });

  // The table the core's `free_id` is tested on too, so that the two cannot drift.
  it.each(freeIdCases)("follows the core's rule: $why", ({ base, taken, free }) => {
    expect(freeId(base, new Set(taken))).toBe(free);
  });
});
