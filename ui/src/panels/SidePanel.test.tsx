// The side column's panel frame: its name, title, mark and close button.

import { act, render, screen, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { SidePanel } from "./SidePanel";

describe("SidePanel", () => {
  it("draws the title, the mark and a close button with its label", () => {
    const onClose = vi.fn();
    render(
      <SidePanel
        className="kt-example"
        label="Example"
        testId="example-panel"
        title="Example title"
        mark={<span data-testid="example-mark" />}
        onClose={onClose}
        closeLabel="Close the example"
        closeTestId="example-close"
      >
        <p>Body</p>
      </SidePanel>,
    );
    const panel = screen.getByRole("complementary", { name: "Example" });
    expect(panel).toHaveAttribute("data-testid", "example-panel");
    expect(panel).toHaveClass("kt-side-panel", "kt-example");
    expect(within(panel).getByRole("heading", { level: 2 })).toHaveTextContent("Example title");
    expect(within(panel).getByTestId("example-mark")).toBeInTheDocument();
    expect(within(panel).getByText("Body").parentElement).toHaveClass("kt-side-panel__body");
    const close = within(panel).getByRole("button", { name: "Close the example" });
    expect(close).toHaveAttribute("data-testid", "example-close");
    act(() => close.click());
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("has no close button without onClose", () => {
    render(
      <SidePanel
        className="kt-example"
        label="Example"
        testId="example-panel"
        title="Example"
        closeLabel="Close the example"
        closeTestId="example-close"
      >
        <p>Body</p>
      </SidePanel>,
    );
    expect(screen.queryByRole("button")).toBeNull();
  });
});
