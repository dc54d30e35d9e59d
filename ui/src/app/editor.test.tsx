// The editor's first slice, through the whole window with mockIPC standing in for
// Rust: undo and redo, their shortcuts, auto-layout, dragging nodes, node faces.

import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { DEFAULT_PREFERENCES } from "../ipc/api";
import type { Edit, Position, Preferences, TreeView } from "../ipc/api";
import { backend, invocations } from "../test/backend";
import { ziraView } from "../test/fixtures";
import { App } from "./App";

/** `view` with node `id` at `position`, its routes dropped (they no longer fit). */
function moved(view: TreeView, id: string, position: Position, fields: Partial<TreeView> = {}) {
  return {
    ...view,
    tree: {
      ...view.tree,
      nodes: view.tree.nodes.map((n) => (n.id === id ? { ...n, position } : n)),
    },
    routes: [],
    ...fields,
  };
}

/** Where React Flow drew node `id`: its wrapper's translation (the box's top-left). */
function drawnAt(id: string): string {
  const wrapper = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  return wrapper?.style.transform ?? "";
}

/**
 * A mouse event as a browser sends it. d3-drag listens on the event's `view`,
 * which jsdom will not take from an init dictionary.
 */
function mouse(target: EventTarget, type: string, clientX: number, clientY: number) {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX, clientY });
  Object.defineProperty(event, "view", { value: window });
  target.dispatchEvent(event);
}

/** The user prefers reduced motion (and the viewport does not glide either). */
function reduceMotion() {
  vi.stubGlobal(
    "matchMedia",
    vi.fn((query: string) => ({ matches: query.includes("reduce"), media: query })),
  );
}

async function openZira() {
  render(<App />);
  return screen.findByTestId("node-arr");
}

/** The preference `key` as last written back with `save_preferences`. */
function saved<K extends keyof Preferences>(key: K): Preferences[K] | undefined {
  const writes = invocations.filter((call) => call.cmd === "save_preferences");
  const last = writes.at(-1)?.args.preferences as Preferences | undefined;
  return last?.[key];
}

afterEach(() => vi.unstubAllGlobals());

describe("undo and redo", () => {
  it("are disabled while the tree has nothing to undo or redo", async () => {
    backend();
    await openZira();
    expect(screen.getByTestId("action-undo")).toBeDisabled();
    expect(screen.getByTestId("action-redo")).toBeDisabled();
  });

  it("call the commands and follow can_undo and can_redo", async () => {
    const seen: unknown[] = [];
    const undone = { ...ziraView, can_undo: false, can_redo: true };
    const redone = { ...ziraView, can_undo: true, can_redo: false };
    backend(
      {
        undo: (_cmd, args) => {
          seen.push(["undo", args]);
          return undone;
        },
        redo: (_cmd, args) => {
          seen.push(["redo", args]);
          return redone;
        },
      },
      [{ ...ziraView, can_undo: true }],
    );
    await openZira();
    const undo = screen.getByTestId("action-undo");
    const redo = screen.getByTestId("action-redo");
    expect(undo).toBeEnabled();
    expect(redo).toBeDisabled();
    fireEvent.click(undo);
    await waitFor(() => expect(redo).toBeEnabled());
    expect(undo).toBeDisabled();
    fireEvent.click(redo);
    await waitFor(() => expect(undo).toBeEnabled());
    expect(redo).toBeDisabled();
    expect(seen).toEqual([
      ["undo", { treeId: 1 }],
      ["redo", { treeId: 1 }],
    ]);
  });

  it("show a refusal in the error banner and change nothing", async () => {
    backend(
      {
        undo: () => {
          throw { kind: "store", message: "the store file is locked by another program" };
        },
      },
      [{ ...ziraView, can_undo: true }],
    );
    await openZira();
    fireEvent.click(screen.getByTestId("action-undo"));
    const banner = await screen.findByTestId("error-banner");
    expect(banner).toHaveAttribute("data-kind", "store");
    expect(banner).toHaveTextContent("locked by another program");
    expect(screen.getByTestId("action-undo")).toBeEnabled();
    expect(screen.getByTestId("node-arr")).toBeInTheDocument();
  });
});

