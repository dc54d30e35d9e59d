// Nodes glide from where they are to where a new view puts them (after
// auto-layout, undo and redo), so that the eye can follow what changed. Pure
// functions of the elapsed time; the canvas drives them with
// requestAnimationFrame and skips them when the user prefers reduced motion.

import type { Position } from "../ipc/api";

/** How long nodes take to reach their new places. */
export const ANIMATION_MS = 350;

/** Cubic ease-in-out: slow start, fast middle, slow end; 0 → 0 and 1 → 1. */
export function easeInOut(t: number): number {
  const clamped = Math.min(1, Math.max(0, t));
  return clamped < 0.5 ? 4 * clamped ** 3 : 1 - (-2 * clamped + 2) ** 3 / 2;
}

/** The point a fraction `t` (already eased) of the way from `from` to `to`. */
export function lerp(from: Position, to: Position, t: number): Position {
  return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/**
 * Where each node of `to` is `elapsed` ms into the animation: eased between its
 * place in `from` and its place in `to`; at its place in `to` when it has none in
 * `from` (a node the change added), and exactly there once the time is up.
 */
export function positionsAt(
  from: ReadonlyMap<string, Position>,
  to: ReadonlyMap<string, Position>,
  elapsed: number,
  duration: number = ANIMATION_MS,
): Map<string, Position> {
  const done = duration <= 0 || elapsed >= duration;
  const t = done ? 1 : easeInOut(elapsed / duration);
  const at = new Map<string, Position>();
  for (const [id, end] of to) {
    const start = from.get(id);
    at.set(id, done || start === undefined ? end : lerp(start, end, t));
  }
  return at;
}

/** Whether any node of `to` stands somewhere else in `from`. */
export function anyMoved(
  from: ReadonlyMap<string, Position>,
  to: ReadonlyMap<string, Position>,
): boolean {
  for (const [id, end] of to) {
    const start = from.get(id);
    if (start !== undefined && (start.x !== end.x || start.y !== end.y)) return true;
  }
  return false;
}

/** Whether the user asked the system for less motion. */
export function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === "function" &&
    window.matchMedia("(prefers-reduced-motion: reduce)").matches
  );
}
