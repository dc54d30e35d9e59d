// The window's state: the store's trees, which one is selected, the open tree, the
// last error and the last notice. A reducer of plain actions, so that it can be
// tested without a window and the editor can grow new actions beside these.
//
// Every change to a tree comes back from the Rust side as a whole new view; the
// reducer keeps it with what brought it (`change`), so that the canvas knows
// whether to animate to it, and keeps the tree's line in the list in step with it.
// A command that fails changes nothing but the error.

import type {
  AppError,
  FaceMetrics,
  SnapshotSummary,
  Startup,
  TreeSummary,
  TreeView,
} from "../ipc/api";

/**
 * What brought the current view: opening the tree, an edit made on the canvas (a
 * drag: already on screen), undo or redo, an auto-layout, or a change made to the
 * store elsewhere (another window, the command line).
 */
export type ViewChange = "open" | "edit" | "history" | "layout" | "outside";

/**
 * What a notice's button does: plain data (the kind and the tree it concerns),
 * not a closure, so that the state stays serialisable. `useWorkspace` runs it.
 */
export interface NoticeAction {
  readonly kind: "restoreTree";
  readonly treeId: number;
  readonly label: string;
}

/** A transient message at the bottom of the window, with at most one action. */
export interface Notice {
  /** Tells one notice from the next (a new notice restarts the timer). */
  readonly key: number;
  readonly message: string;
  readonly action: NoticeAction | null;
}

export interface WorkspaceState {
  /** Whether `startup` has answered, and how. */
  readonly phase: "starting" | "ready" | "failed";
  /** `null` until `startup` has answered. */
  readonly storePath: string | null;
  /** Whether the store opened read-only (every change is refused). */
  readonly readOnly: boolean;
  /** kpitree's version (Help → About); `null` until started. */
  readonly version: string | null;
  readonly trees: readonly TreeSummary[] | null;
  readonly selectedId: number | null;
  /** The core's face metrics; `null` until started. */
  readonly faceMetrics: FaceMetrics | null;
  /** The open tree: the selected one, or the previous one while that loads. */
  readonly view: TreeView | null;
  readonly change: ViewChange;
  /** Whether the selected tree is being loaded. */
  readonly loading: boolean;
  readonly error: AppError | null;
  readonly notice: Notice | null;
  /** The key the last notice got; the next one gets the one after. */
  readonly noticeCount: number;
  /** Whether the open tree is being exported (its save dialog is open, or it is written). */
  readonly exporting: boolean;
  /** The tree whose name is being edited in the list, if any. */
  readonly renamingId: number | null;
  /**
   * The snapshot on screen (read-only) in place of its tree, the selected one;
   * opening any tree (its own included) ends it.
   */
  readonly snapshot: SnapshotSummary | null;
}

export type WorkspaceAction =
  | { readonly type: "started"; readonly startup: Startup }
  | { readonly type: "startFailed"; readonly error: AppError }
  | { readonly type: "treeRequested"; readonly id: number }
  | { readonly type: "treeOpened"; readonly view: TreeView }
  | { readonly type: "treeFailed"; readonly id: number; readonly error: AppError }
  | { readonly type: "treeChanged"; readonly view: TreeView; readonly change: ViewChange }
  | { readonly type: "editFailed"; readonly id: number; readonly error: AppError }
  | { readonly type: "errorDismissed" }
  | { readonly type: "treesChanged"; readonly trees: readonly TreeSummary[] }
  | { readonly type: "commandFailed"; readonly error: AppError }
  | { readonly type: "noticeShown"; readonly message: string; readonly action: NoticeAction | null }
  | { readonly type: "noticeDismissed"; readonly key: number }
  | { readonly type: "exportStarted" }
  | { readonly type: "exportEnded" }
  | { readonly type: "renameStarted"; readonly id: number }
  | { readonly type: "renameEnded" }
  | {
      readonly type: "snapshotOpened";
      readonly snapshot: SnapshotSummary;
      readonly view: TreeView;
    };

export const initialWorkspace: WorkspaceState = {
  phase: "starting",
  storePath: null,
  readOnly: false,
  version: null,
  trees: null,
  selectedId: null,
  faceMetrics: null,
  view: null,
  change: "open",
  loading: false,
  error: null,
  notice: null,
  noticeCount: 0,
  exporting: false,
  renamingId: null,
  snapshot: null,
};

/** The tree to open at start: the last one when it still exists, else the first. */
export function initialTreeId(startup: Startup): number | null {
  const last = startup.last_tree_id;
  if (last !== null && startup.trees.some((tree) => tree.id === last)) return last;
  return startup.trees[0]?.id ?? null;
}

/**
 * The id of the tree the editor may change: the one on screen, once it has loaded
 * (not a snapshot of it).
 */
export function editableTreeId(state: WorkspaceState): number | null {
  const view = state.view;
  if (view === null || state.loading || view.id !== state.selectedId) return null;
  if (state.snapshot !== null) return null;
  return view.id;
}

/** The list's line for `view`: its name and how many nodes and links it has. */
export function summaryOf(view: TreeView): TreeSummary {
  const { tree } = view;
  return {
    id: view.id,
    name: tree.name,
    node_count: tree.nodes.length,
    link_count: tree.links.length,
  };
}