describe("keyboard shortcuts", () => {
  function history(fields: Partial<TreeView>) {
    const calls = backend(
      {
        undo: () => ({ ...ziraView, ...fields }),
        redo: () => ({ ...ziraView, ...fields }),
        auto_layout: () => ({ ...ziraView, ...fields }),
      },
      [{ ...ziraView, ...fields }],
    );
    return () => calls.filter((cmd) => ["undo", "redo", "auto_layout"].includes(cmd));
  }

  it("undo with Ctrl/Cmd+Z, redo with Shift+Ctrl/Cmd+Z and Ctrl+Y", async () => {
    const sent = history({ can_undo: true, can_redo: true });
    await openZira();
    fireEvent.keyDown(window, { key: "z", code: "KeyZ", ctrlKey: true });
    fireEvent.keyDown(window, { key: "z", code: "KeyZ", metaKey: true });
    fireEvent.keyDown(window, { key: "Z", code: "KeyZ", ctrlKey: true, shiftKey: true });
    fireEvent.keyDown(window, { key: "Z", code: "KeyZ", metaKey: true, shiftKey: true });
    fireEvent.keyDown(window, { key: "y", code: "KeyY", ctrlKey: true });
    await waitFor(() => expect(sent()).toEqual(["undo", "undo", "redo", "redo", "redo"]));
  });

  it("lay out with Shift+Ctrl/Cmd+L", async () => {
    reduceMotion();
    const sent = history({});
    await openZira();
    fireEvent.keyDown(window, { key: "L", code: "KeyL", ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(sent()).toEqual(["auto_layout"]));
  });

  it("do nothing while typing in a field, or with nothing to undo", async () => {
    const sent = history({ can_undo: false, can_redo: false });
    await openZira();
    const field = document.createElement("input");
    document.body.append(field);
    fireEvent.keyDown(field, { key: "z", code: "KeyZ", ctrlKey: true });
    fireEvent.keyDown(window, { key: "z", code: "KeyZ", ctrlKey: true });
    fireEvent.keyDown(window, { key: "y", code: "KeyY", ctrlKey: true });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent()).toEqual([]);
    field.remove();
  });
});

describe("auto-layout", () => {
  it("lays the tree out in the chosen direction and remembers the choice", async () => {
    const seen: unknown[] = [];
    backend({
      auto_layout: (_cmd, args) => {
        seen.push(args);
        return { ...ziraView, can_undo: true };
      },
    });
    await openZira();
    const topDown = screen.getByTestId("action-layout-direction-top_down");
    const leftRight = screen.getByTestId("action-layout-direction-left_right");
    expect(topDown).toHaveAttribute("aria-checked", "true");
    fireEvent.click(screen.getByTestId("action-auto-layout"));
    // jsdom lays nothing out: the canvas has no size to give as the aspect.
    const args = (direction: string, engine = "auto") => ({
      treeId: 1,
      direction,
      engine,
      aspect: null,
    });
    await waitFor(() => expect(seen).toEqual([args("top_down")]));

    fireEvent.click(leftRight);
    expect(leftRight).toHaveAttribute("aria-checked", "true");
    expect(topDown).toHaveAttribute("aria-checked", "false");
    expect(saved("layout_direction")).toBe("left_right");
    fireEvent.click(screen.getByTestId("action-auto-layout"));
    await waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual(args("left_right"));
    await waitFor(() => expect(screen.getByTestId("action-undo")).toBeEnabled());

    // Compact: top-down with the compact engine, remembered as such.
    fireEvent.click(screen.getByTestId("action-layout-direction-compact"));
    expect(saved("layout_engine")).toBe("compact");
    expect(saved("layout_direction")).toBe("top_down");
    fireEvent.click(screen.getByTestId("action-auto-layout"));
    await waitFor(() => expect(seen).toHaveLength(3));
    expect(seen[2]).toEqual(args("top_down", "compact"));
  });

  it("starts from the direction chosen last time", async () => {
    const seen: unknown[] = [];
    backend(
      {
        auto_layout: (_cmd, args) => {
          seen.push(args);
          return ziraView;
        },
      },
      undefined,
      { ...DEFAULT_PREFERENCES, layout_direction: "left_right" },
    );
    await openZira();
    fireEvent.keyDown(window, { key: "L", code: "KeyL", metaKey: true, shiftKey: true });
    await waitFor(() =>
      expect(seen).toEqual([{ treeId: 1, direction: "left_right", engine: "auto", aspect: null }]),
    );
  });

  it("animates each node to its new place, then shows it exactly there", async () => {
    backend({ auto_layout: () => moved(ziraView, "arr", { x: 100, y: 50 }) });
    await openZira();
    await waitFor(() => expect(drawnAt("arr")).toBe("translate(-130px,-70px)"));
    const seen = new Set<string>();
    const watch = new MutationObserver(() => seen.add(drawnAt("arr")));
    const wrapper = document.querySelector('.react-flow__node[data-id="arr"]');
    if (wrapper !== null) watch.observe(wrapper, { attributes: true });
    fireEvent.click(screen.getByTestId("action-auto-layout"));
    // 260 × 140 centred on (100, 50).
    await waitFor(() => expect(drawnAt("arr")).toBe("translate(-30px,-20px)"), { timeout: 2000 });
    watch.disconnect();
    // It passed through places in between.
    seen.delete("translate(-130px,-70px)");
    seen.delete("translate(-30px,-20px)");
    expect(seen.size).toBeGreaterThan(1);
  });

  it("jumps at once when the user prefers reduced motion", async () => {
    reduceMotion();
    const frames = vi.spyOn(window, "requestAnimationFrame");
    backend({ auto_layout: () => moved(ziraView, "arr", { x: 100, y: 50 }) });
    await openZira();
    fireEvent.click(screen.getByTestId("action-auto-layout"));
    await waitFor(() => expect(drawnAt("arr")).toBe("translate(-30px,-20px)"));
    expect(frames).not.toHaveBeenCalled();
  });
});

