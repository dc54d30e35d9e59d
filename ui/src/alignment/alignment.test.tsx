// The colour codes and the alignment panel, alone and in the window (mockIPC
// standing in for Rust, with the analysis the core sends for the sample).

import { act, render, screen, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import { App } from "../app/App";
import { backend } from "../test/backend";
import { emptyView, ziraView } from "../test/fixtures";
import { AlignmentPanel } from "./AlignmentPanel";
import { betsText, ColorCodes } from "./ColorCodes";

beforeEach(() => localStorage.clear());

function wrapperOf(id: string): HTMLElement {
  const wrapper = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (wrapper === null) throw new Error(`node ${id} is not drawn`);
  return wrapper;
}

function edgeOf(id: string): Element {
  const edge = screen.getByTestId(`link-${id}`).closest(".react-flow__edge");
  if (edge === null) throw new Error(`link ${id} is not drawn`);
  return edge;
}

describe("betsText", () => {
  it("counts the bets by strength, leaving out the strengths with none", () => {
    const [, , churned] = ziraView.alignment.strength;
    expect(betsText(churned)).toBe("1 strong, 1 weak");
    expect(betsText(ziraView.alignment.strength[0])).toBe("no bets");
    expect(betsText(undefined)).toBe("no bets");
  });
});

describe("ColorCodes", () => {
  it("lists every coded KPI in its colour, and toggles the one clicked", () => {
    const onHighlight = vi.fn();
    const { rerender } = render(<ColorCodes view={ziraView} onHighlight={onHighlight} />);
    const churned = screen.getByTestId("legend-code-churned");
    expect(churned).toHaveTextContent("Churned customers");
    expect(churned).toHaveTextContent("2 bets");
    // A KPI with no bets is listed once "Show all" is on.
    expect(screen.queryByTestId("legend-code-net_new_customers")).toBeNull();
    act(() => screen.getByTestId("color-codes-all").click());
    expect(screen.getByTestId("legend-code-net_new_customers")).toHaveTextContent("–");
    expect(within(churned).getByText("Churned customers").previousElementSibling).toHaveStyle({
      background: "#e63946",
    });
    act(() => churned.click());
    expect(onHighlight).toHaveBeenLastCalledWith("churned");
    rerender(<ColorCodes view={ziraView} highlight="churned" onHighlight={onHighlight} />);
    expect(screen.getByTestId("legend-code-churned")).toHaveAttribute("aria-pressed", "true");
    act(() => screen.getByTestId("legend-code-churned").click());
    expect(onHighlight).toHaveBeenLastCalledWith(null);
  });

  it("is a plain key without a handler, and nothing for a tree with no KPI", () => {
    const { container, rerender } = render(<ColorCodes view={ziraView} />);
    act(() => screen.getByTestId("color-codes-all").click());
    expect(screen.getByTestId("color-codes")).toHaveTextContent("Price per seat");
    expect(container.querySelector("button")).toBeNull();
    rerender(<ColorCodes view={emptyView} />);
    expect(screen.queryByTestId("color-codes")).toBeNull();
  });
});

describe("ColorCodes, KPIs with bets", () => {
  const betOn = (view: typeof ziraView) =>
    view.alignment.strength
      .filter((summary) => summary.strong + summary.medium + summary.weak + summary.unrated > 0)
      .map((summary) => summary.kpi);

  it("lists only the KPIs that impacts links point at, until Show all is switched on", () => {
    render(<ColorCodes view={ziraView} onHighlight={() => undefined} />);
    const listed = () =>
      [...screen.getByTestId("color-codes").querySelectorAll("[data-testid^=legend-code-]")].map(
        (entry) => entry.getAttribute("data-testid")?.replace("legend-code-", ""),
      );
    const coded = ziraView.alignment.colors.kpis.map((kpi) => kpi.id);
    const bets = coded.filter((id) => betOn(ziraView).includes(id));
    expect(bets.length).toBeGreaterThan(0);
    expect(bets.length).toBeLessThan(coded.length);
    expect(listed()).toEqual(bets);
    const all = screen.getByTestId("color-codes-all");
    expect(all).not.toBeChecked();
    expect(all.closest(".kt-codes__all")).toHaveTextContent(
      `Show all (${coded.length - bets.length} with no bets)`,
    );
    act(() => all.click());
    expect(listed()).toEqual(coded);
    act(() => all.click());
    expect(listed()).toEqual(bets);
  });

  it("keeps the highlighted KPI listed, and has no switch when every KPI has bets", () => {
    const { rerender } = render(
      <ColorCodes view={ziraView} highlight="price_per_seat" onHighlight={() => undefined} />,
    );
    expect(screen.getByTestId("legend-code-price_per_seat")).toHaveAttribute(
      "aria-pressed",
      "true",
    );
    const everyBet = {
      ...ziraView,
      alignment: {
        ...ziraView.alignment,
        colors: {
          ...ziraView.alignment.colors,
          kpis: ziraView.alignment.colors.kpis.filter((kpi) => betOn(ziraView).includes(kpi.id)),
        },
      },
    };
    rerender(<ColorCodes view={everyBet} onHighlight={() => undefined} />);
    expect(screen.queryByTestId("color-codes-all")).toBeNull();
  });
});

describe("AlignmentPanel", () => {
  it("lists the findings by kind and reveals the nodes of the one clicked", () => {
    const onReveal = vi.fn();
    render(<AlignmentPanel view={ziraView} onReveal={onReveal} onClose={() => undefined} />);
    expect(screen.getByTestId("alignment-kind-no_lever")).toHaveTextContent(
      "KPIs with no lever1Price per seat",
    );
    const tripwire = screen.getByTestId("alignment-finding-no_tripwire-churned");
    expect(tripwire).toHaveTextContent("pushed by Faster mobile load, Top-notch usability");
    act(() => tripwire.click());
    expect(onReveal).toHaveBeenLastCalledWith(["churned", "fast_ux", "usability"]);
    expect(screen.queryByTestId("alignment-kind-unlinked_work")).toBeNull();

    const bets = screen.getByTestId("alignment-bets-churned");
    expect(bets).toHaveTextContent("1 strong, 1 weak");
    act(() => bets.click());
    expect(onReveal).toHaveBeenLastCalledWith(["churned", "fast_ux", "usability"]);
    expect(screen.queryByTestId("alignment-bets-price_per_seat")).toBeNull();
  });

  it("says so when the tree is well aligned", () => {
    const aligned = { ...ziraView, alignment: { ...ziraView.alignment, findings: [] } };
    render(<AlignmentPanel view={aligned} onReveal={() => undefined} onClose={() => undefined} />);
    expect(screen.getByTestId("alignment-clear")).toHaveTextContent("Well aligned");
  });
});

describe("in the window", () => {
  it("dims everything but what is behind the KPI picked in the colour codes", async () => {
    backend();
    render(<App />);
    await screen.findByTestId("node-arr");
    expect(wrapperOf("arr")).not.toHaveClass("kt-dimmed");

    act(() => screen.getByTestId("legend-code-churned").click());
    for (const lit of ["churned", "fast_ux", "usability"]) {
      expect(wrapperOf(lit)).not.toHaveClass("kt-dimmed");
    }
    for (const dim of ["arr", "activation", "price_per_seat"]) {
      expect(wrapperOf(dim)).toHaveClass("kt-dimmed");
    }
    expect(edgeOf("impacts-fast_ux-churned")).not.toHaveClass("kt-dimmed");
    expect(edgeOf("drives-churned-net_new_customers")).toHaveClass("kt-dimmed");

    act(() => screen.getByTestId("legend-code-churned").click());
    expect(wrapperOf("arr")).not.toHaveClass("kt-dimmed");
  });

  it("shows chips on the cards and the alignment panel from the toolbar", async () => {
    backend();
    render(<App />);
    await screen.findByTestId("node-arr");
    expect(screen.getByTestId("node-chips-fast_ux")).toHaveAttribute("data-colors", "#e63946");
    expect(screen.queryByTestId("node-chips-arr")).toBeNull();
    expect(screen.getByTestId("alignment-count")).toHaveTextContent("2");
    expect(screen.queryByTestId("alignment-panel")).toBeNull();
    act(() => screen.getByTestId("action-alignment").click());
    expect(screen.getByTestId("alignment-panel")).toBeInTheDocument();
    act(() => screen.getByTestId("alignment-close").click());
    expect(screen.queryByTestId("alignment-panel")).toBeNull();
  });
});
