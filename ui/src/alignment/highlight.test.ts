import { describe, expect, it } from "vitest";

import { link, node, ziraView } from "../test/fixtures";
import { kpiHighlight } from "./highlight";

describe("kpiHighlight", () => {
  it("lights the KPI, the bets on it and the nodes behind them", () => {
    const lit = kpiHighlight(ziraView.tree, "churned");
    expect([...lit.nodes].sort()).toEqual(["churned", "fast_ux", "usability"]);
    expect([...lit.links].sort()).toEqual(["impacts-fast_ux-churned", "impacts-usability-churned"]);
  });

  it("follows drives links down from a bet's source, each node once", () => {
    const tree = {
      ...ziraView.tree,
      nodes: [
        ...ziraView.tree.nodes,
        node("sso", "initiative", "SSO"),
        node("audit", "initiative", "Audit log"),
      ],
      links: [
        ...ziraView.tree.links,
        link("drives", "sso", "usability"),
        link("drives", "audit", "usability"),
        link("drives", "audit", "fast_ux"),
      ],
    };
    const lit = kpiHighlight(tree, "churned");
    expect([...lit.nodes].sort()).toEqual(["audit", "churned", "fast_ux", "sso", "usability"]);
    expect(lit.links.has("drives-audit-fast_ux")).toBe(true);
    expect(lit.links.has("drives-sso-usability")).toBe(true);
    // What usability drives is in front of it, not behind the bet.
    expect(lit.nodes.has("activation")).toBe(false);
    expect(lit.links.has("drives-usability-activation")).toBe(false);
  });

  it("lights only the KPI when nothing bets on it", () => {
    const lit = kpiHighlight(ziraView.tree, "price_per_seat");
    expect([...lit.nodes]).toEqual(["price_per_seat"]);
    expect(lit.links.size).toBe(0);
  });
});
