import { describe, expect, it } from "vitest";

import type { TreeSummary, TreeView } from "../ipc/api";
import { emptyView, faceMetrics, startup, trees, ziraView } from "../test/fixtures";
import {
  compareTrees,
  editableTreeId,
  initialTreeId,
  initialWorkspace,
  withSummary,
  workspaceReducer,
} from "./workspace";
import type { WorkspaceState } from "./workspace";

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

  it("keeps the core's face metrics", () => {
    expect(initialWorkspace.faceMetrics).toBeNull();
    expect(started.faceMetrics).toEqual(faceMetrics);
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

/** The started workspace with tree `view` open. */
function opened(view: TreeView = ziraView): WorkspaceState {
  const state = workspaceReducer(started, { type: "treeRequested", id: view.id });
  return workspaceReducer(state, { type: "treeOpened", view });
}

function renamed(view: TreeView, name: string): TreeView {
  return { ...view, tree: { ...view.tree, name } };
}

const third: TreeSummary = {
  id: 3,
  name: "Marketplace growth (sample)",
  node_count: 20,
  link_count: 24,
};

describe("the list of trees", () => {
  it("takes a new list and keeps the open tree when it is still in it", () => {
    const state = workspaceReducer(opened(), { type: "treesChanged", trees: [...trees, third] });
    expect(state.trees).toEqual([...trees, third]);
    expect(state).toMatchObject({ selectedId: 1, view: ziraView, loading: false });
    expect(editableTreeId(state)).toBe(1);
  });

  it("closes the open tree when the new list no longer has it", () => {
    const state = workspaceReducer(opened(), { type: "treesChanged", trees: [trees[1] ?? third] });
    expect(state).toMatchObject({ selectedId: null, view: null, loading: false });
    expect(editableTreeId(state)).toBeNull();
  });

  it("stops a tree that is gone from being loaded or renamed", () => {
    let state = workspaceReducer(opened(), { type: "treeRequested", id: 2 });
    state = workspaceReducer(state, { type: "renameStarted", id: 2 });
    expect(state.renamingId).toBe(2);
    state = workspaceReducer(state, { type: "treesChanged", trees: [trees[0] ?? third] });
    expect(state).toMatchObject({ selectedId: null, loading: false, renamingId: null });
    // The answer for the deleted tree, arriving late, is not shown.
    expect(workspaceReducer(state, { type: "treeOpened", view: emptyView }).view).toBeNull();
  });

  it("keeps the open tree's line in step with its view, whatever list comes", () => {
    const edited = { ...ziraView, tree: { ...ziraView.tree, nodes: ziraView.tree.nodes.slice(1) } };
    let state = workspaceReducer(opened(), { type: "treeChanged", view: edited, change: "edit" });
    expect(state.trees?.[0]).toEqual({ id: 1, name: "Zira growth", node_count: 7, link_count: 8 });
    // A list sent by a command that ran before the edit answered is stale for it.
    state = workspaceReducer(state, { type: "treesChanged", trees });
    expect(state.trees?.[0]?.node_count).toBe(7);
  });

  it("renames the open tree's line, in the store's order, when its view is renamed", () => {
    const state = workspaceReducer(opened(), {
      type: "treeChanged",
      view: renamed(ziraView, "Acme growth"),
      change: "edit",
    });
    expect(state.view?.tree.name).toBe("Acme growth");
    expect(state.trees?.map((tree) => [tree.id, tree.name])).toEqual([
      [1, "Acme growth"],
      [2, "Empty board"],
    ]);
    const later = workspaceReducer(state, {
      type: "treeChanged",
      view: renamed(ziraView, "Zz top"),
      change: "history",
    });
    expect(later.trees?.map((tree) => tree.id)).toEqual([2, 1]);
  });

  it("renames the line of a tree that is not open, and leaves the open one alone", () => {
    const before = opened();
    const state = workspaceReducer(before, {
      type: "treeChanged",
      view: renamed(emptyView, "A blank board"),
      change: "edit",
    });
    expect(state.view).toBe(ziraView);
    expect(state.change).toBe("open");
    expect(state.trees?.map((tree) => tree.name)).toEqual(["A blank board", "Zira growth"]);
  });
});

describe("withSummary and compareTrees", () => {
  it("returns the same list when the line is already in step or missing", () => {
    expect(withSummary(trees, ziraView)).toBe(trees);
    expect(withSummary(trees, { ...ziraView, id: 99 })).toBe(trees);
  });

  it("orders by code point like the store, then by id", () => {
    const named = (id: number, name: string): TreeSummary => ({
      id,
      name,
      node_count: 0,
      link_count: 0,
    });
    const list = [
      named(3, "b"),
      named(1, "B"),
      named(5, "😀"),
      named(4, "Äpfel"),
      named(2, "B"),
      // U+FB01 comes before U+1F600, though its UTF-16 unit is above the surrogates.
      named(6, "\uFB01le"),
    ];
    expect(list.sort(compareTrees).map((tree) => tree.id)).toEqual([1, 2, 3, 4, 6, 5]);
  });
});

describe("notices", () => {
  const undo = { kind: "restoreTree" as const, treeId: 1, label: "Undo" };

  it("shows a notice with a new key each time, and its action as plain data", () => {
    let state = workspaceReducer(started, {
      type: "noticeShown",
      message: "Deleted",
      action: undo,
    });
    expect(state.notice).toEqual({ key: 1, message: "Deleted", action: undo });
    expect(JSON.parse(JSON.stringify(state.notice))).toEqual(state.notice);
    state = workspaceReducer(state, { type: "noticeShown", message: "Exported", action: null });
    expect(state.notice).toEqual({ key: 2, message: "Exported", action: null });
  });

  it("dismisses only the notice it names", () => {
    let state = workspaceReducer(started, { type: "noticeShown", message: "one", action: null });
    state = workspaceReducer(state, { type: "noticeShown", message: "two", action: null });
    // The first notice's timer ends after the second one is shown.
    expect(workspaceReducer(state, { type: "noticeDismissed", key: 1 })).toBe(state);
    expect(workspaceReducer(state, { type: "noticeDismissed", key: 2 }).notice).toBeNull();
  });
});

describe("library commands", () => {
  it("marks an export as running until it ends", () => {
    const state = workspaceReducer(opened(), { type: "exportStarted" });
    expect(state.exporting).toBe(true);
    expect(workspaceReducer(state, { type: "exportEnded" }).exporting).toBe(false);
  });

  it("starts renaming only a tree of the list", () => {
    const state = opened();
    expect(workspaceReducer(state, { type: "renameStarted", id: 99 })).toBe(state);
    const renaming = workspaceReducer(state, { type: "renameStarted", id: 2 });
    expect(renaming.renamingId).toBe(2);
    expect(workspaceReducer(renaming, { type: "renameEnded" }).renamingId).toBeNull();
    expect(workspaceReducer(initialWorkspace, { type: "renameStarted", id: 1 })).toBe(
      initialWorkspace,
    );
  });

  it("shows a failed command whichever tree it concerned, keeping the open one", () => {
    const error = { kind: "store" as const, message: "disk full" };
    const state = workspaceReducer(opened(), { type: "commandFailed", error });
    expect(state).toMatchObject({ error, view: ziraView, selectedId: 1 });
  });
});
