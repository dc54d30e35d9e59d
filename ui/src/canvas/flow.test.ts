import { describe, expect, it } from "vitest";

import { faceMetrics, node, ziraView } from "../test/fixtures";
import { crossSides, exitSide, linkId, nodeIssues, toFlow } from "./flow";

describe("toFlow", () => {
  const flow = toFlow(ziraView);

  it("makes one canvas node per tree node, typed by kind", () => {
    expect(flow.nodes.map((n) => n.id)).toEqual(ziraView.tree.nodes.map((n) => n.id));
    expect(flow.nodes.find((n) => n.id === "arr")?.type).toBe("north_star");
    expect(flow.nodes.find((n) => n.id === "arr")?.position).toEqual({ x: 0, y: 0 });
  });

  it("shows the computed value and the status against target", () => {
    const arr = flow.nodes.find((n) => n.id === "arr")?.data;
    expect(arr).toMatchObject({ value: 1_200_000, computed: true, status: "off_track" });
    const churned = flow.nodes.find((n) => n.id === "churned")?.data;
    expect(churned).toMatchObject({ value: 45, computed: false, status: "off_track" });
    const activation = flow.nodes.find((n) => n.id === "activation")?.data;
    expect(activation?.status).toBe("at_risk");
    const usability = flow.nodes.find((n) => n.id === "usability")?.data;
    expect(usability).toMatchObject({ value: null, status: null });
  });

  it("leaves out what collapsed branches hide, and gives each branch its fold", () => {
    const folded = toFlow({
      ...ziraView,
      collapsed: ["net_new_customers"],
      hidden: ["churned", "activation", "usability"],
      hidden_below: { net_new_customers: 3 },
    });
    const ids = folded.nodes.map((n) => n.id);
    expect(ids).not.toContain("churned");
    expect(ids).not.toContain("usability");
    expect(ids).toContain("fast_ux");
    // No link reaches a hidden card.
    expect(folded.edges.every((e) => !["churned", "usability"].includes(e.target))).toBe(true);
    const fold = (id: string) => folded.nodes.find((n) => n.id === id)?.data.fold;
    expect(fold("net_new_customers")).toEqual({ collapsed: true, hidden: 3, side: "bottom" });
    expect(fold("arr")).toEqual({ collapsed: false, hidden: 0, side: "bottom" });
    expect(fold("price_per_seat")).toBeNull();
  });

  it("puts a fold on the edge the branch leaves from", () => {
    const sideways = toFlow({ ...ziraView, direction: "left_right" });
    const fold = sideways.nodes.find((n) => n.id === "arr")?.data.fold;
    expect(fold?.side).toBe("right");
  });

  it("places a node without a position by its level", () => {
    const aov = flow.nodes.find((n) => n.id === "aov");
    expect(aov?.position.x).toBeGreaterThan(300);
  });

  it("draws each link from its `to` end (above) to its `from` end", () => {
    const drives = flow.edges.find((e) => e.id === "drives-net_new_customers-arr");
    expect(drives).toMatchObject({
      type: "drives",
      source: "arr",
      target: "net_new_customers",
      sourceHandle: "s-bottom",
      targetHandle: "t-top",
    });
    expect(drives?.markerStart).toBeDefined();
  });

  it("colours impacts links as the core codes them, and sizes them by strength", () => {
    const strong = flow.edges.find((e) => e.id === "impacts-fast_ux-churned")?.data;
    expect(strong).toMatchObject({ color: "#e63946", width: 3 });
    // No colour of its own: churned's colour code, which the core sends.
    const weak = flow.edges.find((e) => e.id === "impacts-usability-churned")?.data;
    expect(weak).toMatchObject({ color: "#e63946", width: 1 });
    const guards = flow.edges.find((e) => e.id === "guards-aov-price_per_seat")?.data;
    expect(guards?.color).toBe("#6a040f");
  });

  it("skips a dangling link", () => {
    const view = {
      ...ziraView,
      tree: {
        ...ziraView.tree,
        links: [
          {
            from: "ghost",
            to: "arr",
            kind: "drives" as const,
            color: null,
            strength: null,
            note: null,
          },
        ],
      },
    };
    expect(toFlow(view).edges).toEqual([]);
  });
});

