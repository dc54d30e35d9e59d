// Where the user left each tree (viewport and selection): read once when a tree
// opens, so that the canvas starts there, and written a moment after each pan,
// zoom or selection change (not at every frame of a pan).

import { useCallback, useEffect, useRef, useState } from "react";

import { api } from "../ipc/api";
import type { ViewState, Viewport } from "../ipc/api";
import type { Selection } from "./selection";

const SAVE_DELAY_MS = 400;

export interface RememberedView {
  /** `undefined` while it is being read; `null` when there is none. */
  readonly initial: ViewState | null | undefined;
  readonly viewportChanged: (viewport: Viewport) => void;
  readonly selectionChanged: (selection: Selection) => void;
}

export function useViewState(treeId: number | null): RememberedView {
  const [loaded, setLoaded] = useState<{ id: number; state: ViewState | null } | null>(null);
  const latest = useRef<ViewState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (treeId === null) return;
    let cancelled = false;
    latest.current = null;
    api.loadViewState(treeId).then(
      (state) => {
        if (cancelled) return;
        latest.current = state;
        setLoaded({ id: treeId, state });
      },
      () => {
        if (!cancelled) setLoaded({ id: treeId, state: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [treeId]);

  const save = useCallback(
    (change: Partial<ViewState>) => {
      if (treeId === null) return;
      const base: ViewState = latest.current ?? { viewport: null, nodes: [], links: [] };
      const next = { ...base, ...change };
      latest.current = next;
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        timer.current = null;
        // Forgetting where the user was is not worth an error message.
        void api.saveViewState(treeId, next).catch(() => undefined);
      }, SAVE_DELAY_MS);
    },
    [treeId],
  );

  const viewportChanged = useCallback(
    (viewport: Viewport) =>
      save({ viewport: { x: viewport.x, y: viewport.y, zoom: viewport.zoom } }),
    [save],
  );
  const selectionChanged = useCallback(
    (selection: Selection) => save({ nodes: [...selection.nodes], links: [...selection.links] }),
    [save],
  );

  const initial = loaded !== null && loaded.id === treeId ? loaded.state : undefined;
  return { initial, viewportChanged, selectionChanged };
}
