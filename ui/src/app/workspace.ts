// The window's state: the store's trees, which one is selected, the open tree and
// the last error. A reducer of plain actions, so that it can be tested without a
// window and the editor can grow new actions beside these.
//
// Every change to a tree comes back from the Rust side as a whole new view; the
// reducer keeps it with what brought it (`change`), so that the canvas knows
// whether to animate to it. A command that fails changes nothing but the error.

import type { AppError, FaceMetrics, Startup, TreeSummary, TreeView } from "../ipc/api";

/**
 * What brought the current view: opening the tree, an edit made on the canvas (a
 * drag: already on screen), undo or redo, or an auto-layout.
 */
export type ViewChange = "open" | "edit" | "history" | "layout";

export interface WorkspaceState {
  /** Whether `startup` has answered, and how. */
  readonly phase: "starting" | "ready" | "failed";
  /** `null` until `startup` has answered. */
  readonly storePath: string | null;
  readonly trees: readonly TreeSummary[] | null;
  readonly selectedId: number | null;
  /** The core's face metrics; `null` until started, or from a core without faces. */
  readonly faceMetrics: FaceMetrics | null;
  /** The open tree: the selected one, or the previous one while that loads. */
  readonly view: TreeView | null;
  readonly change: ViewChange;
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
  | { readonly type: "treeChanged"; readonly view: TreeView; readonly change: ViewChange }
  | { readonly type: "editFailed"; readonly id: number; readonly error: AppError }
  | { readonly type: "errorDismissed" };

export const initialWorkspace: WorkspaceState = {
  phase: "starting",
  storePath: null,
  trees: null,
  selectedId: null,
  faceMetrics: null,
  view: null,
  change: "open",
  loading: false,
  error: null,
};

/** The startup's face metrics; an older core sends none. */
function metricsOf(startup: Startup): FaceMetrics | null {
  const metrics: Startup["face_metrics"] | undefined = startup.face_metrics;
  return metrics ?? null;
}

/** The tree to open at start: the last one when it still exists, else the first. */
export function initialTreeId(startup: Startup): number | null {
  const last = startup.last_tree_id;
  if (last !== null && startup.trees.some((tree) => tree.id === last)) return last;
  return startup.trees[0]?.id ?? null;
}

/** The id of the tree the editor may change: the one on screen, once it has loaded. */
export function editableTreeId(state: WorkspaceState): number | null {
  const view = state.view;
  if (view === null || state.loading || view.id !== state.selectedId) return null;
  return view.id;
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case "started":
      return {
        ...state,
        phase: "ready",
        storePath: action.startup.store_path,
        trees: action.startup.trees,
        faceMetrics: metricsOf(action.startup),
      };
    case "startFailed":
      return { ...state, phase: "failed", error: action.error };
    case "treeRequested":
      // The current tree stays on screen (dimmed) until the next one arrives.
      return { ...state, selectedId: action.id, loading: true };
    case "treeOpened":
      // An answer for a tree that is no longer selected is stale.
      if (action.view.id !== state.selectedId) return state;
      return { ...state, view: action.view, change: "open", loading: false, error: null };
    case "treeFailed":
      if (action.id !== state.selectedId) return state;
      return { ...state, view: null, loading: false, error: action.error };
    case "treeChanged":
      // An answer about a tree that is no longer on screen changes nothing.
      if (action.view.id !== state.selectedId || state.view?.id !== action.view.id) return state;
      return { ...state, view: action.view, change: action.change };
    case "editFailed":
      if (action.id !== state.selectedId) return state;
      return { ...state, error: action.error };
    case "errorDismissed":
      return { ...state, error: null };
  }
}
