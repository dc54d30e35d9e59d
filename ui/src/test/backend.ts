// Stands in for the Rust side in component tests (mockIPC).
//
// The library commands keep a small store: the list of trees (in the store's
// order, by name then id), their views and a trash, so that a test can create,
// duplicate, rename, delete and restore trees as the app does. It keeps the
// preferences too: `startup` hands over what `save_preferences` kept.

import { mockIPC } from "@tauri-apps/api/mocks";

import type {
  Edit,
  Preferences,
  Template,
  TreeListChange,
  TreeSummary,
  TreeView,
} from "../ipc/api";
import { emptyView, startup, templateNames, viewAs, ziraView } from "./fixtures";

/**
 * Answers one command. `fallback` gives the backend's own answer, for an override
 * that only watches or delays.
 */
export type Handler = (
  cmd: string,
  args: Record<string, unknown>,
  fallback: () => unknown,
) => unknown;

/** One command the page sent, with its arguments. */
export interface Invocation {
  readonly cmd: string;
  readonly args: Record<string, unknown>;
}

/** Every command the page sent since the last `backend()`, with its arguments. */
export const invocations: Invocation[] = [];

function byName(a: TreeSummary, b: TreeSummary): number {
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id - b.id;
}

function summaryOf(view: TreeView): TreeSummary {
  return {
    id: view.id,
    name: view.tree.name,
    node_count: view.tree.nodes.length,
    link_count: view.tree.links.length,
  };
}

function notFound(id: unknown): never {
  throw { kind: "not_found", message: `no tree with id ${String(id)}` };
}

/** Stands in for the Rust side: the two sample trees, or what a test overrides. */
export function backend(
  overrides: Partial<Record<string, Handler>> = {},
  views: TreeView[] = [ziraView, emptyView],
  kept: Preferences = startup.preferences,
) {
  let preferences = kept;
  const calls: string[] = [];
  invocations.length = 0;

  // The store: its trees, their views and the trash.
  let list: TreeSummary[] = [...startup.trees];
  const stored = new Map<number, TreeView>(views.map((view) => [view.id, view]));
  const trash = new Map<number, TreeSummary>();
  let lastId = Math.max(0, ...list.map((tree) => tree.id), ...views.map((view) => view.id));

  const changed = (id: number): TreeListChange => ({ id, trees: [...list] });
  const uniqueName = (name: string) => {
    const taken = new Set(list.map((tree) => tree.name));
    if (!taken.has(name)) return name;
    for (let n = 2; ; n++) if (!taken.has(`${name} ${n}`)) return `${name} ${n}`;
  };
  const insert = (base: TreeView, name: string): TreeListChange => {
    lastId += 1;
    const view = viewAs(base, lastId, uniqueName(name));
    stored.set(view.id, view);
    list = [...list, summaryOf(view)].sort(byName);
    return changed(view.id);
  };
  const viewOf = (id: unknown): TreeView => {
    const view = typeof id === "number" ? stored.get(id) : undefined;
    if (view === undefined || !list.some((tree) => tree.id === id)) notFound(id);
    return view;
  };

  const answer = (cmd: string, args: Record<string, unknown>): unknown => {
    switch (cmd) {
      case "startup":
        return { ...startup, preferences };
      case "save_preferences":
        preferences = args.preferences as Preferences;
        return null;
      case "list_trees":
        return startup.trees;
      case "open_tree": {
        const view = typeof args.id === "number" ? stored.get(args.id) : undefined;
        if (view === undefined || trash.has(view.id)) notFound(args.id);
        return view;
      }
      case "create_tree": {
        const template = (args.template ?? null) as Template | null;
        if (template === null) return insert({ ...emptyView, routes: [] }, "Untitled tree");
        return insert(ziraView, templateNames[template]);
      }
      case "duplicate_tree": {
        const view = viewOf(args.treeId);
        return insert(view, `${view.tree.name} (copy)`);
      }
      case "delete_tree": {
        const summary = list.find((tree) => tree.id === args.treeId);
        if (summary === undefined) notFound(args.treeId);
        trash.set(summary.id, summary);
        list = list.filter((tree) => tree !== summary);
        return changed(summary.id);
      }
      case "restore_tree": {
        const summary = typeof args.treeId === "number" ? trash.get(args.treeId) : undefined;
        if (summary === undefined) notFound(args.treeId);
        trash.delete(summary.id);
        list = [...list, summary].sort(byName);
        return changed(summary.id);
      }
      case "perform_edit": {
        const edit = args.edit as Edit;
        const view = viewOf(args.treeId);
        if (edit.type !== "rename_tree") throw new Error(`unexpected edit ${edit.type}`);
        if (edit.name.trim() === "")
          throw { kind: "invalid_input", message: "a tree needs a name" };
        const renamed = { ...view, tree: { ...view.tree, name: edit.name }, can_undo: true };
        stored.set(renamed.id, renamed);
        list = list
          .map((tree) => (tree.id === renamed.id ? summaryOf(renamed) : tree))
          .sort(byName);
        return renamed;
      }
      case "import_json":
        // The user cancelled the dialog.
        return null;
      case "export_tree": {
        const view = viewOf(args.treeId);
        return `/home/pat/Documents/${view.tree.name}.${String(args.format)}`;
      }
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  };

  mockIPC((cmd, payload) => {
    calls.push(cmd);
    const args = (payload ?? {}) as Record<string, unknown>;
    invocations.push({ cmd, args });
    const override = overrides[cmd];
    if (override !== undefined) return override(cmd, args, () => answer(cmd, args));
    return answer(cmd, args);
  });
  return calls;
}
