import { describe, expect, it } from "vitest";

import { ziraView } from "../test/fixtures";
import {
  branchOf,
  childrenOf,
  parentOf,
  revealSteps,
  shownAt,
  siblingOf,
  stepCount,
} from "./reveal";

describe("revealSteps", () => {
  it("reveals level by level, a guarding health metric with what it guards", () => {
    const steps = revealSteps(ziraView);
    expect([...shownAt(steps, 0)]).toEqual(["arr"]);
    expect(shownAt(steps, 1)).toEqual(
      new Set(["arr", "net_new_customers", "price_per_seat", "aov"]),
    );
    expect(stepCount(steps)).toBe(4);
    expect(shownAt(steps, 3).size).toBe(ziraView.tree.nodes.length);
  });
});

describe("moving around", () => {
  it("finds a branch, parents, children and siblings", () => {
    expect(branchOf(ziraView, "net_new_customers")).toEqual(
      new Set(["net_new_customers", "churned", "activation", "usability"]),
    );
    expect(parentOf(ziraView, "churned")).toBe("net_new_customers");
    expect(parentOf(ziraView, "arr")).toBeNull();
    expect(childrenOf(ziraView, "net_new_customers")).toEqual(["activation", "churned"]);
    expect(siblingOf(ziraView, "activation", 1)).toBe("churned");
    expect(siblingOf(ziraView, "activation", -1)).toBeNull();
  });
});
