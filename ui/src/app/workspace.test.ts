import { describe, expect, it } from "vitest";

import { emptyView, startup, ziraView } from "../test/fixtures";
import { initialTreeId, initialWorkspace, workspaceReducer } from "./workspace";

const started = workspaceReducer(initialWorkspace, { type: "started", startup });

describe("initialTreeId", () => {
  it("opens the last tree, else the first, else none", () => {
    expect(initialTreeId(startup)).toBe(1);
    expect(initialTreeId({ ...startup, last_tree_id: 2 })).toBe(2);
    expect(initialTreeId({ ...startup, last_tree_id: 99 })).toBe(1);
    expect(initialTreeId({ ...startup, last_tree_id: null })).toBe(1);
    expect(initialTreeId({ ...startup, trees: [], last_tree_id: null })).toBeNull();
  });
});

describe("workspaceReducer", () => {
  it("keeps the current tree on screen while the next one loads", () => {
    let state = workspaceReducer(started, { type: "treeRequested", id: 1 });
    state = workspaceReducer(state, { type: "treeOpened", view: ziraView });
    state = workspaceReducer(state, { type: "treeRequested", id: 2 });
    expect(state).toMatchObject({ selectedId: 2, loading: true, view: ziraView });
    state = workspaceReducer(state, { type: "treeOpened", view: emptyView });
    expect(state).toMatchObject({ selectedId: 2, loading: false, view: emptyView });
  });

  it("ignores an answer for a tree that is no longer selected", () => {
    let state = workspaceReducer(started, { type: "treeRequested", id: 1 });
    state = workspaceReducer(state, { type: "treeRequested", id: 2 });
    state = workspaceReducer(state, { type: "treeOpened", view: ziraView });
    expect(state).toMatchObject({ selectedId: 2, loading: true, view: null });
    const failed = workspaceReducer(state, {
      type: "treeFailed",
      id: 1,
      error: { kind: "not_found", message: "gone" },
    });
    expect(failed).toBe(state);
  });

  it("shows a failure to open the selected tree and clears it", () => {
    let state = workspaceReducer(started, { type: "treeRequested", id: 1 });
    state = workspaceReducer(state, { type: "treeOpened", view: ziraView });
    state = workspaceReducer(state, { type: "treeRequested", id: 2 });
    state = workspaceReducer(state, {
      type: "treeFailed",
      id: 2,
      error: { kind: "store", message: "locked" },
    });
    expect(state).toMatchObject({ view: null, loading: false, error: { kind: "store" } });
    expect(workspaceReducer(state, { type: "errorDismissed" }).error).toBeNull();
  });
});
