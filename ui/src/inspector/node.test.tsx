// The Inspector with one node selected: every field shows the stored value, a
// commit sends one `update_node` that keeps every other field, and problems are
// shown where they belong.

import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { Node, TreeView } from "../ipc/api";
import { NODE_KINDS } from "../model/kinds";
import { ziraView } from "../test/fixtures";
import {
  blur,
  choose,
  field,
  nodes,
  press,
  renderInspector,
  select,
  settle,
  textArea,
  typeInto,
  coded,
  withNode,
} from "./test-helpers";

function stored(id: string, view: TreeView = ziraView): Node {
  const node = view.tree.nodes.find((candidate) => candidate.id === id);
  if (node === undefined) throw new Error(`no node ${id} in the fixture`);
  return node;
}

/** The one `update_node` edit `arr` should produce with `fields` changed. */
function updated(id: string, fields: Partial<Node>) {
  return { type: "update_node", node: { ...stored(id), ...fields } };
}

describe("one node: what it shows", () => {
  it("shows every stored field of the node", () => {
    renderInspector(ziraView, nodes("arr"));
    expect(screen.getByTestId("inspector")).toBeInTheDocument();
    expect(field("name")).toHaveValue("Annual recurring revenue");
    expect(select("kind")).toHaveValue("north_star");
    expect(screen.getByTestId("inspector-id")).toHaveTextContent("arr");
    expect(textArea("description")).toHaveValue("");
    expect(field("unit")).toHaveValue("EUR");
    expect(field("value")).toHaveValue("");
    expect(field("target")).toHaveValue("1500000");
    expect(field("target_date")).toHaveValue("2027-06-30");
    expect(select("direction")).toHaveValue("up");
    expect(select("indicator")).toHaveValue("lagging");
    expect(field("owner")).toHaveValue("Leadership");
    expect(field("formula")).toHaveValue("net_new_customers * price_per_seat");
    expect(field("color")).toHaveValue(NODE_KINDS.north_star.color);
    expect(screen.getByTestId("inspector-reset-color")).toBeDisabled();
    expect(field("pinned")).not.toBeChecked();
    expect(screen.getByTestId("inspector-position")).toHaveTextContent("x 0 · y 0");
  });

  it("ties every label to its control", () => {
    renderInspector(ziraView, nodes("arr"));
    expect(screen.getByLabelText("Name")).toBe(field("name"));
    expect(screen.getByLabelText("Kind")).toBe(select("kind"));
    expect(screen.getByLabelText("Formula")).toBe(field("formula"));
    expect(screen.getByLabelText("Target date")).toBe(field("target_date"));
    expect(screen.getByLabelText("Colour")).toBe(field("color"));
    expect(screen.getByLabelText(/Pinned/)).toBe(field("pinned"));
  });

  it("shows the value a formula computes, marked computed", () => {
    renderInspector(ziraView, nodes("arr"));
    const computed = screen.getByTestId("inspector-computed");
    expect(computed).toHaveTextContent("€1.2M");
    expect(computed).toHaveTextContent("computed");
  });

  it("shows no computed value for a node without a formula", () => {
    renderInspector(ziraView, nodes("net_new_customers"));
    expect(screen.queryByTestId("inspector-computed")).toBeNull();
    expect(field("value")).toHaveValue("400");
  });

  it("lists the node's drivers, and only those, as chips", () => {
    renderInspector(ziraView, nodes("net_new_customers"));
    expect(screen.getByTestId("inspector-driver-churned")).toBeInTheDocument();
    expect(screen.getByTestId("inspector-driver-activation")).toBeInTheDocument();
    // `usability` impacts `churned` and drives `activation`: not a driver here.
    expect(screen.queryByTestId("inspector-driver-usability")).toBeNull();
    expect(screen.queryByTestId("inspector-driver-arr")).toBeNull();
  });
});

describe("one node: text fields", () => {
  it("commits on blur: one update_node that keeps every other field", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("name"), "ARR");
    expect(edits).toEqual([]);
    await blur(field("name"));
    expect(edits).toEqual([updated("arr", { name: "ARR" })]);
  });

  it("commits on Enter, once: the blur after it sends nothing more", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("owner"), "Finance");
    await press(field("owner"), "Enter");
    await blur(field("owner"));
    expect(edits).toEqual([updated("arr", { owner: "Finance" })]);
  });

  it("reverts on Escape, sends nothing and lets go of the focus", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("name"), "Oops");
    await press(field("name"), "Escape");
    expect(field("name")).toHaveValue("Annual recurring revenue");
    expect(field("name")).not.toHaveFocus();
    await blur(field("name"));
    expect(edits).toEqual([]);
  });

  it("sends nothing when the value did not change", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("name"), "  Annual recurring revenue ");
    await blur(field("name"));
    typeInto(field("target"), "1.5e6");
    await blur(field("target"));
    typeInto(field("description"), "   ");
    await blur(field("description"));
    expect(edits).toEqual([]);
  });

  it("refuses an empty name inline", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("name"), "  ");
    await blur(field("name"));
    expect(screen.getByTestId("inspector-error-name")).toHaveTextContent("A name is required");
    expect(edits).toEqual([]);
  });

  it("stores a blank optional text as null, and trims the rest", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(field("unit"), "");
    await blur(field("unit"));
    typeInto(field("description"), "  Money in \n");
    await blur(field("description"));
    expect(edits).toEqual([
      updated("arr", { unit: null }),
      // The first edit's view has not come back: the second keeps its change.
      updated("arr", { unit: null, description: "Money in" }),
    ]);
  });

  it("commits a description on Enter but lets Shift+Enter be a new line", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    typeInto(textArea("description"), "Line one");
    fireEvent.keyDown(textArea("description"), { key: "Enter", shiftKey: true });
    await settle();
    expect(edits).toEqual([]);
    await press(textArea("description"), "Enter");
    expect(edits).toEqual([updated("arr", { description: "Line one" })]);
  });
});

