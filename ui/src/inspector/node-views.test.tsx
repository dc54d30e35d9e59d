// The Inspector with one node selected while new views arrive: after an undo,
// while a field is being typed into, while an edit is on its way, and when the
// selection changes.

import { act } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { ziraView } from "../test/fixtures";
import {
  blur,
  field,
  nodes,
  renderInspector,
  select,
  settle,
  typeInto,
  withNode,
  stored,
  updated,
} from "./test-helpers";

describe("one node: new views", () => {
  it("shows the stored values of a new view (after an undo)", () => {
    const { rerender } = renderInspector(ziraView, nodes("arr"));
    rerender(withNode(ziraView, "arr", { name: "Revenue", owner: null, pinned: true }));
    expect(field("name")).toHaveValue("Revenue");
    expect(field("owner")).toHaveValue("");
    expect(field("pinned")).toBeChecked();
  });

  it("does not overwrite the field being typed into", async () => {
    const { rerender, edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("name"), "Half-typed");
    rerender(withNode(ziraView, "arr", { name: "Revenue", owner: "Board" }));
    expect(field("name")).toHaveValue("Half-typed");
    expect(field("owner")).toHaveValue("Board");
    await blur(field("name"));
    expect(edits).toEqual([
      {
        type: "update_node",
        node: { ...stored("arr"), name: "Half-typed", owner: "Board" },
      },
    ]);
  });

  it("shows the new value while the edit is on its way, and the stored one if refused", async () => {
    const pending = renderInspector(ziraView, nodes("arr"), "pending");
    typeInto(field("name"), "ARR");
    await blur(field("name"));
    expect(field("name")).toHaveValue("ARR");
    pending.unmount();

    renderInspector(ziraView, nodes("arr"), false);
    typeInto(field("name"), "ARR");
    await blur(field("name"));
    expect(field("name")).toHaveValue("Annual recurring revenue");
  });

  it("builds the next edit on the last one while its view has not arrived", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"), "pending");
    typeInto(field("name"), "ARR");
    // The click on the checkbox is what blurs the name.
    await blur(field("name"));
    act(() => field("pinned").click());
    await settle();
    expect(edits).toEqual([
      updated("arr", { name: "ARR" }),
      updated("arr", { name: "ARR", pinned: true }),
    ]);
  });

  it("drops a change once the view after it arrives (an undo then shows the old value)", async () => {
    const { rerender, edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("name"), "ARR");
    await blur(field("name"));
    rerender(withNode(ziraView, "arr", { name: "ARR" }));
    // Undo: the original view again.
    rerender({ ...ziraView });
    expect(field("name")).toHaveValue("Annual recurring revenue");
    act(() => field("pinned").click());
    await settle();
    expect(edits).toEqual([updated("arr", { name: "ARR" }), updated("arr", { pinned: true })]);
  });

  it("shows another node when the selection changes", () => {
    const { rerender } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("name"), "Half-typed");
    rerender(ziraView, nodes("churned"));
    expect(field("name")).toHaveValue("Churned customers");
    expect(select("direction")).toHaveValue("down");
  });
});
