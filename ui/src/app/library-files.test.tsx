// The tree library through the whole window, with mockIPC standing in for Rust:
// importing JSON, exporting (progress, the image theme, a cancelled or failed
// save), and the notice that reports them.

import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";

import { backend } from "../test/backend";
import { emptyView, trees, viewAs, ziraView } from "../test/fixtures";
import { Notice, NOTICE_DURATION } from "./Notice";
import { deferred, heading, openZira, sent, settle, treeItems } from "./library-test-helpers";

afterEach(() => vi.useRealTimers());

describe("import", () => {
  it("does nothing when the dialog is cancelled", async () => {
    const calls = backend();
    await openZira();
    fireEvent.click(screen.getByTestId("action-import-json"));
    await waitFor(() => expect(calls).toContain("import_json"));
    await settle();
    expect(screen.queryByTestId("error-banner")).toBeNull();
    expect(screen.queryByTestId("notice")).toBeNull();
    expect(treeItems()).toEqual(["Zira growth", "Empty board"]);
    expect(calls.filter((cmd) => cmd === "open_tree")).toHaveLength(1);
    expect(heading()).toHaveTextContent("Zira growth");
  });

  it("shows a refused file's problems in the banner and changes nothing", async () => {
    const message =
      'the file is not a kpitree tree: nodes[2].kind: unknown kind "kpi"; links[0].to: no node "x"';
    backend({
      import_json: () => {
        throw { kind: "invalid_input", message };
      },
    });
    await openZira();
    fireEvent.click(screen.getByTestId("action-import-json"));
    const banner = await screen.findByTestId("error-banner");
    expect(banner).toHaveTextContent(message);
    expect(banner).toHaveAttribute("data-kind", "invalid_input");
    expect(treeItems()).toEqual(["Zira growth", "Empty board"]);
    expect(screen.getByTestId("node-arr")).toBeInTheDocument();
  });

  it("opens the imported tree", async () => {
    const imported = viewAs(ziraView, 3, "Imported board");
    backend(
      {
        import_json: () => ({
          id: 3,
          trees: [...trees, { id: 3, name: "Imported board", node_count: 8, link_count: 8 }],
        }),
      },
      [ziraView, emptyView, imported],
    );
    await openZira();
    fireEvent.click(screen.getByTestId("action-import-json"));
    expect(await screen.findByTestId("tree-item-3")).toHaveAttribute("aria-current", "true");
    await waitFor(() => expect(heading()).toHaveTextContent("Imported board"));
  });
});

