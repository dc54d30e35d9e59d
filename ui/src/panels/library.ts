// What the sidebar can ask of the store's library of trees. `useWorkspace()`'s
// result fits it as it is.

import type { Template } from "../ipc/api";

export interface TreeLibrary {
  readonly createTree: (template: Template | null) => unknown;
  readonly importJson: () => unknown;
  readonly duplicateTree: (id: number) => unknown;
  readonly deleteTree: (id: number) => unknown;
  readonly renameTree: (id: number, name: string) => unknown;
  readonly startRename: (id: number) => void;
  readonly endRename: () => void;
  /** The snapshot and merge dialogs of tree `id` (SPEC 10), where the window has them. */
  readonly takeSnapshot?: (id: number) => void;
  readonly showSnapshots?: (id: number) => void;
  readonly mergeTrees?: (id: number) => void;
}
