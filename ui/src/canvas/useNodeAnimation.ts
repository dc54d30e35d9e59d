// The canvas's animation: nodes glide from where they stand to where a new view
// puts them (after undo, redo and auto-layout), and after auto-layout the view
// glides to fit the tree. The pure steps are animation.ts; this hook drives them
// with requestAnimationFrame.
//
// Invariants: at most one animation runs (a new one, or `cancel`, stops the one
// before, and unmounting stops it); `animating` is true exactly while one runs, so
// that nodes cannot be dragged away from under it; without motion (the user prefers
// less, or no animation frames) the nodes are put in place at once.

import { useReactFlow } from "@xyflow/react";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Dispatch, RefObject, SetStateAction } from "react";

import { ANIMATION_MS, anyMoved, easeInOut, positionsAt, prefersReducedMotion } from "./animation";
import type { KpiFlowNode, LinkFlowEdge } from "./flow";
import { boundsAt, placedAt, positionsOf } from "./geometry";
import { keepCanvasState } from "./items";
import type { LatestCanvas } from "./useLatest";
import type { RoomFit } from "./useRoomFit";
import { FIT_MAX_ZOOM } from "./zoom";

export interface NodeAnimation {
  /** Whether nodes are gliding now. */
  readonly animating: boolean;
  /**
   * Glides every node from where it stands to its place in `target` (and the view
   * to fit them when `fit`), then calls `done` (not when another animation takes
   * over).
   */
  readonly animateTo: (target: KpiFlowNode[], fit: boolean, done: () => void) => void;
  /** Stops the animation running, if any, where it is. */
  readonly cancel: () => void;
}

export function useNodeAnimation(
  latest: RefObject<LatestCanvas>,
  setNodes: Dispatch<SetStateAction<KpiFlowNode[]>>,
  room: RoomFit,
): NodeAnimation {
  const [animating, setAnimating] = useState(false);
  const { setViewport } = useReactFlow<KpiFlowNode, LinkFlowEdge>();
  const { viewportFor } = room;

  const frame = useRef<number | null>(null);
  const stopAnimation = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
  }, []);
  useEffect(() => stopAnimation, [stopAnimation]);

  const animateTo = useCallback(
    (target: KpiFlowNode[], fit: boolean, done: () => void) => {
      stopAnimation();
      const from = positionsOf(latest.current.nodes);
      const to = positionsOf(target);
      const still = prefersReducedMotion() || typeof requestAnimationFrame !== "function";
      if (fit) {
        const bounds = boundsAt(target, to);
        const viewport = bounds === null ? null : viewportFor(bounds, FIT_MAX_ZOOM);
        if (viewport !== null) {
          void setViewport(viewport, {
            duration: still ? 0 : ANIMATION_MS,
            ease: easeInOut,
            interpolate: "linear",
          });
        }
      }
      if (still || !anyMoved(from, to)) {
        setNodes((current) => keepCanvasState(current, target));
        setAnimating(false);
        done();
        return;
      }
      setNodes((current) => placedAt(keepCanvasState(current, target), from));
      setAnimating(true);
      let start: number | null = null;
      const step = (now: number) => {
        start ??= now;
        const elapsed = now - start;
        setNodes((current) => placedAt(current, positionsAt(from, to, elapsed)));
        if (elapsed >= ANIMATION_MS) {
          frame.current = null;
          setAnimating(false);
          done();
        } else {
          frame.current = requestAnimationFrame(step);
        }
      };
      frame.current = requestAnimationFrame(step);
    },
    [latest, setNodes, setViewport, stopAnimation, viewportFor],
  );

  const cancel = useCallback(() => {
    stopAnimation();
    setAnimating(false);
  }, [stopAnimation]);

  return { animating, animateTo, cancel };
}
