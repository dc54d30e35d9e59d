// The editor's actions on the open tree, by the name the menu and the shortcuts
// give them (MenuAction): history, clipboard, selection, find, zoom and layout.
// Each change of the tree is one command to the Rust side (one undo step); the
// canvas is asked to select what a command created.

import { useCallback, useMemo } from "react";
import type { RefObject } from "react";

import type { CanvasHandle } from "../canvas/TreeCanvas";
import { api } from "../ipc/api";
import type { Edit, Pasted, TreeView } from "../ipc/api";
import type { LayoutChoice } from "./direction";
import { addNodesAndSelect } from "./addNodes";
import { deleteEdit } from "./selection";
import type { Selection } from "./selection";
import type { CommandHandlers } from "./useShortcuts";

/** Runs a command that answers with the tree as it is after it. */
export type TreeCommand = (command: (treeId: number) => Promise<TreeView>) => Promise<boolean>;

export interface EditorActionsInput {
  /** The open tree, when it can be changed. */
  readonly view: TreeView | null;
  readonly canvas: RefObject<CanvasHandle | null>;
  readonly selection: Selection;
  readonly performEdit: (edit: Edit) => Promise<boolean>;
  readonly runTreeCommand: TreeCommand;
  readonly undo: () => void;
  readonly redo: () => void;
  readonly autoLayout: (choice: LayoutChoice) => void;
  readonly direction: LayoutChoice;
  readonly chooseDirection: (choice: LayoutChoice) => void;
  /** Collapses (`true`) or expands a node's branch. */
  readonly fold: (id: string, collapse: boolean) => void;
  readonly toggleInspector: () => void;
  readonly toggleMinimap: () => void;
  readonly toggleAlignment: () => void;
  readonly toggleLeverage: () => void;
  readonly openSearch: () => void;
}

export interface EditorActions {
  readonly handlers: CommandHandlers;
}

export function useEditorActions(input: EditorActionsInput): EditorActions {
  const { view, canvas, selection, performEdit, runTreeCommand } = input;
  const { undo, redo, autoLayout, direction, chooseDirection } = input;
  const { toggleInspector, toggleMinimap, toggleAlignment, toggleLeverage } = input;
  const { openSearch, fold } = input;

  /** Runs a command that adds nodes, then selects them. */
  const addAndSelect = useCallback(
    (command: (treeId: number) => Promise<Pasted>) => {
      void addNodesAndSelect(runTreeCommand, canvas, command);
    },
    [runTreeCommand, canvas],
  );

  const handlers = useMemo((): CommandHandlers => {
    if (view === null) return {};
    const ids = selection.nodes;
    const copy = () => {
      if (ids.length > 0) void api.copyNodes(view.id, [...ids]).catch(() => undefined);
    };
    const remove = () => {
      const edit = deleteEdit(selection, view);
      if (edit !== null) void performEdit(edit);
    };
    return {
      undo,
      redo,
      copy,
      cut: () => {
        if (ids.length === 0) return;
        void api.copyNodes(view.id, [...ids]).then(remove, () => undefined);
      },
      paste: () => {
        // Text that is no kpitree JSON is read as an outline, under the one
        // selected node (or as nodes of their own in the view's middle).
        const at = canvas.current?.centre() ?? null;
        const [only] = ids.length === 1 ? ids : [];
        addAndSelect((treeId) => api.pasteNodes(treeId, at, only ?? null));
      },
      duplicate: () => {
        if (ids.length > 0) addAndSelect((treeId) => api.duplicateNodes(treeId, [...ids]));
      },
      delete: remove,
      select_all: () => canvas.current?.selectAll(),
      find: openSearch,
      zoom_in: () => canvas.current?.zoomIn(),
      zoom_out: () => canvas.current?.zoomOut(),
      zoom_to_fit: () => canvas.current?.zoomToFit(),
      auto_layout: () => {
        if (view.tree.nodes.length > 0) autoLayout(direction);
      },
      layout_top_down: () => {
        chooseDirection("top_down");
        if (view.tree.nodes.length > 0) autoLayout("top_down");
      },
      layout_left_right: () => {
        chooseDirection("left_right");
        if (view.tree.nodes.length > 0) autoLayout("left_right");
      },
      layout_compact: () => {
        chooseDirection("compact");
        if (view.tree.nodes.length > 0) autoLayout("compact");
      },
      // On the selected nodes that have a branch below them.
      collapse_branch: () => foldSelected(view, ids, true, fold),
      expand_branch: () => foldSelected(view, ids, false, fold),
      toggle_inspector: toggleInspector,
      toggle_minimap: toggleMinimap,
      toggle_alignment: toggleAlignment,
      toggle_leverage: toggleLeverage,
    };
  }, [
    view,
    selection,
    canvas,
    performEdit,
    addAndSelect,
    undo,
    redo,
    autoLayout,
    direction,
    chooseDirection,
    toggleInspector,
    toggleMinimap,
    toggleAlignment,
    toggleLeverage,
    openSearch,
    fold,
  ]);

  return { handlers };
}

/** Collapses (or expands) each of `ids` that drives-links have a branch below. */
function foldSelected(
  view: TreeView,
  ids: readonly string[],
  collapse: boolean,
  fold: (id: string, collapse: boolean) => void,
): void {
  const collapsed = new Set(view.collapsed);
  for (const id of ids) {
    const branch = view.tree.links.some((link) => link.kind === "drives" && link.to === id);
    if (branch && collapsed.has(id) !== collapse) fold(id, collapse);
  }
}
