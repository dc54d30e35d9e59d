// The snapshot dialogs (SPEC 10): *Take snapshot…* asks the name (by default
// "Snapshot 7 Dec 2026"); *Snapshots…* lists the open tree's snapshots, each
// with its date and its actions: open (read-only), compare with the tree,
// restore as a new tree, export as JSON.

import { useState } from "react";

import type { SnapshotSummary, TreeSummary } from "../ipc/api";
import { Dialog } from "../panels/Dialog";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const WHEN = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** "Snapshot 7 Dec 2026": the name offered for a snapshot taken `now`. */
export function defaultSnapshotName(now: Date): string {
  return `Snapshot ${DAY.format(now)}`;
}

/** When a snapshot was taken, in the user's time: "7 Dec 2026, 09:30". */
export function takenAt(snapshot: SnapshotSummary): string {
  const date = new Date(snapshot.taken_at);
  return Number.isNaN(date.getTime()) ? snapshot.taken_at : WHEN.format(date);
}

interface TakeSnapshotDialogProps {
  readonly treeName: string;
  readonly onTake: (name: string) => void;
  readonly onClose: () => void;
}

export function TakeSnapshotDialog({ treeName, onTake, onClose }: TakeSnapshotDialogProps) {
  const [name, setName] = useState(() => defaultSnapshotName(new Date()));
  const blank = name.trim() === "";
  const take = () => {
    if (!blank) onTake(name.trim());
  };
  return (
    <Dialog
      title="Take snapshot"
      testId="snapshot-dialog"
      onClose={onClose}
      onSubmit={take}
      actions={
        <>
          <button type="button" className="kt-button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="kt-button kt-button--primary"
            data-testid="snapshot-take"
            disabled={blank}
          >
            Take snapshot
          </button>
        </>
      }
    >
      <p className="kt-dialog__note">
        A read-only copy of “{treeName}” as it is now, with its values and history.
      </p>
      <label className="kt-dialog__field">
        <span>Name</span>
        <input
          type="text"
          value={name}
          data-testid="snapshot-name"
          onChange={(event) => setName(event.target.value)}
          onFocus={(event) => event.target.select()}
        />
      </label>
    </Dialog>
  );
}

interface SnapshotsDialogProps {
  readonly treeName: string;
  /** `null` while they load. */
  readonly snapshots: readonly SnapshotSummary[] | null;
  readonly onOpen: (snapshot: SnapshotSummary) => void;
  readonly onCompare: (snapshot: SnapshotSummary) => void;
  /** The store's other trees, which the tree can be compared with too. */
  readonly otherTrees: readonly TreeSummary[];
  readonly onCompareTree: (id: number) => void;
  readonly onRestore: (snapshot: SnapshotSummary) => void;
  readonly onExport: (snapshot: SnapshotSummary) => void;
  readonly onTake: () => void;
  readonly onClose: () => void;
}

export function SnapshotsDialog(props: SnapshotsDialogProps) {
  const { snapshots, onClose } = props;
  let body;
  if (snapshots === null) body = <p className="kt-dialog__note">Loading…</p>;
  else if (snapshots.length === 0)
    body = (
      <p className="kt-dialog__note" data-testid="snapshots-empty">
        “{props.treeName}” has no snapshots yet. <em>Take snapshot…</em> keeps a read-only copy of
        it as it is now.
      </p>
    );
  else
    body = (
      <ul className="kt-snapshots" data-testid="snapshots-list">
        {[...snapshots].reverse().map((snapshot) => (
          <li key={snapshot.id} className="kt-snapshots__row" data-testid="snapshot-row">
            <div className="kt-snapshots__text">
              <span className="kt-snapshots__name">{snapshot.name}</span>
              <span className="kt-snapshots__date">{takenAt(snapshot)}</span>
            </div>
            <div className="kt-snapshots__actions">
              <button
                type="button"
                className="kt-button kt-button--small"
                data-testid="snapshot-open"
                onClick={() => props.onOpen(snapshot)}
              >
                Open
              </button>
              <button
                type="button"
                className="kt-button kt-button--small"
                data-testid="snapshot-compare"
                onClick={() => props.onCompare(snapshot)}
              >
                Compare with the tree
              </button>
              <button
                type="button"
                className="kt-button kt-button--small"
                data-testid="snapshot-restore"
                onClick={() => props.onRestore(snapshot)}
              >
                Restore as new tree
              </button>
              <button
                type="button"
                className="kt-button kt-button--small"
                data-testid="snapshot-export"
                title="Export the snapshot as kpitree JSON"
                onClick={() => props.onExport(snapshot)}
              >
                Export…
              </button>
            </div>
          </li>
        ))}
      </ul>
    );
  return (
    <Dialog
      title={`Snapshots of “${props.treeName}”`}
      testId="snapshots-dialog"
      className="kt-dialog--wide"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="kt-button" onClick={props.onTake}>
            Take snapshot…
          </button>
          <button type="button" className="kt-button kt-button--primary" onClick={onClose}>
            Done
          </button>
        </>
      }
    >
      {body}
      {props.otherTrees.length > 0 && (
        <CompareWithTree trees={props.otherTrees} onCompare={props.onCompareTree} />
      )}
    </Dialog>
  );
}

/** Under the snapshots: the tree compared with another tree of the store. */
function CompareWithTree({
  trees,
  onCompare,
}: {
  readonly trees: readonly TreeSummary[];
  readonly onCompare: (id: number) => void;
}) {
  const [chosen, choose] = useState<number>(trees[0]?.id ?? 0);
  return (
    <div className="kt-snapshots__other">
      <label className="kt-snapshots__other-label">
        Compare with another tree
        <select
          data-testid="compare-tree-choice"
          value={chosen}
          onChange={(event) => choose(Number(event.target.value))}
        >
          {trees.map((tree) => (
            <option key={tree.id} value={tree.id}>
              {tree.name}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="kt-button kt-button--small"
        data-testid="compare-tree"
        onClick={() => onCompare(chosen)}
      >
        Compare
      </button>
    </div>
  );
}

interface SnapshotBannerProps {
  readonly snapshot: SnapshotSummary;
  readonly onRestore: () => void;
  readonly onClose: () => void;
}

/** Above the canvas while a snapshot is open: what it is, and the way back. */
export function SnapshotBanner({ snapshot, onRestore, onClose }: SnapshotBannerProps) {
  return (
    <div className="kt-snapshot-banner" role="status" data-testid="snapshot-banner">
      <p>
        Snapshot <strong>“{snapshot.name}”</strong> of {snapshot.tree_name}, read-only
        <span className="kt-snapshot-banner__date"> · {takenAt(snapshot)}</span>
      </p>
      <button type="button" className="kt-button kt-button--small" onClick={onRestore}>
        Restore as new tree
      </button>
      <button
        type="button"
        className="kt-button kt-button--small kt-button--primary"
        data-testid="snapshot-close"
        onClick={onClose}
      >
        Close
      </button>
    </div>
  );
}
