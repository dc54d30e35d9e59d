// The Inspector with one node selected: every field shows the stored value, a
// commit sends one `update_node` that keeps every other field, and problems are
// shown where they belong. This file: what the panel shows, text fields, numbers
// and dates; node-choices.test.tsx and node-views.test.tsx hold the rest.

import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { NODE_KINDS } from "../model/kinds";
import { ziraView } from "../test/fixtures";
import {
  blur,
  field,
  nodes,
  press,
  renderInspector,
  select,
  settle,
  textArea,
  typeInto,
  updated,
} from "./test-helpers";

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