describe("one node: numbers and dates", () => {
  it("refuses a non-number inline, keeps the text and sends nothing", async () => {
    const { edits } = renderInspector(ziraView, nodes("net_new_customers"));
    typeInto(field("value"), "12abc");
    await blur(field("value"));
    expect(screen.getByTestId("inspector-error-value")).toHaveTextContent("Not a number");
    expect(field("value")).toHaveValue("12abc");
    expect(field("value")).toHaveAttribute("aria-invalid", "true");
    expect(edits).toEqual([]);

    typeInto(field("value"), "412");
    await press(field("value"), "Enter");
    expect(screen.queryByTestId("inspector-error-value")).toBeNull();
    expect(edits).toEqual([updated("net_new_customers", { value: 412 })]);
  });

  it("refuses a decimal comma rather than guess", async () => {
    const { edits } = renderInspector(ziraView, nodes("net_new_customers"));
    typeInto(field("target"), "1,5");
    await press(field("target"), "Enter");
    expect(screen.getByTestId("inspector-error-target")).toBeInTheDocument();
    expect(edits).toEqual([]);
  });

  it("stores an empty number as null and reads grouped digits", async () => {
    const { edits } = renderInspector(ziraView, nodes("net_new_customers"));
    typeInto(field("value"), "");
    await blur(field("value"));
    typeInto(field("target"), "2 000");
    await blur(field("target"));
    expect(edits).toEqual([
      updated("net_new_customers", { value: null }),
      updated("net_new_customers", { value: null, target: 2000 }),
    ]);
  });

  it("takes a target date as YYYY-MM-DD and clears it to null", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    // A date input holds only valid dates; typed text reaches it as such.
    typeInto(field("target_date"), "2028-01-31");
    await blur(field("target_date"));
    typeInto(field("target_date"), "");
    await blur(field("target_date"));
    expect(edits).toEqual([
      updated("arr", { target_date: "2028-01-31" }),
      updated("arr", { target_date: null }),
    ]);
  });

  it("refuses a half-typed date inline and sends nothing", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    const date = field("target_date");
    typeInto(date, "2027-06");
    await blur(date);
    expect(screen.getByTestId("inspector-error-target_date")).toHaveTextContent("YYYY-MM-DD");
    expect(edits).toEqual([]);
  });
});

describe("one node: choices", () => {
  it("commits kind, direction, indicator and pinned on change", async () => {
    const { edits } = renderInspector(ziraView, nodes("churned"));
    await choose(select("kind"), "health_metric");
    await choose(select("direction"), "");
    await choose(select("indicator"), "leading");
    act(() => field("pinned").click());
    await settle();
    expect(edits).toEqual([
      updated("churned", { kind: "health_metric" }),
      updated("churned", { kind: "health_metric", direction: null }),
      updated("churned", { kind: "health_metric", direction: null, indicator: "leading" }),
      updated("churned", {
        kind: "health_metric",
        direction: null,
        indicator: "leading",
        pinned: true,
      }),
    ]);
  });

  it("commits a colour when the picker is done, not while dragging", async () => {
    const { edits } = renderInspector(ziraView, nodes("churned"));
    const color = field("color");
    fireEvent.input(color, { target: { value: "#ff0000" } });
    fireEvent.input(color, { target: { value: "#EE1111" } });
    await settle();
    expect(edits).toEqual([]);
    expect(color).toHaveValue("#ee1111");
    fireEvent.change(color, { target: { value: "#EE1111" } });
    await settle();
    // Churned's colour code was its link's: the link follows the new colour.
    const [uxImpact] = ziraView.tree.links.filter((l) => l.from === "fast_ux");
    expect(edits).toEqual([
      {
        type: "batch",
        edits: [
          updated("churned", { color: "#ee1111" }),
          { type: "update_link", link: { ...uxImpact, color: null } },
        ],
      },
    ]);
  });

  it("resets a node's own colour to its kind's", async () => {
    const view = coded(withNode(ziraView, "churned", { color: "#123456" }), "churned", "#123456");
    const { edits } = renderInspector(view, nodes("churned"));
    expect(screen.getByTestId("inspector-color-code")).toHaveTextContent("#123456");
    expect(field("color")).toHaveValue("#123456");
    act(() => screen.getByTestId("inspector-reset-color").click());
    await settle();
    expect(edits).toEqual([
      { type: "update_node", node: { ...stored("churned", view), color: null } },
    ]);
    expect(field("color")).toHaveValue(NODE_KINDS.business_kpi.color);
  });

  it("deletes the node", async () => {
    const { edits } = renderInspector(ziraView, nodes("churned"));
    act(() => screen.getByTestId("inspector-delete").click());
    await settle();
    expect(edits).toEqual([{ type: "remove_nodes", ids: ["churned"] }]);
  });
});

