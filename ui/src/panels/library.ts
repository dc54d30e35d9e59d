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
}
