// What the canvas's effects and handlers read of its latest render: the nodes as
// they stand on the canvas, the flow the view gave, and the view. A ref, so that a
// handler made once (a drag's end, a link drawn) reads what is shown when it runs,
// not what was shown when it was made.
//
// Invariant: updated in a layout effect, so after every render and before any
// effect or event of the next frame reads it.

import { useLayoutEffect, useRef } from "react";
import type { RefObject } from "react";

import type { TreeView } from "../ipc/api";
import type { Flow, KpiFlowNode } from "./flow";

export interface LatestCanvas {
  /** The nodes as they stand on the canvas (dragged, animated, selected). */
  readonly nodes: KpiFlowNode[];
  /** The nodes and links as the view has them. */
  readonly flow: Flow;
  readonly view: TreeView;
}

export function useLatest(latest: LatestCanvas): RefObject<LatestCanvas> {
  const ref = useRef(latest);
  useLayoutEffect(() => {
    ref.current = latest;
  });
  return ref;
}
