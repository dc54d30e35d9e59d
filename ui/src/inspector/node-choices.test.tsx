// The Inspector with one node selected: the choices (kind, direction, indicator,
// pinned, colour, delete) and the formula field (driver ids inserted and
// completed, its problems shown under it).

import { act, fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { TreeView } from "../ipc/api";
import { NODE_KINDS } from "../model/kinds";
import { ziraView } from "../test/fixtures";
import {
  choose,
  field,
  nodes,
  press,
  renderInspector,
  select,
  settle,
  typeInto,
  coded,
  withNode,
  stored,
  updated,
} from "./test-helpers";

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
