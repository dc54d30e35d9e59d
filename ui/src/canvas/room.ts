// The room a fit may use: the part of the canvas that no panel floating over it
// covers (the palette, the colour codes, the minimap, the toolbar...), and the
// viewport that shows a box of the tree as large as it can be inside that room.
// The pure part is plain geometry (tested in room.test.ts); `overlaysOver` reads
// the panels' rectangles from the page.
//
// Why a search and not fixed paddings: the panels stand in corners and along
// edges, and which edge to give up for each depends on the tree's shape (a wide
// tree gives up the left strip under the palette, a tall one the bottom corner
// under the minimap). Each panel is kept out by one side of the room (the room
// ends before it, starts after it, above or below it); every choice is tried and
// the one that shows the tree largest wins.

import type { Viewport } from "@xyflow/react";

import type { Bounds } from "./geometry";

/** A rectangle on screen, relative to the canvas's top-left corner. */
export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** Room kept between the tree and a panel, and between the tree and the canvas's edge. */
export const PANEL_GAP = 14;
export const EDGE_GAP = 24;
/** More panels than this are not searched (4^n choices): the largest are kept. */
const MAX_PANELS = 7;
/** A room narrower or lower than this is no room. */
const MIN_SIDE = 60;

const width = (rect: Rect) => rect.right - rect.left;
const height = (rect: Rect) => rect.bottom - rect.top;

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The zoom at which `bounds` fills `room`, at most `maxZoom`. */
function zoomInto(bounds: Bounds, room: Rect, maxZoom: number): number {
  const across = bounds.width > 0 ? width(room) / bounds.width : Infinity;
  const down = bounds.height > 0 ? height(room) / bounds.height : Infinity;
  return Math.min(across, down, maxZoom);
}

/**
 * The largest rectangle of a `size` canvas that keeps `PANEL_GAP` clear of every
 * panel and `edgeGap` clear of the edges, chosen for a tree of `bounds`'s shape:
 * the one in which it is shown largest (then the one with most room). The whole
 * canvas less its edges when no choice leaves room.
 */
export function freeRoom(
  size: { readonly width: number; readonly height: number },
  panels: readonly Rect[],
  bounds: Bounds,
  maxZoom: number,
  edgeGap = EDGE_GAP,
): Rect {
  const whole: Rect = {
    left: edgeGap,
    top: edgeGap,
    right: size.width - edgeGap,
    bottom: size.height - edgeGap,
  };
  const inside = panels
    .map((panel) => ({
      left: panel.left - PANEL_GAP,
      top: panel.top - PANEL_GAP,
      right: panel.right + PANEL_GAP,
      bottom: panel.bottom + PANEL_GAP,
    }))
    .filter((panel) => width(panel) > 0 && height(panel) > 0 && overlaps(panel, whole))
    .sort((a, b) => width(b) * height(b) - width(a) * height(a))
    .slice(0, MAX_PANELS);

  let best = whole;
  let bestZoom = -1;
  let bestArea = -1;
  const choices = 4 ** inside.length;
  for (let choice = 0; choice < choices; choice += 1) {
    let { left, top, right, bottom } = whole;
    let code = choice;
    for (const panel of inside) {
      const side = code % 4;
      code = Math.floor(code / 4);
      if (side === 0) left = Math.max(left, panel.right);
      else if (side === 1) right = Math.min(right, panel.left);
      else if (side === 2) top = Math.max(top, panel.bottom);
      else bottom = Math.min(bottom, panel.top);
    }
    const room = { left, top, right, bottom };
    if (width(room) < MIN_SIDE || height(room) < MIN_SIDE) continue;
    const zoom = zoomInto(bounds, room, maxZoom);
    const area = width(room) * height(room);
    if (zoom > bestZoom + 1e-9 || (Math.abs(zoom - bestZoom) <= 1e-9 && area > bestArea)) {
      best = room;
      bestZoom = zoom;
      bestArea = area;
    }
  }
  return best;
}

/** The viewport that shows `bounds` centred in `room`, as large as it fits (within the zooms). */
export function viewportInto(
  bounds: Bounds,
  room: Rect,
  minZoom: number,
  maxZoom: number,
): Viewport {
  const zoom = Math.max(minZoom, zoomInto(bounds, room, maxZoom));
  const middleX = (room.left + room.right) / 2;
  const middleY = (room.top + room.bottom) / 2;
  return {
    x: middleX - (bounds.x + bounds.width / 2) * zoom,
    y: middleY - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/**
 * The rectangles, relative to `canvas`, of what floats over it: React Flow's
 * panels inside it (the side column's panels one by one, as the column itself is
 * mostly empty), and the canvas's siblings that cover part of it (the toolbar,
 * the find box).
 */
export function overlaysOver(canvas: HTMLElement): Rect[] {
  const origin = canvas.getBoundingClientRect();
  const relative = (element: Element): Rect => {
    const box = element.getBoundingClientRect();
    return {
      left: box.left - origin.left,
      top: box.top - origin.top,
      right: box.right - origin.left,
      bottom: box.bottom - origin.top,
    };
  };
  const floating: Element[] = [];
  for (const panel of canvas.querySelectorAll(".react-flow__panel")) {
    if (panel.classList.contains("kt-side-panels")) floating.push(...panel.children);
    else floating.push(panel);
  }
  for (const sibling of canvas.parentElement?.children ?? []) {
    if (sibling !== canvas) floating.push(sibling);
  }
  const whole: Rect = { left: 0, top: 0, right: origin.width, bottom: origin.height };
  return floating
    .map(relative)
    .filter((rect) => width(rect) > 0 && height(rect) > 0 && overlaps(rect, whole));
}
