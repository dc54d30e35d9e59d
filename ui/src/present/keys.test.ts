import { describe, expect, it } from "vitest";

import { ziraView } from "../test/fixtures";
import { keyAction } from "./PresentMode";

const at = (step: number, focus: string | null = null) => ({
  place: { step, focus },
  count: 4,
  view: ziraView,
});

describe("keyAction", () => {
  it("steps through the levels with Space and the arrows, within bounds", () => {
    expect(keyAction(" ", at(0))).toEqual({ step: 1, focus: null });
    expect(keyAction("ArrowRight", at(3))).toEqual({ step: 3, focus: null });
    expect(keyAction("ArrowLeft", at(0))).toEqual({ step: 0, focus: null });
    expect(keyAction("ArrowLeft", at(2))).toEqual({ step: 1, focus: null });
  });

  it("focuses the root with Enter and moves around a focused branch", () => {
    expect(keyAction("Enter", at(1))).toEqual({ step: 1, focus: "arr" });
    expect(keyAction("ArrowDown", at(1, "net_new_customers"))).toEqual({
      step: 1,
      focus: "activation",
    });
    expect(keyAction("ArrowRight", at(1, "activation"))).toEqual({ step: 1, focus: "churned" });
    expect(keyAction("ArrowUp", at(1, "churned"))).toEqual({
      step: 1,
      focus: "net_new_customers",
    });
    expect(keyAction("ArrowUp", at(1, "arr"))).toBe("handled");
  });

  it("steps out of a focus with Esc or Backspace, and leaves with Esc at the top", () => {
    expect(keyAction("Escape", at(2, "churned"))).toEqual({ step: 2, focus: null });
    expect(keyAction("Backspace", at(2, "churned"))).toEqual({ step: 2, focus: null });
    expect(keyAction("Escape", at(2))).toBe("exit");
    expect(keyAction("Backspace", at(2))).toBe("handled");
    expect(keyAction("x", at(2))).toBe("ignored");
  });
});
