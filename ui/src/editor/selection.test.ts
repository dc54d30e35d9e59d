import { describe, expect, it } from "vitest";

import { ziraView } from "../test/fixtures";
import { deleteEdit, existing } from "./selection";

describe("deleteEdit", () => {
  it("removes the nodes, and only the selected links that do not touch them", () => {
    const edit = deleteEdit(
      {
        nodes: ["churned"],
        links: ["drives-churned-net_new_customers", "guards-aov-price_per_seat"],
      },
      ziraView,
    );
    expect(edit).toEqual({
      type: "batch",
      edits: [
        { type: "remove_nodes", ids: ["churned"] },
        { type: "remove_links", keys: [{ kind: "guards", from: "aov", to: "price_per_seat" }] },
      ],
    });
  });

  it("is one plain edit for one kind of thing, and nothing for nothing", () => {
    expect(deleteEdit({ nodes: ["aov"], links: [] }, ziraView)).toEqual({
      type: "remove_nodes",
      ids: ["aov"],
    });
    expect(deleteEdit({ nodes: ["gone"], links: ["drives-a-b"] }, ziraView)).toBeNull();
  });
});

describe("existing", () => {
  it("drops what the tree no longer has", () => {
    expect(
      existing({ nodes: ["aov", "gone"], links: ["guards-aov-price_per_seat", "x"] }, ziraView),
    ).toEqual({ nodes: ["aov"], links: ["guards-aov-price_per_seat"] });
  });
});
