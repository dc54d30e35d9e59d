// The Inspector's pure helpers: reading numbers and dates, inserting ids into a
// formula, sorting problems, and the edits for links and selections.

import { describe, expect, it } from "vitest";

import type { TreeView } from "../ipc/api";
import { ziraView } from "../test/fixtures";
import { changeLinkKind, deleteSelection, findLink, selected } from "./linkForm";
import { driversOf, insertId, nodeProblems, parseDate, parseNumber } from "./nodeForm";

describe("parseNumber", () => {
  it.each([
    ["", null],
    ["  ", null],
    ["42", 42],
    ["-0.25", -0.25],
    [".5", 0.5],
    ["1.5e6", 1_500_000],
    ["1_500_000", 1_500_000],
    ["1 500 000", 1_500_000],
    ["+3", 3],
    ["-0", 0],
  ])("reads %j as %j", (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
  });

  it.each(["abc", "12abc", "1,5", "1.2.3", "0x10", "Infinity", "1e400", "NaN", "--1", "e5"])(
    "refuses %j",
    (text) => {
      expect(parseNumber(text).ok).toBe(false);
    },
  );
});

describe("parseDate", () => {
  it("takes real days and blank", () => {
    expect(parseDate("2028-02-29")).toEqual({ ok: true, value: "2028-02-29" });
    expect(parseDate(" ")).toEqual({ ok: true, value: null });
  });

  it.each(["2027-02-29", "2027-13-01", "2027-6-30", "30/06/2027", "2027-06-31"])(
    "refuses %j",
    (text) => {
      expect(parseDate(text).ok).toBe(false);
    },
  );
});

describe("insertId", () => {
  it("replaces the selection and puts the caret after the id", () => {
    expect(insertId("a + b", 4, 5, "churned")).toEqual({ text: "a + churned", caret: 11 });
  });

  it("separates the id from a name or parenthesis it would touch", () => {
    expect(insertId("sum()", 4, 4, "x")).toEqual({ text: "sum(x)", caret: 5 });
    expect(insertId("ab", 1, 1, "x")).toEqual({ text: "a x b", caret: 3 });
    expect(insertId("(a)", 3, 3, "x")).toEqual({ text: "(a) x", caret: 5 });
    expect(insertId("", 0, 0, "x")).toEqual({ text: "x", caret: 1 });
  });

  it("clamps a caret that is past the end", () => {
    expect(insertId("a *", 10, 12, "b")).toEqual({ text: "a *b", caret: 4 });
  });
});

describe("drivers and problems", () => {
  it("takes a node's drivers from its incoming drives links only, once each", () => {
    expect(driversOf(ziraView, "net_new_customers")).toEqual(["churned", "activation"]);
    expect(driversOf(ziraView, "churned")).toEqual([]);
  });

  it("puts formula problems and the value error together, worst first, once each", () => {
    const view: TreeView = {
      ...ziraView,
      values: { arr: { value: null, computed: false, error: "division by zero" } },
      problems: [
        {
          severity: "warning",
          category: "formula",
          subject: { type: "node", id: "arr" },
          message: "w",
        },
        {
          severity: "error",
          category: "formula",
          subject: { type: "node", id: "arr" },
          message: "division by zero",
        },
        {
          severity: "error",
          category: "structure",
          subject: { type: "node", id: "arr" },
          message: "s",
        },
      ],
    };
    const problems = nodeProblems(view, "arr");
    expect(problems.formula.map((issue) => issue.message)).toEqual(["division by zero", "w"]);
    expect(problems.other.map((issue) => issue.message)).toEqual(["s"]);
  });
});

describe("links and selections", () => {
  it("finds a link by its id, and by its ends when its kind changed", () => {
    expect(findLink(ziraView, "guards-aov-price_per_seat")?.kind).toBe("guards");
    expect(findLink(ziraView, "drives-aov-price_per_seat")?.kind).toBe("guards");
    expect(findLink(ziraView, "drives-aov-arr")).toBeNull();
  });

  it("drops colour and strength when a link stops being an impacts link", () => {
    const impact = findLink(ziraView, "impacts-fast_ux-churned");
    expect(impact).not.toBeNull();
    if (impact === null) return;
    expect(changeLinkKind(impact, "impacts")).toBeNull();
    const edit = changeLinkKind(impact, "drives");
    expect(edit).toMatchObject({
      type: "batch",
      edits: [
        { type: "remove_links" },
        { type: "add_link", link: { kind: "drives", color: null, strength: null } },
      ],
    });
  });

  it("deletes nothing for an empty selection", () => {
    expect(deleteSelection(selected(ziraView, { nodes: ["gone"], links: [] }))).toBeNull();
  });

  it("deletes nodes alone with one remove_nodes", () => {
    expect(deleteSelection(selected(ziraView, { nodes: ["arr", "arr"], links: [] }))).toEqual({
      type: "remove_nodes",
      ids: ["arr"],
    });
  });
});
