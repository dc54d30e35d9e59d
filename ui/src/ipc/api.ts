// The one door from the UI to the Rust side. Every command of the generated
// bindings is wrapped here (but `save_preferences`, which `preferences.ts` sends
// when a preference changes): the wrapper unwraps the `{status, data | error}` result
// and throws a typed `KpitreeError` instead, so that callers write plain
// `await api.openTree(id)` and branch on `error.kind`, never on message text.
//
// The rest of the UI imports IPC types from this module, not from `bindings.ts`
// (which is generated from the Rust types by `scripts/bindings`; a Rust test fails
// when it is stale).

import { commands } from "./bindings";
import { preferences } from "./preferences";
import type {
  AppError,
  Choices,
  CompareWith,
  Comparison,
  Edit,
  ErrorKind,
  ExplainedChange,
  ExportFormat,
  Aspect,
  LayoutDirection,
  LayoutEngine,
  Leverage,
  Merged,
  NewNodePlace,
  NodeId,
  NodeKind,
  Override,
  Pasted,
  Position,
  SnapshotSummary,
  SnapshotView,
  Startup,
  StatusThresholds,
  Template,
  Theme,
  TimeChoice,
  TreeListChange,
  TreeSummary,
  TreeView,
  PeriodColumn,
  ValuesImported,
  ViewState,
  WhatIf,
} from "./bindings";

export type {
  Choices,
  CompareWith,
  Comparison,
  Conflict,
  LinkChange,
  Match,
  Merged,
  SnapshotSummary,
  SnapshotView,
  SourceValue,
  Suggestion,
  TreeDiff,
  Elasticity,
  Leverage,
  Override,
  Status,
  StatusThresholds,
  Undefined,
  WhatIf,
  WhatIfValue,
  Alignment,
  AppError,
  Category,
  Color,
  Compare,
  Bridge,
  BridgeKind,
  BridgeRow,
  Contribution,
  ExplainedChange,
  Explanation,
  NodeChange,
  PeriodColumn,
  TimeChoice,
  TimeView,
  ColorSource,
  Direction,
  Edit,
  ErrorKind,
  ExportFormat,
  FaceMetrics,
  Finding,
  FindingKind,
  Indicator,
  KpiColor,
  Aspect,
  LayoutDirection,
  LayoutEngine,
  Link,
  LinkKey,
  LinkKind,
  MenuAction,
  Node,
  NodeFace,
  NewNodePlace,
  NodeId,
  NodeKind,
  NodeMove,
  NodeValue,
  PanelPreferences,
  Pasted,
  Preferences,
  PresentPreferences,
  Position,
  Problem,
  Route,
  Severity,
  Startup,
  Strength,
  StrengthSummary,
  Subject,
  TargetDate,
  Template,
  Theme,
  Tree,
  TreeListChange,
  TreeSummary,
  TreeView,
  Viewport,
  ViewState,
} from "./bindings";

// The preferences (startup loads them; `preferences.change` writes them back).
export { DEFAULT_PREFERENCES, preferences, usePreferences } from "./preferences";
export type { PreferencesStore } from "./preferences";

const ERROR_KINDS: readonly ErrorKind[] = [
  "not_found",
  "invalid_input",
  "store",
  "conflict",
  "internal",
];

/** An error from a command: the Rust `AppError`, as an `Error` the UI can throw. */
export class KpitreeError extends Error {
  readonly kind: ErrorKind;

  constructor(kind: ErrorKind, message: string) {
    super(message);
    this.name = "KpitreeError";
    this.kind = kind;
  }

  /** The plain `{kind, message}` form, e.g. for state that must stay serialisable. */
  toAppError(): AppError {
    return { kind: this.kind, message: this.message };
  }
}

function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === "string" && (ERROR_KINDS as readonly string[]).includes(value);
}

function isAppError(value: unknown): value is AppError {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return isErrorKind(record.kind) && typeof record.message === "string";
}

/**
 * Turns anything a command can fail with into a `KpitreeError`: an `AppError` keeps
 * its kind; whatever else reaches the UI (Tauri's own string errors when a command
 * is missing or its arguments do not deserialise, a JS exception) is `internal`.
 */
export function toKpitreeError(error: unknown): KpitreeError {
  if (error instanceof KpitreeError) return error;
  if (isAppError(error)) return new KpitreeError(error.kind, error.message);
  if (error instanceof Error) return new KpitreeError("internal", error.message);
  if (typeof error === "string") return new KpitreeError("internal", error);
  return new KpitreeError("internal", "unexpected error from the application");
}

/** What the generated wrappers return; structural so it fits any generator version. */
type CommandResult<T> = { status: "ok"; data: T } | { status: "error"; error: AppError };

