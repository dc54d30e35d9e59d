// The snapshot and merge dialogs' state and actions (SPEC 10), for the window:
// which dialog is open, the open tree's snapshots, and what each button does
// (through the workspace's queue, so that a snapshot is taken after every edit
// given before it).

import { useCallback, useState } from "react";

import type { Workspace } from "../app/useWorkspace";
import { api } from "../ipc/api";
import type { Choices, SnapshotSummary } from "../ipc/api";
import { loadExportTheme } from "../panels/exportTheme";
import type { Compare } from "./useCompare";

export type SnapshotDialog =
  | { readonly kind: "take"; readonly treeId: number }
  | {
      readonly kind: "list";
      readonly treeId: number;
      readonly snapshots: readonly SnapshotSummary[] | null;
    }
  | { readonly kind: "merge"; readonly initial: readonly number[] };

export interface Snapshots {
  readonly dialog: SnapshotDialog | null;
  readonly close: () => void;
  readonly askTake: (treeId: number) => void;
  readonly showList: (treeId: number) => void;
  readonly askMerge: (initial: readonly number[]) => void;
  readonly take: (treeId: number, name: string) => void;
  readonly open: (snapshot: SnapshotSummary) => void;
  readonly compare: (snapshot: SnapshotSummary) => void;
  /** Compares the open tree with another tree of the store. */
  readonly compareTree: (id: number) => void;
  readonly restore: (snapshot: SnapshotSummary) => void;
  readonly exportJson: (snapshot: SnapshotSummary) => void;
  readonly merge: (ids: number[], name: string, choices: Choices) => void;
}

export function useSnapshots(workspace: Workspace, comparison: Compare): Snapshots {
  const [dialog, setDialog] = useState<SnapshotDialog | null>(null);
  const { notify, fail, runLibraryCommand, openSnapshot } = workspace;
  const { open: openCompare, close: closeCompare } = comparison;
  const close = useCallback(() => setDialog(null), []);

  const showList = useCallback(
    (treeId: number) => {
      setDialog({ kind: "list", treeId, snapshots: null });
      api.listSnapshots(treeId).then(
        (snapshots) =>
          setDialog((was) =>
            was?.kind === "list" && was.treeId === treeId ? { ...was, snapshots } : was,
          ),
        (error: unknown) => {
          setDialog(null);
          fail(error);
        },
      );
    },
    [fail],
  );

  const take = useCallback(
    (treeId: number, name: string) => {
      setDialog(null);
      api
        .takeSnapshot(treeId, name)
        .then((snapshot) => notify(`Snapshot “${snapshot.name}” taken`), fail);
    },
    [notify, fail],
  );

  const open = useCallback(
    (snapshot: SnapshotSummary) => {
      setDialog(null);
      closeCompare();
      void openSnapshot(snapshot.id);
    },
    [closeCompare, openSnapshot],
  );

  const compare = useCallback(
    (snapshot: SnapshotSummary) => {
      setDialog(null);
      openCompare({ type: "snapshot", id: snapshot.id });
    },
    [openCompare],
  );

  const compareTree = useCallback(
    (id: number) => {
      setDialog(null);
      openCompare({ type: "tree", id });
    },
    [openCompare],
  );

  const restore = useCallback(
    (snapshot: SnapshotSummary) => {
      setDialog(null);
      void runLibraryCommand(() => api.restoreSnapshot(snapshot.id)).then((done) => {
        if (done) notify(`Snapshot “${snapshot.name}” restored as a new tree`);
      });
    },
    [runLibraryCommand, notify],
  );

  const exportJson = useCallback(
    (snapshot: SnapshotSummary) => {
      api.exportSnapshot(snapshot.id, "json", loadExportTheme()).then((path) => {
        if (path !== null) notify(`Exported to ${path}`);
      }, fail);
    },
    [notify, fail],
  );

  const merge = useCallback(
    (ids: number[], name: string, choices: Choices) => {
      void runLibraryCommand(() => api.addMergedTree(ids, name, choices)).then((done) => {
        if (!done) return;
        setDialog(null);
        notify(`Merged ${ids.length} trees into “${name}”`);
      });
    },
    [runLibraryCommand, notify],
  );

  return {
    dialog,
    close,
    askTake: useCallback((treeId: number) => setDialog({ kind: "take", treeId }), []),
    showList,
    askMerge: useCallback(
      (initial: readonly number[]) => setDialog({ kind: "merge", initial }),
      [],
    ),
    take,
    open,
    compare,
    compareTree,
    restore,
    exportJson,
    merge,
  };
}
