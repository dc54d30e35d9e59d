import { describe, expect, it } from "vitest";

import type { Startup } from "../ipc/api";
import { emptyView, faceMetrics, startup, ziraView } from "../test/fixtures";
import { editableTreeId, initialTreeId, initialWorkspace, workspaceReducer } from "./workspace";

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

  it("keeps the core's face metrics, or none from a core without them", () => {
    expect(started.faceMetrics).toEqual(faceMetrics);
    const old: Partial<Startup> = { ...startup };
    delete old.face_metrics;
    const state = workspaceReducer(initialWorkspace, { type: "started", startup: old as Startup });
    expect(state.faceMetrics).toBeNull();
  });

  it("takes a changed view of the open tree, with what changed it", () => {
    let state = workspaceReducer(started, { type: "treeRequested", id: 1 });
    state = workspaceReducer(state, { type: "treeOpened", view: ziraView });
    expect(state.change).toBe("open");
    const undone = { ...ziraView, can_redo: true };
    state = workspaceReducer(state, { type: "treeChanged", view: undone, change: "history" });
    expect(state).toMatchObject({ view: undone, change: "history" });
  });

  it("ignores a changed view of a tree that is not on screen", () => {
    let state = workspaceReducer(started, { type: "treeRequested", id: 1 });
    state = workspaceReducer(state, { type: "treeOpened", view: ziraView });
    state = workspaceReducer(state, { type: "treeRequested", id: 2 });
    const late = workspaceReducer(state, { type: "treeChanged", view: ziraView, change: "edit" });
    expect(late).toBe(state);
  });

  it("shows a refused edit and keeps the tree as it was", () => {
    let state = workspaceReducer(started, { type: "treeRequested", id: 1 });
    state = workspaceReducer(state, { type: "treeOpened", view: ziraView });
    const error = { kind: "invalid_input" as const, message: "no node moved" };
    const failed = workspaceReducer(state, { type: "editFailed", id: 1, error });
    expect(failed).toMatchObject({ view: ziraView, error });
    expect(workspaceReducer(state, { type: "editFailed", id: 2, error })).toBe(state);
  });
});

describe("editableTreeId", () => {
  it("is the tree on screen once loaded, none while another loads", () => {
    expect(editableTreeId(started)).toBeNull();
    let state = workspaceReducer(started, { type: "treeRequested", id: 1 });
    expect(editableTreeId(state)).toBeNull();
    state = workspaceReducer(state, { type: "treeOpened", view: ziraView });
    expect(editableTreeId(state)).toBe(1);
    state = workspaceReducer(state, { type: "treeRequested", id: 2 });
    expect(editableTreeId(state)).toBeNull();
  });
});
