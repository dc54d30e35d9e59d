import { describe, expect, it } from "vitest";

import type { KpiFlowNode } from "./flow";
import {
  dimmedOutside,
  followLinks,
  followRenamed,
  initialSelection,
  keepCanvasState,
  selectedIds,
  withSelection,
} from "./items";

function item(id: string, fields: Partial<KpiFlowNode> = {}): KpiFlowNode {
  return {
    id,
    type: "initiative",
    position: { x: 0, y: 0 },
    data: {} as KpiFlowNode["data"],
    ...fields,
  };
}

describe("initialSelection", () => {
  it("is the nodes and links the user left selected, or none", () => {
    const state = { viewport: null, nodes: ["a"], links: ["drives-a-b"] };
    expect([...initialSelection(state)]).toEqual(["a", "drives-a-b"]);
    expect(initialSelection(null).size).toBe(0);
  });
});

describe("withSelection", () => {
  it("selects exactly the given ids and keeps the objects that stay as they were", () => {
    const a = item("a", { selected: true });
    const b = item("b");
    const c = item("c", { selected: true });
    const selected = withSelection([a, b, c], new Set(["a", "b"]));
    expect(selected[0]).toBe(a);
    expect(selected[1]).toMatchObject({ id: "b", selected: true });
    expect(selected[2]).toMatchObject({ id: "c", selected: false });
  });
});

describe("selectedIds", () => {
  it("lists the selected items", () => {
    const ids = selectedIds([
      item("a", { selected: true }),
      item("b"),
      item("c", { selected: false }),
    ]);
    expect([...ids]).toEqual(["a"]);
  });
});

describe("dimmedOutside", () => {
  it("dims what the highlight does not hold, and nothing without a highlight", () => {
    const a = item("a");
    const b = item("b", { className: "kt-dimmed" });
    const dimmed = dimmedOutside([a, b], new Set(["b"]));
    expect(dimmed[0]).toMatchObject({ id: "a", className: "kt-dimmed" });
    expect(dimmed[1]).not.toHaveProperty("className");
    const plain = dimmedOutside([a, b], null);
    expect(plain[0]).toBe(a);
    expect(plain[1]).not.toHaveProperty("className");
  });
});

describe("keepCanvasState", () => {
  it("keeps a node's measured size and selection across a new view", () => {
    const current = [item("a", { measured: { width: 220, height: 58 }, selected: true })];
    const [kept] = keepCanvasState(current, [item("a", { position: { x: 5, y: 5 } })]);
    expect(kept).toMatchObject({
      position: { x: 5, y: 5 },
      measured: { width: 220, height: 58 },
      selected: true,
    });
  });

  it("keeps the object of a node the view leaves as it was, and takes new nodes", () => {
    const a = item("a", { measured: { width: 220, height: 58 } });
    const kept = keepCanvasState([a], [item("a"), item("b")]);
    expect(kept[0]).toBe(a);
    expect(kept[1]).toEqual(item("b"));
  });
});

describe("followLinks", () => {
  const link = (kind: string, source: string, target: string) => ({
    id: `${kind}-${source}-${target}`,
    source,
    target,
  });

  it("keeps a link selected under its new id when its kind changes or it turns round", () => {
    const before = [link("drives", "a", "b"), link("drives", "c", "b")];
    const kind = [link("impacts", "a", "b"), link("drives", "c", "b")];
    expect([...followLinks(before, kind, new Set(["drives-a-b", "x"]))].sort()).toEqual([
      "impacts-a-b",
      "x",
    ]);
    const reversed = [link("drives", "b", "a"), link("drives", "c", "b")];
    expect([...followLinks(before, reversed, new Set(["drives-a-b"]))]).toEqual(["drives-b-a"]);
  });

  it("drops a link that is gone with no single successor, and leaves others alone", () => {
    const before = [link("drives", "a", "b"), link("drives", "c", "b")];
    expect([...followLinks(before, [link("drives", "c", "b")], new Set(["drives-a-b"]))]).toEqual([
      "drives-a-b",
    ]);
    const two = [link("impacts", "a", "b"), link("guards", "a", "b"), link("drives", "c", "b")];
    expect(followLinks(before, two, new Set(["drives-a-b"])).has("impacts-a-b")).toBe(false);
    expect([...followLinks(before, before, new Set(["drives-c-b"]))]).toEqual(["drives-c-b"]);
  });
});

describe("followRenamed", () => {
  it("gives kept nodes the ids the core renamed them to", () => {
    const nodes = [
      { id: "new_business_kpi", selected: true },
      { id: "arr", selected: false },
    ];
    expect(followRenamed(nodes, { new_business_kpi: "churn" })).toEqual([
      { id: "churn", selected: true },
      { id: "arr", selected: false },
    ]);
    expect(followRenamed(nodes, {})).toEqual(nodes);
  });
});
