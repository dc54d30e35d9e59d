// Runs the workspace: asks the Rust side for the store at start, opens the tree
// that was open last, opens whichever tree the user picks, sends the editor's
// commands (edits, undo, redo, auto-layout) for the tree on screen, and the
// library's (create, duplicate, rename, delete and its undo, import, export).
//
// Commands run one after the other through one queue (commandQueue.ts: its order
// and failure rule), so that an undo pressed during a drag's save applies to that
// save. Each answer is the whole tree as it is now; a refusal shows in the error
// banner and changes nothing, and the commands after it still run. Import and
// export, which open a native dialog, wait for the commands given before them but
// do not hold up the ones given after.
//
// Changes made to the store elsewhere arrive as events (ipc/events.ts): the list is
// replaced, the open tree is shown as the store has it (selection and viewport
// kept; in turn with the commands, so that no answer to an older command lands on
// top of it) and a quiet notice says what changed.
//
// A file opened from outside (`kpitree open FILE`, the file manager) is opened by
// the Rust side: at start, `startup` names its tree (or why it could not be opened,
// shown in the banner once the usual tree is on screen); later, a `file-opened`
// event brings the new list and the tree to open, or the error.

import { useCallback, useEffect, useReducer, useRef, useState } from "react";

import { api, toKpitreeError } from "../ipc/api";
import { onFileOpened, onStoreChanged } from "../ipc/events";
import type { FileOpened, StoreChanged } from "../ipc/events";
import type {
  Edit,
  ExportFormat,
  Aspect,
  Template,
  Theme,
  TimeChoice,
  TreeListChange,
  TreeView,
} from "../ipc/api";
import { layoutOf } from "../editor/direction";
import type { LayoutChoice } from "../editor/direction";
import { createCommandQueue } from "./commandQueue";
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
  /** Auto-layout as `choice` says, shaped to `aspect` (the canvas's size) when known. */
  readonly autoLayout: (choice: LayoutChoice, aspect?: Aspect | null) => Promise<boolean>;
  /** Shows the open tree at another period or comparison (not an edit: no undo step). */
  readonly chooseTime: (choice: TimeChoice) => Promise<boolean>;
  /**
   * Runs any command on the open tree that answers with the tree after it (paste,
   * duplicate), in turn with the others; resolves to whether it was taken.
   */
  readonly runTreeCommand: (command: (treeId: number) => Promise<TreeView>) => Promise<boolean>;
  /** Creates a tree, blank or from `template`, and opens it; whether it was created. */
  readonly createTree: (template: Template | null) => Promise<boolean>;
  /** Copies tree `id` ("… (copy)") and opens the copy. */
  readonly duplicateTree: (id: number) => Promise<boolean>;
  /**
   * Moves tree `id` to the trash, with a notice whose Undo restores it. When it
   * was open, the first remaining tree opens (or the empty state shows).
   */
  readonly deleteTree: (id: number) => Promise<boolean>;
  /** Takes tree `id` out of the trash and opens it. */
  readonly restoreTree: (id: number) => Promise<boolean>;
  /**
   * Renames tree `id` (open or not; one undo step of that tree). A blank name is
   * refused without asking; the same name sends nothing.
   */
  readonly renameTree: (id: number, name: string) => Promise<boolean>;
  /** Asks for a JSON file and opens the tree imported from it; `false` when cancelled. */
  readonly importJson: () => Promise<boolean>;
  /** Asks for a CSV file of values for the open tree (one undo step); `false` when cancelled. */
  readonly importValues: () => Promise<boolean>;
  /**
   * Asks where to save the open tree as `format` (images in `theme`) and writes it;
   * `false` when cancelled, refused, or another export is running.
   */
  readonly exportTree: (format: ExportFormat, theme: Theme) => Promise<boolean>;
  /** Shows the name editor of tree `id` in the list (e.g. from the menu's Rename). */
  readonly startRename: (id: number) => void;
  readonly endRename: () => void;
  /** Runs a library command (its answer: the list and the tree to open), in turn. */
  readonly runLibraryCommand: (command: () => Promise<TreeListChange>) => Promise<boolean>;
  /** Shows snapshot `id` of the open tree, read-only; whether it could. */
  readonly openSnapshot: (id: number) => Promise<boolean>;
  /** A notice with no action; a failed command's error in the banner. */
  readonly notify: (message: string) => void;
  readonly fail: (error: unknown) => void;
  /** Runs the action of notice `key` (if it is still the one shown) and closes it. */
  readonly runNoticeAction: (key: number) => void;
  readonly dismissNotice: (key: number) => void;
}

