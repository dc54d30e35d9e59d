import { describe, expect, it } from "vitest";

import { ziraView } from "../test/fixtures";
import { neighbour } from "./navigate";

describe("neighbour", () => {
  const tree = ziraView.tree;
  const kids = (id: string) =>
    tree.links.filter((l) => l.kind === "drives" && l.to === id).map((l) => l.from);

  it("goes to the parent, the first driver and the siblings in a top-down tree", () => {
    const root = tree.nodes.find(
      (n) => !tree.links.some((l) => l.kind === "drives" && l.from === n.id),
    );
    expect(root).toBeDefined();
    const rootId = root?.id ?? "";
    const children = kids(rootId);
    expect(children.length).toBeGreaterThan(1);
    const first = neighbour(tree, rootId, "ArrowDown", "top_down");
    expect(first).not.toBeNull();
    expect(children).toContain(first);
    expect(neighbour(tree, first ?? "", "ArrowUp", "top_down")).toBe(rootId);
    const next = neighbour(tree, first ?? "", "ArrowRight", "top_down");
    expect(children).toContain(next);
    expect(next).not.toBe(first);
    expect(neighbour(tree, next ?? "", "ArrowLeft", "top_down")).toBe(first);
    expect(neighbour(tree, first ?? "", "ArrowLeft", "top_down")).toBeNull();
  });

  it("turns the keys with a left-right tree", () => {
    const [child] = tree.links.filter((l) => l.kind === "drives");
    expect(child).toBeDefined();
    expect(neighbour(tree, child?.from ?? "", "ArrowLeft", "left_right")).toBe(child?.to);
    expect(neighbour(tree, child?.from ?? "", "ArrowUp", "left_right")).not.toBe(child?.to);
  });

  it("has nowhere to go from an unknown node", () => {
    expect(neighbour(tree, "nobody", "ArrowUp", "top_down")).toBeNull();
    expect(neighbour(tree, "nobody", "ArrowRight", "top_down")).toBeNull();
  });
});
