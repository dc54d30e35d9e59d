// Runs the workspace: asks the Rust side for the store at start, opens the tree
// that was open last, and opens whichever tree the user picks.

import { useCallback, useEffect, useReducer } from "react";

import { api, toKpitreeError } from "../ipc/api";
import { initialTreeId, initialWorkspace, workspaceReducer } from "./workspace";
import type { WorkspaceState } from "./workspace";

export interface Workspace {
  readonly state: WorkspaceState;
  readonly openTree: (id: number) => void;
  readonly dismissError: () => void;
}

export function useWorkspace(): Workspace {
  const [state, dispatch] = useReducer(workspaceReducer, initialWorkspace);

  const openTree = useCallback((id: number) => {
    dispatch({ type: "treeRequested", id });
    api.openTree(id).then(
      (view) => dispatch({ type: "treeOpened", view }),
      (error: unknown) =>
        dispatch({ type: "treeFailed", id, error: toKpitreeError(error).toAppError() }),
    );
  }, []);

  useEffect(() => {
    let cancelled = false;
    api.startup().then(
      (startup) => {
        if (cancelled) return;
        dispatch({ type: "started", startup });
        const id = initialTreeId(startup);
        if (id !== null) openTree(id);
      },
      (error: unknown) => {
        if (!cancelled)
          dispatch({ type: "startFailed", error: toKpitreeError(error).toAppError() });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [openTree]);

  const dismissError = useCallback(() => dispatch({ type: "errorDismissed" }), []);

  return { state, openTree, dismissError };
}
