// The minimap's geometry: the tree fitted in proportion and centred, the way back
// to the canvas, and the card under a point.

import { describe, expect, it } from "vitest";

import { boundsOf, boxAt, fitMinimap, toCanvas, toMinimap } from "./map";

const cards = [
  { id: "root", x: 900, y: 0, width: 200, height: 60 },
  { id: "left", x: 0, y: 300, width: 200, height: 60 },
  { id: "right", x: 1800, y: 300, width: 200, height: 60 },
];

describe("the minimap", () => {
  const tree = boundsOf(cards);
  if (tree === null) throw new Error("no bounds");
  const fit = fitMinimap(tree, { width: 200, height: 150 });

  it("fits the whole tree inside, in proportion, centred along its short side", () => {
    expect(tree).toEqual({ x: 0, y: 0, width: 2000, height: 360 });
    const drawn = toMinimap(fit, tree);
    expect(drawn.x).toBeGreaterThanOrEqual(0);
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(200);
    expect(drawn.width / drawn.height).toBeCloseTo(2000 / 360);
    expect(drawn.y + drawn.height / 2).toBeCloseTo(75);
  });

  it("maps a point back to the canvas", () => {
    const onMap = toMinimap(fit, { x: 1000, y: 30, width: 0, height: 0 });
    const back = toCanvas(fit, onMap);
    expect(back.x).toBeCloseTo(1000);
    expect(back.y).toBeCloseTo(30);
  });

  it("finds the card under a point, with a little slack, and none between cards", () => {
    const right = toMinimap(fit, cards[2] ?? tree);
    expect(boxAt(fit, cards, { x: right.x + 1, y: right.y + 1 })?.id).toBe("right");
    expect(boxAt(fit, cards, { x: right.x - 1.5, y: right.y })?.id).toBe("right");
    const between = toMinimap(fit, { x: 500, y: 150, width: 0, height: 0 });
    expect(boxAt(fit, cards, between)).toBeNull();
    expect(boundsOf([])).toBeNull();
  });
});
