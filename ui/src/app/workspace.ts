// The window's state: the store's trees, which one is selected, the open tree and
// the last error. A reducer of plain actions, so that it can be tested without a
// window and the editor can grow new actions beside these.

import type { AppError, Startup, TreeSummary, TreeView } from "../ipc/api";

export interface WorkspaceState {
  /** Whether `startup` has answered, and how. */
  readonly phase: "starting" | "ready" | "failed";
  /** `null` until `startup` has answered. */
  readonly storePath: string | null;
  readonly trees: readonly TreeSummary[] | null;
  readonly selectedId: number | null;
  /** The open tree: the selected one, or the previous one while that loads. */
  readonly view: TreeView | null;
  /** Whether the selected tree is being loaded. */
  readonly loading: boolean;
  readonly error: AppError | null;
}

export type WorkspaceAction =
  | { readonly type: "started"; readonly startup: Startup }
  | { readonly type: "startFailed"; readonly error: AppError }
  | { readonly type: "treeRequested"; readonly id: number }
  | { readonly type: "treeOpened"; readonly view: TreeView }
  | { readonly type: "treeFailed"; readonly id: number; readonly error: AppError }
  | { readonly type: "errorDismissed" };

export const initialWorkspace: WorkspaceState = {
  phase: "starting",
  storePath: null,
  trees: null,
  selectedId: null,
  view: null,
  loading: false,
  error: null,
};

/** The tree to open at start: the last one when it still exists, else the first. */
export function initialTreeId(startup: Startup): number | null {
  const last = startup.last_tree_id;
  if (last !== null && startup.trees.some((tree) => tree.id === last)) return last;
  return startup.trees[0]?.id ?? null;
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case "started":
      return {
        ...state,
        phase: "ready",
        storePath: action.startup.store_path,
        trees: action.startup.trees,
      };
    case "startFailed":
      return { ...state, phase: "failed", error: action.error };
    case "treeRequested":
      // The current tree stays on screen (dimmed) until the next one arrives.
      return { ...state, selectedId: action.id, loading: true };
    case "treeOpened":
      // An answer for a tree that is no longer selected is stale.
      if (action.view.id !== state.selectedId) return state;
      return { ...state, view: action.view, loading: false, error: null };
    case "treeFailed":
      if (action.id !== state.selectedId) return state;
      return { ...state, view: null, loading: false, error: action.error };
    case "errorDismissed":
      return { ...state, error: null };
  }
}
