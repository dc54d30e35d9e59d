// The room a fit may use beside the panels, and the viewport into it.

import { describe, expect, it } from "vitest";

import { EDGE_GAP, freeRoom, overlaysOver, PANEL_GAP, viewportInto } from "./room";
import type { Rect } from "./room";

const CANVAS = { width: 1000, height: 700 };
/** The editor's panels: the palette column top left, the minimap bottom right. */
const COLUMN: Rect = { left: 15, top: 15, right: 195, bottom: 500 };
const MINIMAP: Rect = { left: 785, top: 535, right: 985, bottom: 685 };

function clear(room: Rect, panel: Rect): boolean {
  return (
    room.right <= panel.left ||
    room.left >= panel.right ||
    room.bottom <= panel.top ||
    room.top >= panel.bottom
  );
}

describe("freeRoom", () => {
  it("is the canvas less its edges when nothing covers it", () => {
    const room = freeRoom(CANVAS, [], { x: 0, y: 0, width: 500, height: 300 }, 1);
    expect(room).toEqual({
      left: EDGE_GAP,
      top: EDGE_GAP,
      right: 1000 - EDGE_GAP,
      bottom: 700 - EDGE_GAP,
    });
  });

  it("keeps clear of every panel, giving up the sides that cost a wide tree least", () => {
    const wide = { x: 0, y: 0, width: 2000, height: 400 };
    const room = freeRoom(CANVAS, [COLUMN, MINIMAP], wide, 1.1);
    expect(clear(room, COLUMN)).toBe(true);
    expect(clear(room, MINIMAP)).toBe(true);
    // A wide tree keeps the whole width between the column and the canvas's
    // right edge, and gives up the bottom under the minimap's top.
    expect(room.left).toBe(COLUMN.right + PANEL_GAP);
    expect(room.right).toBe(1000 - EDGE_GAP);
    expect(room.bottom).toBe(MINIMAP.top - PANEL_GAP);
  });

  it("gives a tall tree the whole height, beside the panels", () => {
    const tall = { x: 0, y: 0, width: 300, height: 3000 };
    const room = freeRoom(CANVAS, [COLUMN, MINIMAP], tall, 1.1);
    expect(room.top).toBe(EDGE_GAP);
    expect(room.bottom).toBe(700 - EDGE_GAP);
    expect(room.left).toBe(COLUMN.right + PANEL_GAP);
    expect(room.right).toBe(MINIMAP.left - PANEL_GAP);
  });

  it("ignores panels outside the canvas and falls back to the whole canvas without room", () => {
    const outside: Rect = { left: 1200, top: 0, right: 1400, bottom: 100 };
    const bounds = { x: 0, y: 0, width: 100, height: 100 };
    expect(freeRoom(CANVAS, [outside], bounds, 1).left).toBe(EDGE_GAP);
    const everything: Rect = { left: -10, top: -10, right: 1010, bottom: 710 };
    expect(freeRoom(CANVAS, [everything], bounds, 1).right).toBe(1000 - EDGE_GAP);
  });
});

describe("viewportInto", () => {
  it("centres the box in the room at the largest zoom that fits it", () => {
    const room: Rect = { left: 200, top: 100, right: 800, bottom: 400 };
    const viewport = viewportInto({ x: -100, y: 0, width: 1200, height: 300 }, room, 0.1, 2);
    expect(viewport.zoom).toBe(0.5);
    // The box's middle (500, 150) lands in the room's middle (500, 250).
    expect(viewport.x + 500 * viewport.zoom).toBe(500);
    expect(viewport.y + 150 * viewport.zoom).toBe(250);
  });

  it("keeps within the zooms allowed", () => {
    const room: Rect = { left: 0, top: 0, right: 600, bottom: 300 };
    expect(viewportInto({ x: 0, y: 0, width: 10, height: 10 }, room, 0.1, 1.1).zoom).toBe(1.1);
    expect(viewportInto({ x: 0, y: 0, width: 1e6, height: 10 }, room, 0.1, 1.1).zoom).toBe(0.1);
  });
});

describe("overlaysOver", () => {
  it("reads the side column's panels one by one and the siblings over the canvas", () => {
    const make = (id: string, parent: Element, className?: string): HTMLElement => {
      const element = document.createElement("div");
      element.id = id;
      if (className !== undefined) element.className = className;
      parent.append(element);
      return element;
    };
    const stage = make("stage", document.body);
    const canvasElement = make("canvas", stage);
    const column = make("column", canvasElement, "react-flow__panel kt-side-panels");
    make("palette", column);
    make("codes", column);
    make("minimap", canvasElement, "react-flow__panel");
    make("toolbar", stage);
    make("hidden", stage);
    const boxes: Record<string, [number, number, number, number]> = {
      canvas: [100, 50, 1100, 750],
      palette: [115, 65, 280, 300],
      codes: [115, 310, 290, 500],
      minimap: [880, 590, 1090, 740],
      toolbar: [700, 60, 1090, 100],
      hidden: [0, 0, 0, 0],
    };
    for (const [id, [left, top, right, bottom]] of Object.entries(boxes)) {
      const element = document.getElementById(id);
      if (element === null) throw new Error(id);
      element.getBoundingClientRect = () =>
        DOMRect.fromRect({ x: left, y: top, width: right - left, height: bottom - top });
    }
    const canvas = document.getElementById("canvas");
    if (canvas === null) throw new Error("canvas");
    expect(overlaysOver(canvas)).toEqual([
      { left: 15, top: 15, right: 180, bottom: 250 },
      { left: 15, top: 260, right: 190, bottom: 450 },
      { left: 780, top: 540, right: 990, bottom: 690 },
      { left: 600, top: 10, right: 990, bottom: 50 },
    ]);
  });
});
