import { mockIPC } from "@tauri-apps/api/mocks";
import { describe, expect, it } from "vitest";

import { startup, ziraView } from "../test/fixtures";
import { api, KpitreeError, toKpitreeError } from "./api";

describe("api", () => {
  it("unwraps a command's data", async () => {
    mockIPC((cmd, args) => {
      if (cmd === "startup") return startup;
      if (cmd === "open_tree") return { ...ziraView, id: Number((args as { id: number }).id) };
      throw new Error(`unexpected ${cmd}`);
    });
    await expect(api.startup()).resolves.toEqual(startup);
    await expect(api.openTree(1)).resolves.toMatchObject({ id: 1, tree: { name: "Zira growth" } });
  });

  it("passes arguments under their Rust names", async () => {
    const seen: unknown[] = [];
    mockIPC((cmd, args) => {
      seen.push([cmd, args]);
      return ziraView;
    });
    await api.openTree(7);
    const edit = { type: "move_nodes" as const, moves: [{ id: "arr", position: { x: 1, y: 2 } }] };
    await api.performEdit(7, edit);
    await api.undo(7);
    await api.redo(7);
    await api.autoLayout(7, "left_right");
    expect(seen).toEqual([
      ["open_tree", { id: 7 }],
      ["perform_edit", { treeId: 7, edit }],
      ["undo", { treeId: 7 }],
      ["redo", { treeId: 7 }],
      ["auto_layout", { treeId: 7, direction: "left_right", engine: "auto", aspect: null }],
    ]);
  });

  it("throws an AppError as a KpitreeError of the same kind", async () => {
    mockIPC(() => {
      throw { kind: "not_found", message: "no tree with id 9" };
    });
    const error = await api.openTree(9).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KpitreeError);
    expect(error).toMatchObject({ kind: "not_found", message: "no tree with id 9" });
  });

  it("throws anything else as an internal error", async () => {
    mockIPC(() => Promise.reject("command open_tree not found"));
    await expect(api.openTree(1)).rejects.toMatchObject({
      kind: "internal",
      message: "command open_tree not found",
    });
  });
});

describe("toKpitreeError", () => {
  it("keeps a KpitreeError and rejects unknown kinds", () => {
    const error = new KpitreeError("store", "locked");
    expect(toKpitreeError(error)).toBe(error);
    expect(toKpitreeError({ kind: "weird", message: "x" }).kind).toBe("internal");
    expect(toKpitreeError(new Error("boom"))).toMatchObject({ kind: "internal", message: "boom" });
    expect(toKpitreeError(42).kind).toBe("internal");
  });
});
