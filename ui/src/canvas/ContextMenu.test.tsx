import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { ContextMenu, LINK_MENU, NODE_MENU } from "./ContextMenu";

describe("ContextMenu", () => {
  it("runs the picked action and closes on Escape or a press outside", () => {
    const onPick = vi.fn();
    const onClose = vi.fn();
    render(
      <ContextMenu menu={{ x: 10, y: 20, items: LINK_MENU }} onPick={onPick} onClose={onClose} />,
    );
    expect(screen.getAllByRole("menuitem").map((item) => item.textContent)).toEqual([
      "Reverse linkCtrl+R",
      "Delete linkDel",
    ]);
    fireEvent.click(screen.getByTestId("context-reverse_link"));
    expect(onPick).toHaveBeenCalledWith("reverse_link");
    fireEvent.keyDown(window, { key: "Escape" });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.pointerDown(document.body);
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it("offers a node's drawing actions", () => {
    render(
      <ContextMenu menu={{ x: 0, y: 0, items: NODE_MENU }} onPick={vi.fn()} onClose={vi.fn()} />,
    );
    expect(screen.getByTestId("context-add_child")).toBeTruthy();
    expect(screen.getByTestId("context-rename_node")).toBeTruthy();
  });
});
