// Stands in for the Rust side in component tests (mockIPC).

import { mockIPC } from "@tauri-apps/api/mocks";

import type { TreeView } from "../ipc/api";
import { emptyView, startup, ziraView } from "./fixtures";

export type Handler = (cmd: string, args: Record<string, unknown>) => unknown;

/** Stands in for the Rust side: the two sample trees, or what a test overrides. */
export function backend(
  overrides: Partial<Record<string, Handler>> = {},
  views: TreeView[] = [ziraView, emptyView],
) {
  const calls: string[] = [];
  mockIPC((cmd, payload) => {
    calls.push(cmd);
    const args = (payload ?? {}) as Record<string, unknown>;
    const override = overrides[cmd];
    if (override !== undefined) return override(cmd, args);
    switch (cmd) {
      case "startup":
        return startup;
      case "list_trees":
        return startup.trees;
      case "open_tree": {
        const view = views.find((v) => v.id === args.id);
        if (view === undefined)
          throw { kind: "not_found", message: `no tree with id ${String(args.id)}` };
        return view;
      }
      default:
        throw new Error(`unexpected command ${cmd}`);
    }
  });
  return calls;
}
