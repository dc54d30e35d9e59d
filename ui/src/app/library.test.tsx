// The tree library through the whole window, with mockIPC standing in for Rust:
// create (blank or from a template), duplicate, rename in place, delete with undo,
// and the menus they use. Import, export and the notice: library-files.test.tsx.

import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { backend } from "../test/backend";
import { emptyView, ziraView } from "../test/fixtures";
import { heading, openZira, sent, settle, treeItems, treeMenu } from "./library-test-helpers";

describe("new trees", () => {
  it("creates a tree from a template and opens it", async () => {
    backend();
    await openZira();
    fireEvent.click(screen.getByTestId("action-new-tree"));
    const item = screen.getByTestId("action-new-tree-marketplace");
    expect(item).toHaveTextContent("Two-sided marketplace");
    expect(item.querySelector(".kt-menu__description")?.textContent).not.toBe("");
    fireEvent.click(item);

    expect(await screen.findByTestId("tree-item-3")).toHaveAttribute("aria-current", "true");
    await waitFor(() => expect(heading()).toHaveTextContent("Marketplace growth (sample)"));
    expect(sent("create_tree")).toEqual([{ template: "marketplace" }]);
    expect(treeItems()).toEqual(["Empty board", "Marketplace growth (sample)", "Zira growth"]);
    expect(screen.getByTestId("tree-item-1")).not.toHaveAttribute("aria-current");
    expect(screen.queryByRole("menu")).toBeNull();
  });

  it("offers a blank tree and the four templates", async () => {
    backend();
    await openZira();
    fireEvent.click(screen.getByTestId("action-new-tree"));
    const menu = screen.getByRole("menu", { name: "New tree" });
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.dataset.testid),
    ).toEqual([
      "action-new-tree-blank",
      "action-new-tree-saas_arr",
      "action-new-tree-marketplace",
      "action-new-tree-media_streaming",
      "action-new-tree-ecommerce",
    ]);
    for (const title of ["SaaS ARR", "Media & streaming", "E-commerce"]) {
      expect(menu).toHaveTextContent(title);
    }
    fireEvent.click(screen.getByTestId("action-new-tree-blank"));
    expect(await screen.findByTestId("empty-tree")).toBeInTheDocument();
    expect(sent("create_tree")).toEqual([{ template: null }]);
    expect(heading()).toHaveTextContent("Untitled tree");
  });

  it("shows a refused creation in the banner and keeps the open tree", async () => {
    backend({
      create_tree: () => {
        throw { kind: "store", message: "the store is read-only" };
      },
    });
    await openZira();
    fireEvent.click(screen.getByTestId("action-new-tree"));
    fireEvent.click(screen.getByTestId("action-new-tree-saas_arr"));
    expect(await screen.findByTestId("error-banner")).toHaveTextContent("the store is read-only");
    expect(treeItems()).toEqual(["Zira growth", "Empty board"]);
    expect(heading()).toHaveTextContent("Zira growth");
  });
});

describe("menus", () => {
  it("open from the keyboard, move with arrows and close on Escape", async () => {
    backend();
    await openZira();
    const trigger = screen.getByTestId("action-new-tree");
    fireEvent.keyDown(trigger, { key: "ArrowDown" });
    expect(trigger).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByTestId("action-new-tree-blank")).toHaveFocus();
    fireEvent.keyDown(document.activeElement ?? trigger, { key: "ArrowDown" });
    expect(screen.getByTestId("action-new-tree-saas_arr")).toHaveFocus();
    fireEvent.keyDown(document.activeElement ?? trigger, { key: "End" });
    expect(screen.getByTestId("action-new-tree-ecommerce")).toHaveFocus();
    fireEvent.keyDown(document.activeElement ?? trigger, { key: "ArrowDown" });
    expect(screen.getByTestId("action-new-tree-blank")).toHaveFocus();
    fireEvent.keyDown(document.activeElement ?? trigger, { key: "Escape" });
    expect(screen.queryByRole("menu")).toBeNull();
    expect(trigger).toHaveFocus();
    expect(trigger).toHaveAttribute("aria-expanded", "false");
    expect(sent("create_tree")).toEqual([]);
  });

  it("close on a click outside them without choosing anything", async () => {
    backend();
    await openZira();
    fireEvent.click(screen.getByTestId("tree-menu-1"));
    expect(screen.getByRole("menu")).toBeInTheDocument();
    fireEvent.pointerDown(heading());
    expect(screen.queryByRole("menu")).toBeNull();
    expect(screen.queryByTestId("tree-rename-input")).toBeNull();
    expect(treeItems()).toEqual(["Zira growth", "Empty board"]);
  });
});