describe("node faces", () => {
  it("draw each card at its face's size, with the core's name lines", async () => {
    backend();
    const arr = await openZira();
    expect(arr).toHaveClass("is-faced");
    expect(arr).toHaveStyle({ width: "260px", height: "140px" });
    const lines = arr.querySelectorAll(".kt-node__line");
    expect([...lines].map((line) => line.textContent)).toEqual(["Annual recurring", "revenue"]);
    expect(arr).toHaveTextContent("Annual recurring revenue");
    expect(screen.getByTestId("node-fast_ux")).toHaveStyle({ width: "220px", height: "58px" });
    expect(within(screen.getByTestId("node-fast_ux")).queryByTestId("node-value-fast_ux")).toBe(
      null,
    );
    expect(screen.getByTestId("canvas")).toHaveStyle({ "--kt-face-gap": "6px" });
  });

  it("draw links along the core's routes while the nodes stand where they were routed", async () => {
    backend();
    await openZira();
    const link = await screen.findByTestId("link-drives-net_new_customers-arr");
    await waitFor(() => expect(link).toHaveAttribute("data-routed", "true"));
    expect(link.querySelector("path")?.getAttribute("d")).toBe("M 0 70 C 0 108 -300 108 -300 146");
  });
});

describe("dragging nodes", () => {
  it("sends one move_nodes edit with the centres when the drag ends", async () => {
    // (Further cases of the edit itself: editor/moves.test.ts.)
    const edits: unknown[] = [];
    backend({
      perform_edit: (_cmd, args) => {
        edits.push(args);
        return moved(ziraView, "churned", { x: 340, y: 260 }, { can_undo: true });
      },
    });
    await openZira();
    await waitFor(() => expect(drawnAt("churned")).toBe("translate(190px,146px)"));
    const card = screen.getByTestId("node-churned");
    act(() => {
      mouse(card, "mousedown", 10, 10);
      mouse(window, "mousemove", 30, 40);
      mouse(window, "mousemove", 50, 70);
      mouse(window, "mouseup", 50, 70);
    });
    await waitFor(() => expect(edits).toHaveLength(1));
    const { treeId, edit } = edits[0] as { treeId: number; edit: Edit };
    expect(treeId).toBe(1);
    if (edit.type !== "move_nodes") throw new Error(`a ${edit.type} edit`);
    // The mouse moved (40, 60) on screen: as much on the canvas, at its zoom.
    const [churned, ...others] = edit.moves;
    expect(churned?.id).toBe("churned");
    const dx = (churned?.position.x ?? 0) - 300;
    const dy = (churned?.position.y ?? 0) - 200;
    expect(dx).toBeGreaterThan(0);
    expect(dx / dy).toBeCloseTo(40 / 60, 1);
    // The node the tree has no position for is fixed where it was shown.
    expect(others).toEqual([{ id: "aov", position: { x: 580, y: 400 } }]);
    await waitFor(() => expect(screen.getByTestId("action-undo")).toBeEnabled());
  });

  it("puts the nodes back and shows why when the edit is refused", async () => {
    backend({
      perform_edit: () => {
        throw { kind: "invalid_input", message: 'node "churned" cannot move there' };
      },
    });
    await openZira();
    await waitFor(() => expect(drawnAt("churned")).toBe("translate(190px,146px)"));
    const card = screen.getByTestId("node-churned");
    act(() => {
      mouse(card, "mousedown", 10, 10);
      mouse(window, "mousemove", 40, 40);
      mouse(window, "mousemove", 80, 90);
      mouse(window, "mouseup", 80, 90);
    });
    expect(drawnAt("churned")).not.toBe("translate(190px,146px)");
    const banner = await screen.findByTestId("error-banner");
    expect(banner).toHaveAttribute("data-kind", "invalid_input");
    await waitFor(() => expect(drawnAt("churned")).toBe("translate(190px,146px)"));
    expect(screen.getByTestId("action-undo")).toBeDisabled();
  });
});
