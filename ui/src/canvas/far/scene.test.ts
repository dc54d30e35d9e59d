// The far layer's scene: boxes where the cards stand, links on their routes or
// straight while a card moves, and names placed upper levels first, never
// overlapping, never under the smallest readable size.

import { describe, expect, it } from "vitest";

import { faceMetrics, ziraView as sample } from "../../test/fixtures";
import { toFlow } from "../flow";
import {
  LABEL_MIN_PX,
  centres,
  farBoxes,
  farFrame,
  farLinks,
  labelCandidates,
  labelText,
  placeLabels,
} from "./scene";
import type { FarBox } from "./scene";

const flow = toFlow(sample, faceMetrics);

/** A text's width: 6 px a character at 11 px. */
const measure = (text: string, px: number) => (text.length * px * 6) / 11;

function box(id: string, x: number, y: number, level: number, name = id): FarBox {
  return {
    id,
    x,
    y,
    width: 200,
    height: 60,
    color: "#000",
    tint: "#fff",
    name,
    level,
    selected: false,
    dimmed: false,
    mark: null,
    heat: null,
    collapsed: null,
  };
}

describe("farBoxes", () => {
  it("puts each box around its card's centre, with the card's size and colours", () => {
    const boxes = farBoxes(flow.nodes, sample.levels);
    const node = flow.nodes[0];
    const first = boxes[0];
    if (node === undefined || first === undefined) throw new Error("no nodes");
    expect(first.id).toBe(node.id);
    expect(first.x + first.width / 2).toBeCloseTo(node.position.x);
    expect(first.y + first.height / 2).toBeCloseTo(node.position.y);
    expect(first.color).toBe(node.data.color);
    expect(first.level).toBe(sample.levels[node.id]);
  });

  it("keeps a box while its node stays the same, whatever else asks for boxes", () => {
    const first = farBoxes(flow.nodes, sample.levels);
    farBoxes(flow.nodes, {});
    const again = farBoxes(flow.nodes, sample.levels);
    expect(again.every((box, index) => box === first[index])).toBe(true);
  });
});

describe("farLinks", () => {
  it("follows the core's route, and runs straight once an end has moved", () => {
    const routed = flow.edges.find((edge) => edge.data?.route !== null);
    expect(routed).toBeDefined();
    if (routed === undefined) return;
    const [link] = farLinks([routed], centres(farBoxes(flow.nodes, {})));
    expect(link?.points).toEqual(routed.data?.route?.points);

    const moved = flow.nodes.map((node) =>
      node.id === routed.source
        ? { ...node, position: { x: node.position.x + 500, y: node.position.y } }
        : node,
    );
    const [straight] = farLinks([routed], centres(farBoxes(moved, {})));
    expect(straight?.points).toHaveLength(2);
    expect(straight?.points[0]?.x).toBeCloseTo(
      moved.find((node) => node.id === routed.source)?.position.x ?? 0,
    );
  });
});

describe("farFrame", () => {
  const pane = { width: 1280, height: 800 };
  const tree = [box("a", 0, 0, 0), box("b", 4800, 2940, 1)];

  it("holds the whole tree, with room for names, when it is small enough at this zoom", () => {
    const frame = farFrame(tree, 0.1, pane);
    expect(frame.whole).toBe(true);
    if (!frame.whole) return;
    expect(frame.width).toBeGreaterThanOrEqual(500);
    expect(frame.left).toBeLessThan(0);
    expect(frame.left + frame.width).toBeGreaterThan(500);
    expect(frame.top + frame.height).toBeGreaterThan(300);
  });

  it("is the pane when the tree is too large at this zoom", () => {
    expect(farFrame(tree, 1.5, pane)).toEqual({ whole: false, ...pane });
    expect(farFrame([], 0.1, pane)).toEqual({ whole: false, ...pane });
  });
});

describe("placeLabels", () => {
  const view = { width: 1280, height: 800 };

  it("names the upper levels first and never lets two names overlap", () => {
    // Two level-2 cards side by side, too close for both names at 10% zoom.
    const boxes = [
      box("b", 0, 1000, 2, "New customers acquired"),
      box("a", 400, 0, 0, "ARR"),
      box("c", 300, 1000, 2, "Customers churned"),
    ];
    const labels = placeLabels(
      labelCandidates(boxes),
      { x: 100, y: 100, zoom: 0.1 },
      view,
      measure,
    );
    expect(labels.map((label) => label.id)).toEqual(["a", "b"]);
    expect(labels.every((label) => label.px >= LABEL_MIN_PX)).toBe(true);
    for (const [i, one] of labels.entries()) {
      for (const other of labels.slice(i + 1)) {
        const apart =
          Math.abs(one.x - other.x) * 2 >= one.width + other.width ||
          Math.abs(one.y - other.y) * 2 >= one.height + other.height;
        expect(apart).toBe(true);
      }
    }
  });

  it("leaves out what is out of view, dimmed, or has no name", () => {
    const boxes = [
      box("far-away", 100_000, 0, 1),
      { ...box("dim", 0, 0, 1), dimmed: true },
      box("blank", 2000, 0, 1, "  "),
      box("seen", 4000, 0, 1),
    ];
    const labels = placeLabels(labelCandidates(boxes), { x: 0, y: 100, zoom: 0.1 }, view, measure);
    expect(labels.map((label) => label.id)).toEqual(["seen"]);
  });

  it("writes a name below the top three levels only where it fits on its card", () => {
    const boxes = [box("long", 0, 0, 3, "Weekly active teams"), box("short", 3000, 0, 3, "ARR")];
    const labels = placeLabels(labelCandidates(boxes), { x: 0, y: 100, zoom: 0.19 }, view, measure);
    expect(labels.map((label) => label.id)).toEqual(["short"]);
  });

  it("cuts a long name with an ellipsis", () => {
    expect(labelText("Customer satisfaction with the onboarding experience")).toMatch(/…$/);
    expect(labelText("  ARR  ")).toBe("ARR");
  });
});
