// The panels over the editor's canvas (the palette, the colour codes, the legend)
// fold to a slim strip with one click and unfold with another, and the fold is
// remembered in the preferences: written back with `save_preferences`, and read
// from what the store kept at the next start. Present mode's key does not fold
// away on its own.

import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { Legend } from "../canvas/Legend";
import { ColorCodes } from "../alignment/ColorCodes";
import { App } from "../app/App";
import { DEFAULT_PREFERENCES } from "../ipc/api";
import type { PanelPreferences, Preferences } from "../ipc/api";
import { preferences } from "../ipc/preferences";
import { backend, invocations } from "../test/backend";
import { ziraView } from "../test/fixtures";
import { Palette } from "./Palette";

/** The panels' preferences as last written back with `save_preferences`. */
function savedPanels(): PanelPreferences | undefined {
  const writes = invocations.filter((call) => call.cmd === "save_preferences");
  return (writes.at(-1)?.args.preferences as Preferences | undefined)?.panels;
}

async function openZira() {
  render(<App />);
  await screen.findByTestId("node-arr");
}

const withPanels = (panels: Partial<PanelPreferences>): Preferences => ({
  ...DEFAULT_PREFERENCES,
  panels: { ...DEFAULT_PREFERENCES.panels, ...panels },
});

describe("the palette", () => {
  it("folds to a strip of marks, still adding nodes, and unfolds with one click", async () => {
    backend();
    await openZira();
    const palette = screen.getByTestId("palette");
    expect(within(palette).getByText("North Star")).toBeInTheDocument();
    expect(palette).toHaveAttribute("data-folded", "false");

    fireEvent.click(screen.getByTestId("palette-fold"));
    expect(palette).toHaveAttribute("data-folded", "true");
    expect(palette).toHaveClass("kt-palette--folded");
    expect(within(palette).queryByText("North Star")).toBeNull();
    expect(screen.getByTestId("palette-fold")).toHaveAttribute("aria-expanded", "false");
    await waitFor(() => expect(savedPanels()?.palette_folded).toBe(true));
    // Every kind is still there, named for assistive technology.
    expect(screen.getByTestId("palette-initiative")).toHaveAccessibleName("Initiative");

    fireEvent.click(screen.getByTestId("palette-fold"));
    expect(palette).toHaveAttribute("data-folded", "false");
    expect(within(palette).getByText("North Star")).toBeInTheDocument();
    await waitFor(() => expect(savedPanels()?.palette_folded).toBe(false));
  });

  it("folded, still adds a node with a click or Enter", () => {
    preferences.loaded(withPanels({ palette_folded: true }));
    const created: unknown[] = [];
    render(<Palette onCreate={(kind, at) => created.push([kind, at])} isOverCanvas={() => true} />);
    const item = screen.getByTestId("palette-initiative");
    fireEvent.pointerDown(item, { button: 0, clientX: 10, clientY: 10 });
    fireEvent.pointerUp(window, { clientX: 10, clientY: 10 });
    fireEvent.keyDown(screen.getByTestId("palette-health_metric"), { key: "Enter" });
    expect(created).toEqual([
      ["initiative", null],
      ["health_metric", null],
    ]);
  });

  it("starts folded when the store kept it folded", async () => {
    backend({}, undefined, withPanels({ palette_folded: true }));
    await openZira();
    expect(screen.getByTestId("palette")).toHaveAttribute("data-folded", "true");
  });
});

describe("the colour codes and the legend", () => {
  it("fold to their title and unfold, each remembered", async () => {
    backend();
    await openZira();
    const codes = screen.getByTestId("color-codes");
    const legend = screen.getByTestId("legend");
    expect(codes).toHaveProperty("open", true);
    // The editor's legend starts folded (the default).
    expect(legend).toHaveProperty("open", false);

    fireEvent.click(within(codes).getByText("Colour codes"));
    expect(codes).toHaveProperty("open", false);
    expect(codes).toHaveClass("kt-legend--folded");
    await waitFor(() => expect(savedPanels()?.color_codes_folded).toBe(true));
    expect(preferences.current().panels.legend_folded).toBe(true);

    fireEvent.click(within(legend).getByText("Legend"));
    expect(legend).toHaveProperty("open", true);
    await waitFor(() => expect(savedPanels()?.legend_folded).toBe(false));
    expect(savedPanels()?.color_codes_folded).toBe(true);

    fireEvent.click(screen.getByTestId("color-codes-fold"));
    expect(codes).toHaveProperty("open", true);
    await waitFor(() => expect(savedPanels()?.color_codes_folded).toBe(false));
  });

  it("start as the store kept them", async () => {
    backend({}, undefined, withPanels({ color_codes_folded: true, legend_folded: false }));
    await openZira();
    expect(screen.getByTestId("color-codes")).toHaveProperty("open", false);
    expect(screen.getByTestId("legend")).toHaveProperty("open", true);
  });

  it("stay open in present mode's key whatever the editor folded", () => {
    preferences.loaded(withPanels({ color_codes_folded: true, legend_folded: true }));
    render(
      <>
        <ColorCodes view={ziraView} />
        <Legend tree={ziraView.tree} />
      </>,
    );
    expect(screen.getByTestId("color-codes")).toHaveProperty("open", true);
    expect(screen.getByTestId("legend")).toHaveProperty("open", true);
  });
});
