import { describe, expect, it } from "vitest";

import { node } from "../test/fixtures";
import { searchNodes } from "./search";

const nodes = [
  node("a", "business_kpi", "Net new customers"),
  node("b", "business_kpi", "Churned customers"),
  node("c", "product_metric", "Activation rate", { owner: "Growth squad" }),
  node("d", "initiative", "Café checkout"),
];

describe("searchNodes", () => {
  it("puts names that start with the query first, then word starts, then the rest", () => {
    const ids = (query: string) => searchNodes(nodes, query).map((found) => found.id);
    expect(ids("cu")).toEqual(["a", "b"]);
    expect(ids("ch")).toEqual(["b", "d"]);
    expect(ids("ers")).toEqual(["a", "b"]);
  });

  it("ignores case and accents, and finds owners and ids too", () => {
    expect(searchNodes(nodes, "CAFE").map((found) => found.id)).toEqual(["d"]);
    expect(searchNodes(nodes, "growth").map((found) => found.id)).toEqual(["c"]);
    expect(searchNodes(nodes, "  ")).toEqual([]);
  });
});
