// Nothing typed in the inspector is lost or lands on another node: a field taken
// away with typed text commits it for its own node (and only while that node is
// still there), keys typed for a node not shown yet reach its name field, and the
// colour field's swatches and hex code.

import { act, fireEvent, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";

import type { Node, TreeView } from "../ipc/api";
import { ziraView } from "../test/fixtures";
import { parseHex } from "./colour";
import { blur, field, nodes, press, renderInspector, settle, typeInto } from "./test-helpers";
import { dropHeldKeys, holdKeysFor, takeKeysFor } from "./typeahead";

function stored(id: string, view: TreeView = ziraView): Node {
  const node = view.tree.nodes.find((candidate) => candidate.id === id);
  if (node === undefined) throw new Error(`no node ${id} in the fixture`);
  return node;
}

function withoutNode(view: TreeView, id: string): TreeView {
  return {
    ...view,
    tree: { ...view.tree, nodes: view.tree.nodes.filter((node) => node.id !== id) },
  };
}

/** Presses `key` on whatever has the focus (the body when nothing has). */
function keyDown(key: string): void {
  fireEvent.keyDown(document.activeElement ?? document.body, { key });
}

afterEach(() => dropHeldKeys());

describe("a field taken away with typed text", () => {
  it("commits it for the node it was typed for when the selection changes without a blur", async () => {
    const { rerender, edits } = renderInspector(ziraView, nodes("churned"));
    typeInto(field("value"), "42");
    // A shortcut or an undo changes the selection: the field goes, no blur comes.
    rerender(ziraView, nodes("activation"));
    await settle();
    expect(edits).toEqual([{ type: "update_node", node: { ...stored("churned"), value: 42 } }]);
    expect(field("value")).toHaveValue(String(stored("activation").value ?? ""));
  });

  it("sends nothing when its node is gone (deleted, undone) or another tree is shown", async () => {
    const { rerender, edits } = renderInspector(ziraView, nodes("churned"));
    typeInto(field("value"), "42");
    rerender(withoutNode(ziraView, "churned"), nodes());
    await settle();
    expect(edits).toEqual([]);

    rerender(ziraView, nodes("churned"));
    typeInto(field("name"), "Lost customers");
    rerender({ ...ziraView, id: ziraView.id + 1 }, nodes());
    await settle();
    expect(edits).toEqual([]);
  });

  it("commits a draft once, not again when the field goes after its blur", async () => {
    const { rerender, edits } = renderInspector(ziraView, nodes("churned"));
    typeInto(field("value"), "42");
    await blur(field("value"));
    rerender(ziraView, nodes("activation"));
    await settle();
    expect(edits).toHaveLength(1);
  });
});

describe("keys typed for a node added from the palette", () => {
  it("reach its name field when it shows, which keeps the focus", async () => {
    const { rerender, edits } = renderInspector(ziraView, nodes());
    holdKeysFor("churned");
    for (const key of ["L", "o", "s", "x", "Backspace", "t", " ", "c"]) keyDown(key);
    rerender(ziraView, nodes("churned"));
    await settle();
    expect(field("name")).toHaveValue("Lost c");
    expect(field("name")).toHaveFocus();
    expect(edits).toEqual([]);
    await blur(field("name"));
    expect(edits).toEqual([
      { type: "update_node", node: { ...stored("churned"), name: "Lost c" } },
    ]);
  });

  it("commit the name when Enter was pressed", async () => {
    const { rerender, edits } = renderInspector(ziraView, nodes());
    holdKeysFor("churned");
    for (const key of ["W", "o", "n", "Enter"]) keyDown(key);
    rerender(ziraView, nodes("churned"));
    await settle();
    expect(edits).toEqual([{ type: "update_node", node: { ...stored("churned"), name: "Won" } }]);
  });

  it("leave the name selected when none were typed, and go to no other node", async () => {
    const { rerender } = renderInspector(ziraView, nodes());
    holdKeysFor("churned");
    rerender(ziraView, nodes("activation"));
    await settle();
    expect(field("name")).not.toHaveFocus();
    expect(takeKeysFor("activation")).toBeNull();
    rerender(ziraView, nodes("churned"));
    await settle();
    const name = field("name");
    expect(name).toHaveFocus();
    expect([name.selectionStart, name.selectionEnd]).toEqual([0, name.value.length]);
  });

  it("let shortcuts and typing in fields through, and stop after a while", () => {
    holdKeysFor("churned", 10_000);
    fireEvent.keyDown(document.body, { key: "z", ctrlKey: true });
    const input = document.createElement("input");
    document.body.append(input);
    fireEvent.keyDown(input, { key: "q" });
    input.remove();
    keyDown("a");
    expect(takeKeysFor("churned")).toEqual({ text: "a", enter: false });
    expect(takeKeysFor("churned")).toBeNull();
  });
});

describe("the colour field", () => {
  it("reads #rrggbb and rrggbb in any case, blank as no colour, and refuses the rest", () => {
    expect(parseHex("#0072B2")).toEqual({ ok: true, value: "#0072b2" });
    expect(parseHex(" d55e00 ")).toEqual({ ok: true, value: "#d55e00" });
    expect(parseHex("")).toEqual({ ok: true, value: null });
    for (const bad of ["#fff", "red", "#0072b2ff", "12345g"]) {
      expect(parseHex(bad).ok).toBe(false);
    }
  });

  it("commits a swatch at once, and Default clears the node's colour", async () => {
    const { edits, rerender } = renderInspector(ziraView, nodes("activation"));
    act(() => screen.getByTestId("inspector-swatch-0072b2").click());
    await settle();
    expect(edits.at(-1)).toEqual({
      type: "update_node",
      node: { ...stored("activation"), color: "#0072b2" },
    });
    const blue = {
      ...ziraView,
      tree: {
        ...ziraView.tree,
        nodes: ziraView.tree.nodes.map((n) =>
          n.id === "activation" ? { ...n, color: "#0072b2" } : n,
        ),
      },
    };
    rerender(blue);
    expect(screen.getByTestId("inspector-swatch-0072b2")).toHaveAttribute("aria-pressed", "true");
    expect(field("color-hex")).toHaveValue("#0072b2");
    act(() => screen.getByTestId("inspector-reset-color").click());
    await settle();
    expect(edits.at(-1)).toEqual({
      type: "update_node",
      node: { ...stored("activation"), color: null },
    });
  });

  it("takes a typed hex code on Enter and says why it refuses anything else", async () => {
    const { edits } = renderInspector(ziraView, nodes("activation"));
    const hex = field("color-hex");
    typeInto(hex, "zz0000");
    await press(hex, "Enter");
    expect(edits).toEqual([]);
    expect(screen.getByTestId("inspector-error-color")).toHaveTextContent("six hex digits");
    expect(hex).toHaveAttribute("aria-invalid", "true");
    typeInto(hex, "CC79A7");
    await press(hex, "Enter");
    expect(edits).toEqual([
      { type: "update_node", node: { ...stored("activation"), color: "#cc79a7" } },
    ]);
    expect(screen.queryByTestId("inspector-error-color")).toBeNull();
  });
});
