// The minimap's geometry, pure: the tree's bounds fitted into the minimap's box,
// and the way back from a point on the minimap to the canvas.
//
// Invariant: the scale depends on the nodes alone (not on the viewport, as React
// Flow's own minimap does), so the nodes' bitmap is painted once per change of the
// tree and a pan only moves the viewport's frame over it.

import type { Position } from "../../ipc/api";

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How canvas units map onto the minimap: minimap = (canvas − origin) × scale + offset. */
export interface MinimapFit {
  readonly scale: number;
  readonly originX: number;
  readonly originY: number;
  /** Centres the tree in the minimap along the axis it does not fill. */
  readonly offsetX: number;
  readonly offsetY: number;
}

/** Room kept around the tree inside the minimap, in minimap pixels. */
const PAD = 8;

/** The smallest rectangle holding every box; `null` for none. */
export function boundsOf(boxes: readonly Rect[]): Rect | null {
  if (boxes.length === 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const box of boxes) {
    minX = Math.min(minX, box.x);
    minY = Math.min(minY, box.y);
    maxX = Math.max(maxX, box.x + box.width);
    maxY = Math.max(maxY, box.y + box.height);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** `tree` fitted into a minimap of `size`, kept in proportion and centred. */
export function fitMinimap(tree: Rect, size: { width: number; height: number }): MinimapFit {
  const room = {
    width: Math.max(size.width - 2 * PAD, 1),
    height: Math.max(size.height - 2 * PAD, 1),
  };
  const scale = Math.min(
    room.width / Math.max(tree.width, 1),
    room.height / Math.max(tree.height, 1),
  );
  return {
    scale,
    originX: tree.x,
    originY: tree.y,
    offsetX: PAD + (room.width - tree.width * scale) / 2,
    offsetY: PAD + (room.height - tree.height * scale) / 2,
  };
}

/** A canvas rectangle on the minimap. */
export function toMinimap(fit: MinimapFit, rect: Rect): Rect {
  return {
    x: (rect.x - fit.originX) * fit.scale + fit.offsetX,
    y: (rect.y - fit.originY) * fit.scale + fit.offsetY,
    width: rect.width * fit.scale,
    height: rect.height * fit.scale,
  };
}

/** The canvas point under a point of the minimap. */
export function toCanvas(fit: MinimapFit, point: Position): Position {
  return {
    x: (point.x - fit.offsetX) / fit.scale + fit.originX,
    y: (point.y - fit.offsetY) / fit.scale + fit.originY,
  };
}

/**
 * The box under a minimap point (the last drawn, so the topmost), with a few
 * pixels of slack: on a minimap a card is a few pixels wide.
 */
export function boxAt<T extends Rect>(
  fit: MinimapFit,
  boxes: readonly T[],
  point: Position,
): T | null {
  const slack = 2;
  for (let index = boxes.length - 1; index >= 0; index -= 1) {
    const box = boxes[index];
    if (box === undefined) continue;
    const drawn = toMinimap(fit, box);
    if (
      point.x >= drawn.x - slack &&
      point.x <= drawn.x + drawn.width + slack &&
      point.y >= drawn.y - slack &&
      point.y <= drawn.y + drawn.height + slack
    ) {
      return box;
    }
  }
  return null;
}
