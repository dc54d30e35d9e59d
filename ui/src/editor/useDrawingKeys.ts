// The canvas's drawing keys that are not menu actions: the arrows move the
// selection along the tree (navigate.ts), and a letter typed on one selected node
// starts renaming it on its card with that letter (inlineRename.ts); letters typed
// while a rename field is coming go into it. They act only
// when the focus is on the canvas (or nowhere), never while a field has it, and
// take the arrows before React Flow would nudge the selected nodes with them.

import { useEffect, useRef } from "react";
import type { RefObject } from "react";

import type { CanvasHandle } from "../canvas/TreeCanvas";
import type { TreeView } from "../ipc/api";
import { holdingKeys } from "../inspector/typeahead";
import { startRename, takingKeys, typeKey } from "./inlineRename";
import { ARROWS, neighbour } from "./navigate";
import type { Arrow } from "./navigate";
import type { Selection } from "./selection";
import { isCanvasFocus, isTyping } from "./shortcuts";

export function useDrawingKeys(
  view: TreeView | null,
  selection: Selection,
  canvas: RefObject<CanvasHandle | null>,
): void {
  const latest = useRef({ view, selection });
  useEffect(() => {
    latest.current = { view, selection };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const { view: current, selection: selected } = latest.current;
      if (current === null || event.defaultPrevented || event.isComposing) return;
      if (isTyping(event.target) || !isCanvasFocus(event.target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey || holdingKeys()) return;
      if (takingKeys()) {
        // A rename starting (its field not focused yet) or a node awaited: the
        // letters are its name, not typing on the node still selected.
        if (event.key.length === 1) {
          event.preventDefault();
          event.stopPropagation();
          typeKey(event.key);
        }
        return;
      }
      const [only] = selected.nodes.length === 1 ? selected.nodes : [];
      if (only === undefined) return;
      if (ARROWS.has(event.key)) {
        const to = neighbour(current.tree, only, event.key as Arrow, current.direction);
        event.preventDefault();
        event.stopPropagation();
        if (to !== null) canvas.current?.select({ nodes: [to], links: [] });
        return;
      }
      if (event.key.length === 1 && event.key !== " ") {
        event.preventDefault();
        event.stopPropagation();
        startRename(only, event.key, false);
      }
    };
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [canvas]);
}
