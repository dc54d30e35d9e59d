// How far the canvas zooms, how large a fit may make a tree (shared by the fit
// when a tree opens, zoom to fit, reveal and the fit after auto-layout; where a fit
// puts the tree is room.ts), and how wide a link's click target is at a zoom.

/** The largest zoom a fit uses: a small tree is not blown up past readable size. */
export const FIT_MAX_ZOOM = 1.1;
// Low enough that zoom-to-fit shows a whole 1,000-node tree.
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 2.5;
/**
 * Below this zoom a card's text is under 3 px, a grey smudge that is the costliest
 * part of a frame to paint: the cards are drawn as plain boxes (`kt-canvas--far`).
 * A tree that fits the window at this zoom has well over a hundred nodes.
 */
export const FAR_ZOOM = 0.2;

/** A link's click target is at least this wide on screen, at any zoom. */
export const LINK_HIT_SCREEN = 12;
/** ... and at least this wide on the canvas: at 100% a link takes no more of a card's edge. */
const LINK_HIT_CANVAS = 14;

/**
 * The width (canvas units) of a link's invisible click target at `zoom`: 14 at 100%
 * and above, growing as the canvas zooms out so that it stays `LINK_HIT_SCREEN` px
 * wide on screen. It grows in steps of a quarter octave so that the links are drawn
 * again only when a step is crossed, not at every frame of a zoom.
 */
export function linkHitWidth(zoom: number): number {
  const needed = LINK_HIT_SCREEN / Math.max(zoom, MIN_ZOOM);
  if (needed <= LINK_HIT_CANVAS) return LINK_HIT_CANVAS;
  const steps = Math.ceil(4 * Math.log2(needed / LINK_HIT_CANVAS));
  return Math.ceil(LINK_HIT_CANVAS * 2 ** (steps / 4) * 100) / 100;
}

/** The background's dot grid at 100%: a dot every 22 canvas units. */
export const GRID_GAP = 22;
/** The dots are never closer than this on screen. */
const GRID_MIN_SCREEN_GAP = 11;

/**
 * How many grid cells one dot of the background stands for at `zoom`: 1 down to
 * 50%, then 2, 4, 8… as the canvas zooms out, so that the dots stay at least 11 px
 * apart on screen. React Flow's background scales its pattern with the zoom: at
 * the 2% of a fitted 500-node tree a dot every 0.4 px filled the window with
 * millions of pattern tiles, painted again at every frame of a pan.
 */
export function gridScale(zoom: number): number {
  const needed = GRID_MIN_SCREEN_GAP / (GRID_GAP * Math.max(zoom, MIN_ZOOM));
  return needed <= 1 ? 1 : 2 ** Math.ceil(Math.log2(needed));
}
