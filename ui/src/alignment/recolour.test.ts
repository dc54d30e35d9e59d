import { describe, expect, it } from "vitest";

import { link, ziraView } from "../test/fixtures";
import type { Node } from "../ipc/api";
import { recolourEdit } from "./recolour";

function nodeOf(id: string): Node {
  const found = ziraView.tree.nodes.find((node) => node.id === id);
  if (found === undefined) throw new Error(`no node ${id}`);
  return found;
}

describe("recolourEdit", () => {
  it("lets the links that wore the KPI's old code follow the new one, in one edit", () => {
    const next = { ...nodeOf("churned"), color: "#0072b2" };
    const edit = recolourEdit(ziraView, next);
    expect(edit).toEqual({
      type: "batch",
      edits: [
        { type: "update_node", node: next },
        {
          type: "update_link",
          link: link("impacts", "fast_ux", "churned", {
            color: null,
            strength: "strong",
            note: "faster UX reduces churn",
          }),
        },
      ],
    });
  });

  it("leaves a link coloured in another colour alone", () => {
    const view = {
      ...ziraView,
      tree: {
        ...ziraView.tree,
        links: ziraView.tree.links.map((l) =>
          l.from === "fast_ux" ? { ...l, color: "#009e73" } : l,
        ),
      },
    };
    const next = { ...nodeOf("churned"), color: "#0072b2" };
    expect(recolourEdit(view, next)).toEqual({ type: "update_node", node: next });
  });

  it("is a plain update for a node that is not colour-coded", () => {
    const next = { ...nodeOf("activation"), color: "#123456" };
    expect(recolourEdit(ziraView, next)).toEqual({ type: "update_node", node: next });
  });
});