function sameSummary(a: TreeSummary, b: TreeSummary): boolean {
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.node_count === b.node_count &&
    a.link_count === b.link_count
  );
}

/** Compares two strings by code point, as the store's SQL `ORDER BY` does (UTF-8 bytes). */
function compareCodePoints(a: string, b: string): number {
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const x = left.next();
    const y = right.next();
    if (x.done === true || y.done === true)
      return (x.done === true ? 0 : 1) - (y.done === true ? 0 : 1);
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}

/** The store's order of trees: by name, then by id. */
export function compareTrees(a: TreeSummary, b: TreeSummary): number {
  return compareCodePoints(a.name, b.name) || a.id - b.id;
}

/**
 * `trees` with the line of `view`'s tree brought in step with it (and in its place
 * in the store's order when its name changed); the same array when it already is
 * in step, or the tree is not in the list.
 */
export function withSummary(trees: readonly TreeSummary[], view: TreeView): readonly TreeSummary[] {
  const summary = summaryOf(view);
  const index = trees.findIndex((tree) => tree.id === view.id);
  const current = trees[index];
  if (current === undefined || sameSummary(current, summary)) return trees;
  const updated = trees.map((tree, i) => (i === index ? summary : tree));
  return current.name === summary.name ? updated : updated.sort(compareTrees);
}

/** `state` with its list of trees in step with `view` (unchanged when it already is). */
function syncList(state: WorkspaceState, view: TreeView): WorkspaceState {
  if (state.trees === null) return state;
  const trees = withSummary(state.trees, view);
  return trees === state.trees ? state : { ...state, trees };
}

/** A new list of trees: a tree no longer in it is no longer selected, open or renamed. */
function listChanged(state: WorkspaceState, list: readonly TreeSummary[]): WorkspaceState {
  const has = (id: number | null) => id !== null && list.some((tree) => tree.id === id);
  // The open tree's view is at least as recent as the list (its edits are queued
  // before or after the command that sent the list, and each brings a new view).
  const view = state.view;
  const trees = view !== null && view.id === state.selectedId ? withSummary(list, view) : list;
  const renamingId = has(state.renamingId) ? state.renamingId : null;
  if (state.selectedId === null || has(state.selectedId)) return { ...state, trees, renamingId };
  return {
    ...state,
    trees,
    renamingId,
    selectedId: null,
    view: null,
    change: "open",
    loading: false,
  };
}

export function workspaceReducer(state: WorkspaceState, action: WorkspaceAction): WorkspaceState {
  switch (action.type) {
    case "started":
      return {
        ...state,
        phase: "ready",
        storePath: action.startup.store_path,
        readOnly: action.startup.read_only,
        version: action.startup.version,
        trees: action.startup.trees,
        faceMetrics: action.startup.face_metrics,
      };
    case "startFailed":
      return { ...state, phase: "failed", error: action.error };
    case "treeRequested":
      // The current tree stays on screen (dimmed) until the next one arrives.
      return { ...state, selectedId: action.id, loading: true, snapshot: null };
    case "treeOpened":
      // An answer for a tree that is no longer selected is stale.
      if (action.view.id !== state.selectedId) return state;
      return syncList(
        {
          ...state,
          view: action.view,
          change: "open",
          loading: false,
          error: null,
          snapshot: null,
        },
        action.view,
      );
    case "snapshotOpened":
      if (action.view.id !== state.selectedId || state.loading) return state;
      return {
        ...state,
        view: action.view,
        change: "open",
        snapshot: action.snapshot,
        error: null,
      };
    case "treeFailed":
      if (action.id !== state.selectedId) return state;
      return { ...state, view: null, loading: false, error: action.error };
    case "treeChanged":
      // An answer about a tree that is no longer on screen changes only its line in
      // the list (a rename from the list, or an edit answered after a switch).
      // While a snapshot is on screen, its tree's changes only reach the list.
      if (
        action.view.id !== state.selectedId ||
        state.view?.id !== action.view.id ||
        state.snapshot !== null
      )
        return syncList(state, action.view);
      return syncList({ ...state, view: action.view, change: action.change }, action.view);
    case "editFailed":
      if (action.id !== state.selectedId) return state;
      return { ...state, error: action.error };
    case "errorDismissed":
      return { ...state, error: null };
    case "treesChanged":
      return listChanged(state, action.trees);
    case "commandFailed":
      return { ...state, error: action.error };
    case "noticeShown": {
      const key = state.noticeCount + 1;
      const notice: Notice = { key, message: action.message, action: action.action };
      return { ...state, notice, noticeCount: key };
    }
    case "noticeDismissed":
      // A timer of an earlier notice must not take a later one away.
      if (state.notice?.key !== action.key) return state;
      return { ...state, notice: null };
    case "exportStarted":
      return { ...state, exporting: true };
    case "exportEnded":
      return { ...state, exporting: false };
    case "renameStarted":
      if (state.trees?.some((tree) => tree.id === action.id) !== true) return state;
      return { ...state, renamingId: action.id };
    case "renameEnded":
      return state.renamingId === null ? state : { ...state, renamingId: null };
  }
}