describe("export", () => {
  it("shows progress while it runs, then where the file went", async () => {
    const answer = deferred<string | null>();
    backend({ export_tree: () => answer.promise });
    await openZira();
    fireEvent.click(screen.getByTestId("action-export"));
    expect(screen.getByTestId("action-export-theme-light")).toHaveAttribute("aria-checked", "true");
    fireEvent.click(screen.getByTestId("action-export-png"));

    expect(screen.getByTestId("export-progress")).toHaveTextContent("Exporting…");
    expect(screen.getByTestId("action-export")).toBeDisabled();
    await waitFor(() => expect(sent("export_tree")).toHaveLength(1));
    expect(sent("export_tree")).toEqual([{ treeId: 1, format: "png", theme: "light" }]);

    await act(async () => answer.resolve("/home/pat/Documents/Zira growth.png"));
    expect(await screen.findByTestId("notice")).toHaveTextContent(
      "Exported to /home/pat/Documents/Zira growth.png",
    );
    expect(screen.queryByTestId("export-progress")).toBeNull();
    expect(screen.getByTestId("action-export")).toBeEnabled();
    expect(screen.queryByTestId("notice-action")).toBeNull();
  });

  it("remembers the image theme and uses it", async () => {
    backend();
    await openZira();
    fireEvent.click(screen.getByTestId("action-export"));
    fireEvent.click(screen.getByTestId("action-export-theme-dark"));
    // Choosing the theme keeps the menu open for the format.
    expect(screen.getByTestId("action-export-theme-dark")).toHaveAttribute("aria-checked", "true");
    expect(screen.getByTestId("action-export-theme-light")).toHaveAttribute(
      "aria-checked",
      "false",
    );
    expect(sent("save_preferences").at(-1)).toMatchObject({
      preferences: { export_theme: "dark" },
    });
    fireEvent.click(screen.getByTestId("action-export-svg"));
    expect(await screen.findByTestId("notice")).toHaveTextContent("Zira growth.svg");
    expect(sent("export_tree")).toEqual([{ treeId: 1, format: "svg", theme: "dark" }]);
  });

  it("does nothing when the save dialog is cancelled, and shows a failure", async () => {
    let refuse = false;
    backend({
      export_tree: () => {
        if (refuse) throw { kind: "internal", message: "the PNG could not be drawn" };
        return null;
      },
    });
    await openZira();
    fireEvent.click(screen.getByTestId("action-export"));
    fireEvent.click(screen.getByTestId("action-export-json"));
    await waitFor(() => expect(screen.getByTestId("action-export")).toBeEnabled());
    expect(sent("export_tree")).toEqual([{ treeId: 1, format: "json", theme: "light" }]);
    expect(screen.queryByTestId("notice")).toBeNull();
    expect(screen.queryByTestId("error-banner")).toBeNull();

    refuse = true;
    fireEvent.click(screen.getByTestId("action-export"));
    fireEvent.click(screen.getByTestId("action-export-png"));
    expect(await screen.findByTestId("error-banner")).toHaveTextContent("could not be drawn");
    expect(screen.getByTestId("action-export")).toBeEnabled();
  });
});

describe("the notice", () => {
  const notice = { key: 4, message: "Deleted “Growth”", action: null };

  it("goes away after a few seconds", () => {
    vi.useFakeTimers();
    const dismiss = vi.fn();
    render(<Notice notice={notice} onAction={vi.fn()} onDismiss={dismiss} />);
    act(() => vi.advanceTimersByTime(NOTICE_DURATION - 1));
    expect(dismiss).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(dismiss).toHaveBeenCalledWith(4);
  });

  it("stays while the pointer is over it, then finishes its time", () => {
    vi.useFakeTimers();
    const dismiss = vi.fn();
    render(<Notice notice={notice} onAction={vi.fn()} onDismiss={dismiss} />);
    act(() => vi.advanceTimersByTime(5000));
    fireEvent.mouseEnter(screen.getByTestId("notice"));
    act(() => vi.advanceTimersByTime(60_000));
    expect(dismiss).not.toHaveBeenCalled();
    fireEvent.mouseLeave(screen.getByTestId("notice"));
    act(() => vi.advanceTimersByTime(NOTICE_DURATION - 5000 - 1));
    expect(dismiss).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(dismiss).toHaveBeenCalledWith(4);
  });

  it("restarts its time for a new notice, and closes with its button or Escape", () => {
    vi.useFakeTimers();
    const dismiss = vi.fn();
    const action = vi.fn();
    const undo = { kind: "restoreTree" as const, treeId: 1, label: "Undo" };
    const { rerender } = render(<Notice notice={notice} onAction={action} onDismiss={dismiss} />);
    act(() => vi.advanceTimersByTime(6000));
    rerender(
      <Notice
        notice={{ key: 5, message: "Again", action: undo }}
        onAction={action}
        onDismiss={dismiss}
      />,
    );
    act(() => vi.advanceTimersByTime(6000));
    expect(dismiss).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId("notice-action"));
    expect(action).toHaveBeenCalledWith(5);
    fireEvent.click(screen.getByRole("button", { name: "Dismiss notice" }));
    expect(dismiss).toHaveBeenLastCalledWith(5);
    fireEvent.keyDown(screen.getByTestId("notice-action"), { key: "Escape" });
    expect(dismiss).toHaveBeenCalledTimes(2);
  });
});
