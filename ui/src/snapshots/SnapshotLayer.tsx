// The open snapshot or merge dialog, over the window.

import type { TreeSummary } from "../ipc/api";
import { MergeDialog } from "./MergeDialog";
import { SnapshotsDialog, TakeSnapshotDialog } from "./SnapshotDialogs";
import type { Snapshots } from "./useSnapshots";

interface SnapshotLayerProps {
  readonly snapshots: Snapshots;
  readonly trees: readonly TreeSummary[];
}

export function SnapshotLayer({ snapshots, trees }: SnapshotLayerProps) {
  const dialog = snapshots.dialog;
  if (dialog === null) return null;
  if (dialog.kind === "merge")
    return (
      <MergeDialog
        trees={trees}
        initial={dialog.initial}
        onMerge={snapshots.merge}
        onClose={snapshots.close}
      />
    );
  const treeId = dialog.treeId;
  const treeName = trees.find((tree) => tree.id === treeId)?.name ?? "the tree";
  if (dialog.kind === "take")
    return (
      <TakeSnapshotDialog
        treeName={treeName}
        onTake={(name) => snapshots.take(treeId, name)}
        onClose={snapshots.close}
      />
    );
  return (
    <SnapshotsDialog
      treeName={treeName}
      snapshots={dialog.snapshots}
      onOpen={snapshots.open}
      onCompare={snapshots.compare}
      otherTrees={trees.filter((tree) => tree.id !== treeId)}
      onCompareTree={snapshots.compareTree}
      onRestore={snapshots.restore}
      onExport={snapshots.exportJson}
      onTake={() => snapshots.askTake(treeId)}
      onClose={snapshots.close}
    />
  );
}