async function unwrap<T>(call: () => Promise<CommandResult<T>>): Promise<T> {
  let result: CommandResult<T>;
  try {
    result = await call();
  } catch (error) {
    throw toKpitreeError(error);
  }
  if (result.status === "ok") return result.data;
  throw toKpitreeError(result.error);
}

/** The Tauri commands, unwrapped. Each rejects with a `KpitreeError`. */
export const api = {
  /** The store path, its trees, the tree that was open last and the preferences
   * (which it loads into `preferences`). */
  startup: (): Promise<Startup> =>
    unwrap(() => commands.startup()).then((startup) => {
      preferences.loaded(startup.preferences);
      return startup;
    }),
  /** The trees of the store, in the store's order. */
  listTrees: (): Promise<TreeSummary[]> => unwrap(() => commands.listTrees()),
  /** One tree with its computed values, levels and problems. */
  openTree: (id: number): Promise<TreeView> => unwrap(() => commands.openTree(id)),
  /** The tree as the window holds it now (e.g. after a change made elsewhere); writes nothing. */
  currentTree: (id: number): Promise<TreeView> => unwrap(() => commands.currentTree(id)),
  /** Performs one edit (one undo step); the tree as it is afterwards. */
  performEdit: (treeId: number, edit: Edit): Promise<TreeView> =>
    unwrap(() => commands.performEdit(treeId, edit)),
  /** Undoes the tree's last edit (nothing when there is none). */
  undo: (treeId: number): Promise<TreeView> => unwrap(() => commands.undo(treeId)),
  /** Redoes the tree's last undone edit (nothing when there is none). */
  redo: (treeId: number): Promise<TreeView> => unwrap(() => commands.redo(treeId)),
  /**
   * Lays the tree out in `direction` with `engine` (pinned nodes stay), as one undo
   * step; `aspect` is the canvas's shape (`auto` then picks the compact layout for
   * a tree far wider than it).
   */
  autoLayout: (
    treeId: number,
    direction: LayoutDirection,
    engine: LayoutEngine = "auto",
    aspect: Aspect | null = null,
  ): Promise<TreeView> => unwrap(() => commands.autoLayout(treeId, direction, engine, aspect)),
  /** Collapses node `node` (hides the branch below it), or expands it; view state, no undo. */
  collapseNode: (treeId: number, node: NodeId, collapse: boolean): Promise<TreeView> =>
    unwrap(() => commands.collapseNode(treeId, node, collapse)),
  /** Expands the collapsed nodes that hide any of `nodes`. */
  revealNodes: (treeId: number, nodes: NodeId[]): Promise<TreeView> =>
    unwrap(() => commands.revealNodes(treeId, nodes)),
  /** A new tree, blank or from a built-in template; the list after it. */
  createTree: (template: Template | null): Promise<TreeListChange> =>
    unwrap(() => commands.createTree(template)),
  /** A copy of the tree named "… (copy)". */
  duplicateTree: (treeId: number): Promise<TreeListChange> =>
    unwrap(() => commands.duplicateTree(treeId)),
  /** Moves the tree to the trash (`restoreTree` undoes it until the app restarts). */
  deleteTree: (treeId: number): Promise<TreeListChange> =>
    unwrap(() => commands.deleteTree(treeId)),
  restoreTree: (treeId: number): Promise<TreeListChange> =>
    unwrap(() => commands.restoreTree(treeId)),
  /** Puts the nodes (and the links between them) on the clipboard; how many. */
  copyNodes: (treeId: number, ids: NodeId[]): Promise<number> =>
    unwrap(() => commands.copyNodes(treeId, ids)),
  /**
   * Pastes the clipboard: kpitree nodes centred at `at` (canvas coordinates), or
   * text as an outline under node `under` (or at `at`), one undo step.
   */
  pasteNodes: (treeId: number, at: Position | null, under: NodeId | null): Promise<Pasted> =>
    unwrap(() => commands.pasteNodes(treeId, at, under)),
  /** Adds a node at `place`, of `kind` or (below or beside a node) its kin's. */
  addNode: (treeId: number, kind: NodeKind | null, place: NewNodePlace): Promise<Pasted> =>
    unwrap(() => commands.addNode(treeId, kind, place)),
  /** Links two nodes as a line drawn from `from` to `to` (the core picks the kind). */
  connectNodes: (treeId: number, from: NodeId, to: NodeId): Promise<TreeView> =>
    unwrap(() => commands.connectNodes(treeId, from, to)),

  /** Copies the nodes beside the originals, without the clipboard. */
  duplicateNodes: (treeId: number, ids: NodeId[]): Promise<Pasted> =>
    unwrap(() => commands.duplicateNodes(treeId, ids)),
  readClipboardText: (): Promise<string> => unwrap(() => commands.readClipboardText()),
  /**
   * Asks for a CSV file of values and adds them to the tree (one undo step); what it
   * stored, or `null` when the user cancelled.
   */
  importValues: (treeId: number): Promise<ValuesImported | null> =>
    unwrap(() => commands.importValues(treeId)),
  /** Asks for a JSON file and imports it; `null` when the user cancelled. */
  importJson: (): Promise<TreeListChange | null> => unwrap(() => commands.importJson()),
  /** Asks where to save the tree and writes it; the path, or `null` when cancelled. */
  exportTree: (treeId: number, format: ExportFormat, theme: Theme): Promise<string | null> =>
    unwrap(() => commands.exportTree(treeId, format, theme)),
  saveViewState: (treeId: number, viewState: ViewState): Promise<null> =>
    unwrap(() => commands.saveViewState(treeId, viewState)),
  loadViewState: (treeId: number): Promise<ViewState | null> =>
    unwrap(() => commands.loadViewState(treeId)),
  /** The leaves below `node`, ranked by elasticity (the node needs a formula). */
  leverage: (treeId: number, node: NodeId): Promise<Leverage[]> =>
    unwrap(() => commands.leverage(treeId, node)),
  /** Every value and status with `overrides` in place; nothing is saved. */
  whatIf: (treeId: number, overrides: Readonly<Record<NodeId, Override>>): Promise<WhatIf> =>
    unwrap(() => commands.whatIf(treeId, { ...overrides })),
  /** Sets when the tree's values are on track or at risk; the tree after it. */
  setStatusThresholds: (treeId: number, thresholds: StatusThresholds): Promise<TreeView> =>
    unwrap(() => commands.setStatusThresholds(treeId, thresholds)),
  /** Shows the tree at the period and comparison of `choice` (kept per tree). */
  chooseTime: (treeId: number, choice: TimeChoice): Promise<TreeView> =>
    unwrap(() => commands.chooseTime(treeId, choice)),
  /** How node `node`'s change from `from` to `to` splits among its leaves (SPEC 9). */
  explainChange: (
    treeId: number,
    node: NodeId,
    from: string,
    to: string,
  ): Promise<ExplainedChange> => unwrap(() => commands.explainChange(treeId, node, from, to)),
  /** The periods the values grid offers as columns. */
  valueColumns: (treeId: number): Promise<PeriodColumn[]> =>
    unwrap(() => commands.valueColumns(treeId)),
  /**
   * Puts `text` (a cell, or a block copied from a spreadsheet) on the values grid,
   * its first cell at row `at` (of `rows`) and column `period`; one undo step.
   */
  pasteValues: (
    treeId: number,
    rows: NodeId[],
    at: NodeId,
    period: string,
    text: string,
  ): Promise<TreeView> => unwrap(() => commands.pasteValues(treeId, rows, at, period, text)),
  /** Keeps a read-only copy of the tree named `name` (SPEC 10); the snapshot taken. */
  takeSnapshot: (treeId: number, name: string): Promise<SnapshotSummary> =>
    unwrap(() => commands.takeSnapshot(treeId, name)),
  /** The tree's snapshots, oldest first. */
  listSnapshots: (treeId: number): Promise<SnapshotSummary[]> =>
    unwrap(() => commands.listSnapshots(treeId)),
  /** A snapshot as the canvas shows it (read-only). */
  openSnapshot: (snapshotId: number): Promise<SnapshotView> =>
    unwrap(() => commands.openSnapshot(snapshotId)),
  /** Adds the snapshot's tree as a new tree; the list after it. */
  restoreSnapshot: (snapshotId: number): Promise<TreeListChange> =>
    unwrap(() => commands.restoreSnapshot(snapshotId)),
  /** Asks where to save the snapshot and writes it; the path, or `null` when cancelled. */
  exportSnapshot: (
    snapshotId: number,
    format: ExportFormat,
    theme: Theme,
  ): Promise<string | null> => unwrap(() => commands.exportSnapshot(snapshotId, format, theme)),
  /** How the tree, as it is now, differs from a snapshot or another tree. */
  compareTree: (treeId: number, other: CompareWith): Promise<Comparison> =>
    unwrap(() => commands.compareTree(treeId, other)),
  /** The union of the trees with `choices` applied (conflicts left, suggestions); writes nothing. */
  mergeTrees: (treeIds: number[], name: string, choices: Choices): Promise<Merged> =>
    unwrap(() => commands.mergeTrees(treeIds, name, choices)),
  /** Adds the union of the trees as a new tree (refused while a conflict is open). */
  addMergedTree: (treeIds: number[], name: string, choices: Choices): Promise<TreeListChange> =>
    unwrap(() => commands.addMergedTree(treeIds, name, choices)),
  /** Full screen without the menu bar (present mode), or back. */
  setPresenting: (presenting: boolean): Promise<null> =>
    unwrap(() => commands.setPresenting(presenting)),
};

export type Api = typeof api;