export function useWorkspace(): Workspace {
  const [state, dispatch] = useReducer(workspaceReducer, initialWorkspace);

  const openTree = useCallback((id: number): Promise<void> => {
    dispatch({ type: "treeRequested", id });
    return api.openTree(id).then(
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
        // Opening a tree clears the banner: the file's error shows after it.
        const opened = id === null ? Promise.resolve() : openTree(id);
        const openError = startup.open_error;
        if (openError !== null)
          void opened.then(() => {
            if (!cancelled) dispatch({ type: "commandFailed", error: openError });
          });
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
  // The state as last rendered, for commands that read it when their answer comes.
  const latest = useRef(state);
  useEffect(() => {
    treeId.current = editableTreeId(state);
    latest.current = state;
  });

  const [queue] = useState(createCommandQueue);

  /**
   * Runs `task` in turn with the other commands. It reports its own failure and
   * resolves to whether it was taken, so that the promise never rejects.
   */
  const enqueue = useCallback(
    (task: () => Promise<boolean>): Promise<boolean> => queue.run(task),
    [queue],
  );

  /** Shows tree `id` as the window holds it now (after a change made elsewhere). */
  const showCurrent = useCallback(async (id: number): Promise<void> => {
    try {
      dispatch({ type: "treeChanged", view: await api.currentTree(id), change: "outside" });
    } catch (error) {
      dispatch({ type: "commandFailed", error: toKpitreeError(error).toAppError() });
    }
  }, []);

  /** A command on the open tree that answers with the tree after it. */
  const run = useCallback(
    (command: (id: number) => Promise<TreeView>, change: ViewChange): Promise<boolean> => {
      const id = treeId.current;
      if (id === null) return Promise.resolve(false);
      return enqueue(async () => {
        try {
          dispatch({ type: "treeChanged", view: await command(id), change });
          return true;
        } catch (error) {
          const refused = toKpitreeError(error);
          dispatch({ type: "editFailed", id, error: refused.toAppError() });
          // Refused because the store changed elsewhere: the window now holds the
          // store's state, and shows it.
          if (refused.kind === "conflict") await showCurrent(id);
          return false;
        }
      });
    },
    [enqueue, showCurrent],
  );

  const performEdit = useCallback(
    (edit: Edit) => run((id) => api.performEdit(id, edit), "edit"),
    [run],
  );
  const undo = useCallback(() => run((id) => api.undo(id), "history"), [run]);
  const redo = useCallback(() => run((id) => api.redo(id), "history"), [run]);
  const autoLayout = useCallback(
    (choice: LayoutChoice, aspect: Aspect | null = null) => {
      const [direction, engine] = layoutOf(choice);
      return run((id) => api.autoLayout(id, direction, engine, aspect), "layout");
    },
    [run],
  );
  const chooseTime = useCallback(
    (choice: TimeChoice) => run((id) => api.chooseTime(id, choice), "edit"),
    [run],
  );
  const runTreeCommand = useCallback(
    (command: (treeId: number) => Promise<TreeView>) => run(command, "edit"),
    [run],
  );

  const fail = useCallback((error: unknown) => {
    dispatch({ type: "commandFailed", error: toKpitreeError(error).toAppError() });
  }, []);

  /** Takes the store's new list and opens the tree the change concerned. */
  const listAndOpen = useCallback(
    (change: TreeListChange) => {
      dispatch({ type: "treesChanged", trees: change.trees });
      openTree(change.id);
    },
    [openTree],
  );

  /** A library command that answers with the new list, then opens its tree. */
  const libraryCommand = useCallback(
    (command: () => Promise<TreeListChange>): Promise<boolean> =>
      enqueue(async () => {
        try {
          listAndOpen(await command());
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      }),
    [enqueue, listAndOpen, fail],
  );

  const createTree = useCallback(
    (template: Template | null) => libraryCommand(() => api.createTree(template)),
    [libraryCommand],
  );
  const duplicateTree = useCallback(
    (id: number) => libraryCommand(() => api.duplicateTree(id)),
    [libraryCommand],
  );
  const restoreTree = useCallback(
    (id: number) => libraryCommand(() => api.restoreTree(id)),
    [libraryCommand],
  );

  const deleteTree = useCallback(
    (id: number) =>
      enqueue(async () => {
        const name = latest.current.trees?.find((tree) => tree.id === id)?.name;
        try {
          const change = await api.deleteTree(id);
          const wasOpen = latest.current.selectedId === id;
          dispatch({ type: "treesChanged", trees: change.trees });
          const next = change.trees[0];
          if (wasOpen && next !== undefined) openTree(next.id);
          dispatch({
            type: "noticeShown",
            message: name === undefined ? "Deleted the tree" : `Deleted “${name}”`,
            action: { kind: "restoreTree", treeId: id, label: "Undo" },
          });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      }),
    [enqueue, openTree, fail],
  );

  const renameTree = useCallback(
    (id: number, name: string): Promise<boolean> => {
      const trimmed = name.trim();
      if (trimmed === "") return Promise.resolve(false);
      return enqueue(async () => {
        const current = latest.current.trees?.find((tree) => tree.id === id);
        if (current?.name === trimmed) return true;
        try {
          const view = await api.performEdit(id, { type: "rename_tree", name: trimmed });
          dispatch({ type: "treeChanged", view, change: "edit" });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      });
    },
    [enqueue, fail],
  );

  // One native dialog of each kind at a time: a second request is ignored.
  const importing = useRef(false);
  // One import at a time, after every edit given before it: `ask` shows the
  // dialog and imports (null when cancelled), `take` shows what it brought.
  const runImport = useCallback(
    async <T>(ask: () => Promise<T | null>, take: (answer: T) => void): Promise<boolean> => {
      if (importing.current) return false;
      importing.current = true;
      try {
        await queue.settled();
        const answer = await ask();
        if (answer === null) return false;
        take(answer);
        return true;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        importing.current = false;
      }
    },
    [queue, fail],
  );

  const importJson = useCallback(
    () => runImport(() => api.importJson(), listAndOpen),
    [runImport, listAndOpen],
  );

  const importValues = useCallback(async (): Promise<boolean> => {
    const id = treeId.current;
    if (id === null) return false;
    return runImport(
      () => api.importValues(id),
      (imported) => {
        dispatch({ type: "treeChanged", view: imported.view, change: "edit" });
        const file = imported.file.split(/[\\/]/).pop() ?? imported.file;
        const message = `Imported ${imported.count} value${imported.count === 1 ? "" : "s"} from ${file}`;
        dispatch({ type: "noticeShown", message, action: null });
      },
    );
  }, [runImport]);

  const notify = useCallback(
    (message: string) => dispatch({ type: "noticeShown", message, action: null }),
    [],
  );
  const openSnapshot = useCallback(
    (id: number) =>
      enqueue(async () => {
        try {
          const { snapshot, view } = await api.openSnapshot(id);
          dispatch({ type: "snapshotOpened", snapshot, view });
          return true;
        } catch (error) {
          fail(error);
          return false;
        }
      }),
    [enqueue, fail],
  );

  const exporting = useRef(false);
  const exportTree = useCallback(
    async (format: ExportFormat, theme: Theme): Promise<boolean> => {
      const id = treeId.current;
      // A snapshot on screen exports itself.
      const snapshot = latest.current.snapshot;
      if ((id === null && snapshot === null) || exporting.current) return false;
      exporting.current = true;
      dispatch({ type: "exportStarted" });
      try {
        // The file shows the tree with every edit given before the export.
        await queue.settled();
        const path =
          snapshot !== null
            ? await api.exportSnapshot(snapshot.id, format, theme)
            : id !== null
              ? await api.exportTree(id, format, theme)
              : null;
        if (path === null) return false;
        dispatch({ type: "noticeShown", message: `Exported to ${path}`, action: null });
        return true;
      } catch (error) {
        fail(error);
        return false;
      } finally {
        exporting.current = false;
        dispatch({ type: "exportEnded" });
      }
    },
    [queue, fail],
  );

  useEffect(
    () =>
      onStoreChanged((change: StoreChanged) => {
        const open = latest.current.selectedId;
        dispatch({ type: "treesChanged", trees: change.trees });
        if (change.notice !== null)
          dispatch({ type: "noticeShown", message: change.notice, action: null });
        if (open === null) return;
        if (!change.trees.some((tree) => tree.id === open)) {
          const next = change.trees[0];
          if (next !== undefined) openTree(next.id);
          return;
        }
        if (!change.changed_trees.includes(open)) return;
        void enqueue(async () => {
          await showCurrent(open);
          return true;
        });
      }),
    [enqueue, openTree, showCurrent],
  );

  useEffect(
    () =>
      onFileOpened((handed: FileOpened) => {
        if (handed.opened !== null) listAndOpen(handed.opened);
        if (handed.error !== null) dispatch({ type: "commandFailed", error: handed.error });
      }),
    [listAndOpen],
  );

  const startRename = useCallback((id: number) => dispatch({ type: "renameStarted", id }), []);
  const endRename = useCallback(() => dispatch({ type: "renameEnded" }), []);

  const dismissNotice = useCallback(
    (key: number) => dispatch({ type: "noticeDismissed", key }),
    [],
  );
  const runNoticeAction = useCallback(
    (key: number) => {
      const notice = latest.current.notice;
      if (notice?.key !== key || notice.action === null) return;
      dispatch({ type: "noticeDismissed", key });
      switch (notice.action.kind) {
        case "restoreTree":
          void restoreTree(notice.action.treeId);
          break;
      }
    },
    [restoreTree],
  );

  return {
    state,
    openTree,
    dismissError,
    performEdit,
    undo,
    redo,
    autoLayout,
    chooseTime,
    runTreeCommand,
    createTree,
    duplicateTree,
    deleteTree,
    restoreTree,
    renameTree,
    importJson,
    importValues,
    exportTree,
    startRename,
    endRename,
    runNoticeAction,
    dismissNotice,
    runLibraryCommand: libraryCommand,
    openSnapshot,
    notify,
    fail,
  };
}