describe("toFlow with faces", () => {
  const flow = toFlow(ziraView, faceMetrics);

  it("sizes each node as its face, centred on its position", () => {
    const arr = flow.nodes.find((n) => n.id === "arr");
    expect(arr).toMatchObject({ width: 260, height: 140, position: { x: 0, y: 0 } });
    expect(arr?.data.face?.nameLines).toEqual(["Annual recurring", "revenue"]);
    const fast = flow.nodes.find((n) => n.id === "fast_ux");
    expect(fast).toMatchObject({ width: 220, height: 58 });
  });

  it("draws self-sized cards before the face metrics have arrived", () => {
    const unmeasured = toFlow(ziraView);
    const arr = unmeasured.nodes.find((n) => n.id === "arr");
    expect(arr?.data.face).toBeNull();
    expect(arr?.width).toBeUndefined();
    expect(unmeasured.edges.every((e) => e.data?.route === null)).toBe(true);
  });

  it("gives a drives link the core's route from its `to` end, with the centres it fits", () => {
    const edge = flow.edges.find((e) => e.id === "drives-net_new_customers-arr");
    expect(edge?.data?.route).toEqual({
      points: [
        { x: 0, y: 70 },
        { x: 0, y: 108 },
        { x: -300, y: 108 },
        { x: -300, y: 146 },
      ],
      source: { x: 0, y: 0 },
      target: { x: -300, y: 200 },
    });
  });

  it("drops a route that does not fit the boxes, and never routes cross-links", () => {
    const moved = {
      ...ziraView,
      tree: {
        ...ziraView.tree,
        nodes: ziraView.tree.nodes.map((n) =>
          n.id === "arr" ? { ...n, position: { x: 0, y: -400 } } : n,
        ),
      },
    };
    const edge = toFlow(moved, faceMetrics).edges.find(
      (e) => e.id === "drives-net_new_customers-arr",
    );
    expect(edge?.data?.route).toBeNull();
    const impacts = flow.edges.find((e) => e.id === "impacts-fast_ux-churned");
    expect(impacts?.data?.route).toBeNull();
  });

  it("sends cross-links out of the sides", () => {
    const impacts = flow.edges.find((e) => e.id === "impacts-usability-churned");
    expect(impacts).toMatchObject({ sourceHandle: "s-left", targetHandle: "t-right" });
    const above = flow.edges.find((e) => e.id === "impacts-fast_ux-churned");
    expect(above).toMatchObject({ sourceHandle: "s-right", targetHandle: "t-right" });
  });
});

describe("crossSides", () => {
  it("takes the facing sides, or both right sides when one node is above the other", () => {
    expect(crossSides({ x: 0, y: 0 }, { x: 400, y: 300 })).toEqual(["right", "left"]);
    expect(crossSides({ x: 0, y: 0 }, { x: -400, y: 300 })).toEqual(["left", "right"]);
    expect(crossSides({ x: 0, y: 0 }, { x: 40, y: 300 })).toEqual(["right", "right"]);
  });
});

describe("nodeIssues", () => {
  it("collects node problems and value errors, errors first, without repeats", () => {
    const view = {
      ...ziraView,
      tree: { ...ziraView.tree, nodes: [node("x", "business_kpi", "X")] },
      values: { x: { value: null, computed: false, error: "cannot compute: y has no value" } },
      problems: [
        {
          severity: "warning" as const,
          category: "structure" as const,
          subject: { type: "node" as const, id: "x" },
          message: "x drives nothing",
        },
        {
          severity: "error" as const,
          category: "formula" as const,
          subject: { type: "node" as const, id: "x" },
          message: "cannot compute: y has no value",
        },
        {
          severity: "error" as const,
          category: "structure" as const,
          subject: { type: "tree" as const },
          message: "tree-wide",
        },
      ],
    };
    expect(nodeIssues(view).get("x")).toEqual([
      { severity: "error", message: "cannot compute: y has no value" },
      { severity: "warning", message: "x drives nothing" },
    ]);
  });
});

describe("exitSide", () => {
  it("leaves a parent by its bottom, a lower node by its top, a neighbour by its side", () => {
    expect(exitSide({ x: 0, y: 0 }, { x: 50, y: 200 })).toBe("bottom");
    expect(exitSide({ x: 0, y: 200 }, { x: 0, y: 0 })).toBe("top");
    expect(exitSide({ x: 0, y: 0 }, { x: 300, y: 10 })).toBe("right");
    expect(exitSide({ x: 0, y: 0 }, { x: -300, y: -10 })).toBe("left");
  });
});

describe("linkId", () => {
  it("is KIND-FROM-TO", () => {
    expect(linkId({ kind: "impacts", from: "fast_ux", to: "churned" })).toBe(
      "impacts-fast_ux-churned",
    );
  });
});