describe("one node: the formula", () => {
  it("inserts a driver's id at the caret without committing", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    const formula = field("formula");
    act(() => formula.focus());
    // Select the first id, then click the other driver: it replaces the selection.
    formula.setSelectionRange(0, "net_new_customers".length);
    fireEvent.select(formula);
    const chip = screen.getByTestId("inspector-driver-price_per_seat");
    fireEvent.mouseDown(chip);
    act(() => chip.click());
    expect(formula).toHaveValue("price_per_seat * price_per_seat");
    expect(formula).toHaveFocus();
    expect(formula.selectionStart).toBe("price_per_seat".length);
    expect(edits).toEqual([]);
    await press(formula, "Enter");
    expect(edits).toEqual([updated("arr", { formula: "price_per_seat * price_per_seat" })]);
  });

  it("completes the driver id being typed, with the keys or a click", async () => {
    const { edits } = renderInspector(ziraView, nodes("arr"));
    const formula = field("formula");
    // React holds back select events while it thinks a button is down: a test
    // before this one pressed one without letting go.
    fireEvent.mouseUp(formula);
    act(() => formula.focus());
    typeInto(formula, "price_per_seat * ne");
    formula.setSelectionRange(19, 19);
    fireEvent.select(formula);
    expect(screen.getByTestId("inspector-completions")).toHaveTextContent("net_new_customers");
    expect(screen.queryByTestId("inspector-completion-price_per_seat")).toBeNull();
    // Enter takes the completion, not the field: nothing is committed yet.
    await press(formula, "Enter");
    expect(formula).toHaveValue("price_per_seat * net_new_customers");
    expect(screen.queryByTestId("inspector-completions")).toBeNull();
    expect(edits).toEqual([]);
    await press(formula, "Enter");
    expect(edits).toEqual([updated("arr", { formula: "price_per_seat * net_new_customers" })]);

    // A click on an option does the same; Escape closes the list and keeps the text.
    typeInto(formula, "n");
    formula.setSelectionRange(1, 1);
    fireEvent.select(formula);
    const option = screen.getByTestId("inspector-completion-net_new_customers");
    fireEvent.mouseDown(option);
    fireEvent.mouseUp(option);
    act(() => option.click());
    expect(formula).toHaveValue("net_new_customers");
    typeInto(formula, "p");
    formula.setSelectionRange(1, 1);
    fireEvent.select(formula);
    await press(formula, "Escape");
    expect(screen.queryByTestId("inspector-completions")).toBeNull();
    expect(formula).toHaveValue("p");
  });

  it("puts a space between an id and the name it would run into", () => {
    renderInspector(ziraView, nodes("net_new_customers"));
    const formula = field("formula");
    typeInto(formula, "churned");
    formula.setSelectionRange(7, 7);
    fireEvent.select(formula);
    act(() => screen.getByTestId("inspector-driver-activation").click());
    expect(formula).toHaveValue("churned activation");
  });

  it("shows formula problems and the value error under the formula, the others apart", () => {
    const view: TreeView = {
      ...ziraView,
      values: {
        ...ziraView.values,
        arr: { value: null, computed: false, error: 'cannot compute: division by zero in "arr"' },
      },
      problems: [
        {
          severity: "error",
          category: "formula",
          subject: { type: "node", id: "arr" },
          message: 'node "arr": formula uses "seats", which is not a driver of "arr"',
        },
        {
          severity: "warning",
          category: "field",
          subject: { type: "node", id: "arr" },
          message: 'node "arr": target date is in the past',
        },
        {
          severity: "error",
          category: "formula",
          subject: { type: "node", id: "churned" },
          message: 'node "churned": not ours',
        },
      ],
    };
    renderInspector(view, nodes("arr"));
    const formulaErrors = screen.getByTestId("inspector-error-formula");
    expect(formulaErrors).toHaveTextContent('formula uses "seats"');
    expect(formulaErrors).toHaveTextContent("division by zero");
    expect(formulaErrors).not.toHaveTextContent("target date");
    expect(formulaErrors).not.toHaveTextContent("not ours");
    expect(field("formula")).toHaveAttribute("aria-invalid", "true");
    const problems = screen.getByTestId("inspector-problems");
    expect(problems).toHaveTextContent("target date is in the past");
    expect(within(problems).queryByText(/seats/)).toBeNull();
    expect(screen.queryByTestId("inspector-computed")).toBeNull();
  });

  it("shows no problems block for a node without problems", () => {
    renderInspector(ziraView, nodes("arr"));
    expect(screen.queryByTestId("inspector-problems")).toBeNull();
    expect(screen.queryByTestId("inspector-error-formula")).toBeNull();
  });
});

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
