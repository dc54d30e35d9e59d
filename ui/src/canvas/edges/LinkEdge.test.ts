// A link's click target: its box grown around its ends (WebKit takes a click on a
// stroke only inside the path's box).

import { describe, expect, it } from "vitest";

import { hitPath } from "./LinkEdge";

describe("hitPath", () => {
  it("adds square caps of the target's width on both ends", () => {
    expect(hitPath("M 10 20 L 10 80", 30)).toBe(
      "M 10 20 L 10 80 M -5 20 h 30 M 10 5 v 30 M -5 80 h 30 M 10 65 v 30",
    );
    expect(hitPath("M10,-20.5C10 0 10 0 10 40", 4)).toBe(
      "M10,-20.5C10 0 10 0 10 40 M 8 -20.5 h 4 M 10 -22.5 v 4 M 8 40 h 4 M 10 38 v 4",
    );
  });

  it("leaves a path it cannot read as it is", () => {
    expect(hitPath("", 14)).toBe("");
  });
});
