// How far the canvas zooms and how it fits a tree into the window: shared by the
// canvas's props, its handle (zoom to fit, reveal) and the fit after auto-layout,
// so that every fit leaves the same room around the tree.

import type { FitViewOptions } from "@xyflow/react";

/**
 * Room around a fitted tree: more at the top, where the toolbar floats, and on the
 * left, where the palette and the legend float.
 */
const FIT_PADDING: NonNullable<FitViewOptions["padding"]> = {
  top: "64px",
  right: "40px",
  bottom: "40px",
  left: "190px",
};
export const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1.1 };
// Low enough that zoom-to-fit shows a whole 1,000-node tree.
export const MIN_ZOOM = 0.02;
export const MAX_ZOOM = 2.5;
/**
 * Below this zoom a card's text is under 3 px, a grey smudge that is the costliest
 * part of a frame to paint: the cards are drawn as plain boxes (`kt-canvas--far`).
 * A tree that fits the window at this zoom has well over a hundred nodes.
 */
export const FAR_ZOOM = 0.2;
