import { describe, expect, it } from "vitest";

import { complete, completionAt } from "./completion";

const drivers = ["net_new_customers", "price_per_seat", "Paying"];

describe("completionAt", () => {
  it("offers the drivers that start with what is typed before the caret", () => {
    expect(completionAt("net", 3, drivers)).toEqual({
      start: 0,
      typed: "net",
      matches: ["net_new_customers"],
    });
    expect(completionAt("net_new_customers * p", 21, drivers)).toEqual({
      start: 20,
      typed: "p",
      matches: ["price_per_seat", "Paying"],
    });
  });

  it("offers nothing inside a word, after a number, or once the id is whole", () => {
    expect(completionAt("price", 2, drivers)).toBeNull();
    expect(completionAt("2e", 2, drivers)).toBeNull();
    expect(completionAt("price_per_seat", 14, drivers)).toBeNull();
    expect(completionAt("x + ", 4, drivers)).toBeNull();
    expect(completionAt("zz", 2, drivers)).toBeNull();
  });
});

describe("complete", () => {
  it("replaces the typed part and puts the caret after the id", () => {
    const text = "net * p + 1";
    const at = completionAt(text, 7, drivers);
    if (at === null) throw new Error("a completion");
    expect(complete(text, at, "price_per_seat")).toEqual({
      text: "net * price_per_seat + 1",
      caret: 20,
    });
  });
});

describe("completion by name", () => {
  it("offers a driver a word of whose name starts with what is typed", () => {
    const names = new Map([
      ["churned", "Lost customers (churn)"],
      ["acquired", "New customers"],
    ]);
    const found = completionAt("acquired - chu", 14, ["acquired", "churned"], names);
    expect(found?.matches).toEqual(["churned"]);
    const both = completionAt("cust", 4, ["acquired", "churned"], names);
    expect(both?.matches).toEqual(["acquired", "churned"]);
    expect(completionAt("zz", 2, ["acquired", "churned"], names)).toBeNull();
  });
});
