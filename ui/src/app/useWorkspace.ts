// Runs the workspace: asks the Rust side for the store at start, opens the tree
// that was open last, opens whichever tree the user picks, and sends the editor's
// commands (edits, undo, redo, auto-layout) for the tree on screen.
//
// Commands run one after the other, in the order the user gave them, so that an
// undo pressed during a drag's save applies to that save. Each answer is the whole
// tree as it is now; a refusal shows in the error banner and changes nothing.

import { useCallback, useEffect, useReducer, useRef } from "react";

import { api, toKpitreeError } from "../ipc/api";
import type { Edit, LayoutDirection, TreeView } from "../ipc/api";
import { editableTreeId, initialTreeId, initialWorkspace, workspaceReducer } from "./workspace";
import type { ViewChange, WorkspaceState } from "./workspace";

export interface Workspace {
  readonly state: WorkspaceState;
  readonly openTree: (id: number) => void;
  readonly dismissError: () => void;
  /** Performs `edit` on the open tree; resolves to whether the Rust side took it. */
  readonly performEdit: (edit: Edit) => Promise<boolean>;
  readonly undo: () => Promise<boolean>;
  readonly redo: () => Promise<boolean>;
  readonly autoLayout: (direction: LayoutDirection) => Promise<boolean>;
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

  // The tree commands apply to: the one on screen when the user gave them.
  const treeId = useRef<number | null>(null);
  useEffect(() => {
    treeId.current = editableTreeId(state);
  });

  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const run = useCallback(
    (command: (id: number) => Promise<TreeView>, change: ViewChange): Promise<boolean> => {
      const id = treeId.current;
      if (id === null) return Promise.resolve(false);
      const done = queue.current.then(() =>
        command(id).then(
          (view) => {
            dispatch({ type: "treeChanged", view, change });
            return true;
          },
          (error: unknown) => {
            dispatch({ type: "editFailed", id, error: toKpitreeError(error).toAppError() });
            return false;
          },
        ),
      );
      queue.current = done;
      return done;
    },
    [],
  );

  const performEdit = useCallback(
    (edit: Edit) => run((id) => api.performEdit(id, edit), "edit"),
    [run],
  );
  const undo = useCallback(() => run((id) => api.undo(id), "history"), [run]);
  const redo = useCallback(() => run((id) => api.redo(id), "history"), [run]);
  const autoLayout = useCallback(
    (direction: LayoutDirection) => run((id) => api.autoLayout(id, direction), "layout"),
    [run],
  );

  return { state, openTree, dismissError, performEdit, undo, redo, autoLayout };
}