describe("renaming", () => {
  it("commits on Enter, with the name selected at first", async () => {
    backend();
    await openZira();
    treeMenu(1, "action-rename-tree");
    const input = screen.getByTestId<HTMLInputElement>("tree-rename-input");
    expect(input).toHaveFocus();
    expect(input.value).toBe("Zira growth");
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, "Zira growth".length]);

    fireEvent.change(input, { target: { value: "  Acme growth " } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(screen.queryByTestId("tree-rename-input")).toBeNull();
    await waitFor(() => expect(screen.getByTestId("tree-item-1")).toHaveTextContent("Acme growth"));
    // The open tree: its header follows, and the list keeps the store's order.
    expect(heading()).toHaveTextContent("Acme growth");
    expect(treeItems()).toEqual(["Acme growth", "Empty board"]);
    expect(sent("perform_edit")).toEqual([
      { treeId: 1, edit: { type: "rename_tree", name: "Acme growth" } },
    ]);
  });

  it("cancels on Escape without sending anything", async () => {
    backend();
    await openZira();
    fireEvent.doubleClick(within(screen.getByTestId("tree-item-2")).getByText("Empty board"));
    const input = screen.getByTestId("tree-rename-input");
    fireEvent.change(input, { target: { value: "Something else" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(screen.queryByTestId("tree-rename-input")).toBeNull();
    await settle();
    expect(screen.getByTestId("tree-item-2")).toHaveTextContent("Empty board");
    expect(sent("perform_edit")).toEqual([]);
  });

  it("refuses a blank name where it is typed, without sending it", async () => {
    backend();
    await openZira();
    treeMenu(1, "action-rename-tree");
    const input = screen.getByTestId("tree-rename-input");
    fireEvent.change(input, { target: { value: "   " } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(screen.getByTestId("tree-rename-error")).toHaveTextContent("A tree needs a name");
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(input).toBeInTheDocument();
    await settle();
    expect(sent("perform_edit")).toEqual([]);
    fireEvent.change(input, { target: { value: "Zira" } });
    expect(screen.queryByTestId("tree-rename-error")).toBeNull();
  });

  it("commits on blur, and renames a tree that is not open without opening it", async () => {
    backend();
    await openZira();
    treeMenu(2, "action-rename-tree");
    const input = screen.getByTestId("tree-rename-input");
    fireEvent.change(input, { target: { value: "A board" } });
    act(() => heading().closest("header")?.querySelector("button")?.focus());
    expect(screen.queryByTestId("tree-rename-input")).toBeNull();
    await waitFor(() => expect(treeItems()).toEqual(["A board", "Zira growth"]));
    expect(sent("perform_edit")).toEqual([
      { treeId: 2, edit: { type: "rename_tree", name: "A board" } },
    ]);
    expect(heading()).toHaveTextContent("Zira growth");
    expect(screen.getByTestId("tree-item-1")).toHaveAttribute("aria-current", "true");
  });

  it("shows a refused rename in the banner and keeps the old name", async () => {
    backend({
      perform_edit: () => {
        throw { kind: "invalid_input", message: "the name is too long" };
      },
    });
    await openZira();
    treeMenu(1, "action-rename-tree");
    const input = screen.getByTestId("tree-rename-input");
    fireEvent.change(input, { target: { value: "x".repeat(400) } });
    fireEvent.keyDown(input, { key: "Enter" });
    expect(await screen.findByTestId("error-banner")).toHaveTextContent("the name is too long");
    expect(screen.getByTestId("tree-item-1")).toHaveTextContent("Zira growth");
  });
});

describe("duplicate and delete", () => {
  it("duplicates a tree and opens the copy", async () => {
    backend();
    await openZira();
    treeMenu(1, "action-duplicate-tree");
    expect(await screen.findByTestId("tree-item-3")).toHaveAttribute("aria-current", "true");
    await waitFor(() => expect(heading()).toHaveTextContent("Zira growth (copy)"));
    expect(sent("duplicate_tree")).toEqual([{ treeId: 1 }]);
    expect(screen.getByTestId("tree-item-3")).toHaveTextContent("8 nodes");
  });

  it("deletes the open tree, opens the next one, and Undo brings it back", async () => {
    backend();
    await openZira();
    treeMenu(1, "action-delete-tree");

    await waitFor(() => expect(screen.queryByTestId("tree-item-1")).toBeNull());
    const notice = await screen.findByTestId("notice");
    expect(notice).toHaveTextContent("Deleted “Zira growth”");
    expect(screen.getByRole("status")).toContainElement(notice);
    expect(await screen.findByTestId("empty-tree")).toBeInTheDocument();
    expect(screen.getByTestId("tree-item-2")).toHaveAttribute("aria-current", "true");
    expect(sent("delete_tree")).toEqual([{ treeId: 1 }]);

    fireEvent.click(screen.getByTestId("notice-action"));
    expect(screen.queryByTestId("notice")).toBeNull();
    expect(await screen.findByTestId("tree-item-1")).toHaveAttribute("aria-current", "true");
    expect(await screen.findByTestId("node-arr")).toBeInTheDocument();
    expect(sent("restore_tree")).toEqual([{ treeId: 1 }]);
    expect(treeItems()).toEqual(["Empty board", "Zira growth"]);
  });

  it("deletes a tree that is not open and keeps the open one", async () => {
    backend();
    await openZira();
    treeMenu(2, "action-delete-tree");
    expect(await screen.findByTestId("notice")).toHaveTextContent("Deleted “Empty board”");
    expect(treeItems()).toEqual(["Zira growth"]);
    expect(screen.getByTestId("node-arr")).toBeInTheDocument();
    expect(screen.getByTestId("tree-item-1")).toHaveAttribute("aria-current", "true");
  });

  it("shows the empty state when the last tree is deleted", async () => {
    backend({}, [ziraView, emptyView]);
    await openZira();
    treeMenu(2, "action-delete-tree");
    await screen.findByTestId("notice");
    treeMenu(1, "action-delete-tree");
    expect(await screen.findByTestId("empty-store")).toBeInTheDocument();
    expect(screen.getByTestId("notice")).toHaveTextContent("Deleted “Zira growth”");
    expect(sent("open_tree")).toEqual([{ id: 1 }]);
  });

  it("shows a refused deletion in the banner and keeps the tree", async () => {
    backend({
      delete_tree: () => {
        throw { kind: "store", message: "the store is locked" };
      },
    });
    await openZira();
    treeMenu(1, "action-delete-tree");
    expect(await screen.findByTestId("error-banner")).toHaveTextContent("the store is locked");
    expect(screen.queryByTestId("notice")).toBeNull();
    expect(treeItems()).toEqual(["Zira growth", "Empty board"]);
    expect(screen.getByTestId("node-arr")).toBeInTheDocument();
  });
});
