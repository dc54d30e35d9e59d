import { describe, expect, it } from "vitest";

import type { TreeView } from "../ipc/api";
import { node, ziraView } from "../test/fixtures";
import { moveNodesEdit } from "./moves";

describe("moveNodesEdit", () => {
  it("moves every dragged node in one edit, by its centre, in whole pixels", () => {
    const edit = moveNodesEdit(
      [
        { id: "churned", position: { x: 340.4, y: 251.6 } },
        { id: "activation", position: { x: -260, y: 450 } },
      ],
      ziraView,
      [],
    );
    expect(edit).toEqual({
      type: "move_nodes",
      moves: [
        { id: "churned", position: { x: 340, y: 252 } },
        { id: "activation", position: { x: -260, y: 450 } },
      ],
    });
  });

  it("is nothing when no node ends up anywhere new", () => {
    expect(moveNodesEdit([{ id: "arr", position: { x: 0.2, y: -0.3 } }], ziraView, [])).toBeNull();
    expect(moveNodesEdit([], ziraView, [])).toBeNull();
    expect(moveNodesEdit([{ id: "ghost", position: { x: 5, y: 5 } }], ziraView, [])).toBeNull();
  });

  it("leaves out dragged nodes that did not move and repeats", () => {
    const edit = moveNodesEdit(
      [
        { id: "arr", position: { x: 0, y: 0 } },
        { id: "churned", position: { x: 310, y: 200 } },
        { id: "churned", position: { x: 999, y: 999 } },
      ],
      ziraView,
      [],
    );
    expect(edit).toEqual({
      type: "move_nodes",
      moves: [{ id: "churned", position: { x: 310, y: 200 } }],
    });
  });

  it("fixes the nodes placed by level where they are shown, so that none jumps", () => {
    const view: TreeView = {
      ...ziraView,
      tree: {
        ...ziraView.tree,
        nodes: [node("a", "north_star", "A"), node("b", "business_kpi", "B")],
        links: [],
      },
    };
    const shown = [
      { id: "a", position: { x: 0, y: 0 } },
      { id: "b", position: { x: 0, y: 200 } },
    ];
    expect(moveNodesEdit([{ id: "a", position: { x: 40, y: -20 } }], view, shown)).toEqual({
      type: "move_nodes",
      moves: [
        { id: "a", position: { x: 40, y: -20 } },
        { id: "b", position: { x: 0, y: 200 } },
      ],
    });
  });
});
