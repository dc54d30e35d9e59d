import { fireEvent, render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import type { TreeView } from "../ipc/api";
import { backend } from "../test/backend";
import { node, startup, ziraView } from "../test/fixtures";
import { App } from "./App";

describe("App", () => {
  it("lists the store's trees from startup, with the store path", async () => {
    backend();
    render(<App />);
    const item = await screen.findByTestId("tree-item-1");
    expect(item).toHaveTextContent("Zira growth");
    expect(item).toHaveTextContent("8 nodes");
    expect(screen.getByTestId("tree-item-2")).toHaveTextContent("0 nodes");
    expect(screen.getByTestId("store-path")).toHaveTextContent(startup.store_path);
    expect(screen.getByText("kpitree")).toBeInTheDocument();
  });

  it("opens the last tree and renders a node per tree node", async () => {
    backend();
    render(<App />);
    const canvas = await screen.findByTestId("canvas");
    for (const treeNode of ziraView.tree.nodes) {
      expect(await within(canvas).findByTestId(`node-${treeNode.id}`)).toHaveTextContent(
        treeNode.name,
      );
    }
    expect(screen.getByTestId("tree-item-1")).toHaveAttribute("aria-current", "true");
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Zira growth");
  });

  it("shows values, computed marks, targets, status, owner and problems on nodes", async () => {
    backend();
    render(<App />);
    const arr = await screen.findByTestId("node-arr");
    expect(within(arr).getByTestId("node-value-arr")).toHaveTextContent("=€1.2M");
    expect(within(arr).getByTestId("node-value-arr")).toHaveAttribute(
      "title",
      expect.stringContaining("computed from formula"),
    );
    expect(arr).toHaveTextContent("Target ≥ €1.5M by 30 Jun 2027");
    expect(within(arr).getByTestId("node-status-arr")).toHaveTextContent("Off track");
    expect(arr).toHaveTextContent("Leadership");
    expect(
      within(screen.getByTestId("node-activation")).getByTestId("node-status-activation"),
    ).toHaveTextContent("At risk");
    expect(screen.getByTestId("node-churned")).toHaveTextContent("Target ≤ 30");
    expect(screen.getByTestId("node-problem-fast_ux")).toHaveAttribute(
      "title",
      'node "fast_ux": initiative drives nothing',
    );
    expect(screen.queryByTestId("node-problem-arr")).toBeNull();
  });

  it("draws the links with their test hooks", async () => {
    backend();
    render(<App />);
    await screen.findByTestId("node-arr");
    for (const link of ziraView.tree.links) {
      const id = `link-${link.kind}-${link.from}-${link.to}`;
      expect(await screen.findByTestId(id)).toBeInTheDocument();
    }
    const impacts = screen.getByTestId("link-impacts-fast_ux-churned").querySelector("path");
    expect(impacts).toHaveStyle({ stroke: "#e63946", strokeWidth: "3" });
  });

  it("opens a tree when it is clicked", async () => {
    const calls = backend();
    render(<App />);
    await screen.findByTestId("node-arr");
    fireEvent.click(screen.getByTestId("tree-item-2"));
    expect(await screen.findByTestId("empty-tree")).toHaveTextContent("This tree has no nodes yet");
    expect(screen.getByTestId("tree-item-2")).toHaveAttribute("aria-current", "true");
    expect(screen.getByTestId("tree-item-1")).not.toHaveAttribute("aria-current");
    expect(screen.queryByTestId("node-arr")).toBeNull();
    expect(calls.filter((c) => c === "open_tree")).toHaveLength(2);
  });

  it("shows an AppError in the error banner", async () => {
    backend({
      open_tree: () => {
        throw { kind: "store", message: "the store file is locked by another program" };
      },
    });
    render(<App />);
    const banner = await screen.findByTestId("error-banner");
    expect(banner).toHaveTextContent("the store file is locked by another program");
    expect(banner).toHaveAttribute("data-kind", "store");
    fireEvent.click(within(banner).getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByTestId("error-banner")).toBeNull();
  });

  it("shows a startup failure in the error banner", async () => {
    backend({
      startup: () => {
        throw { kind: "store", message: "the store was written by a newer kpitree" };
      },
    });
    render(<App />);
    expect(await screen.findByTestId("error-banner")).toHaveTextContent("newer kpitree");
    expect(screen.getByTestId("start-failed")).toHaveTextContent("The store could not be opened");
    expect(screen.queryByTestId("empty-store")).toBeNull();
  });

  it("shows why the file it was started with could not be opened, over the usual tree", async () => {
    const message = "/home/pat/broken.kpitree.json: line 3: expected a value";
    backend({
      startup: () => ({ ...startup, open_error: { kind: "invalid_input", message } }),
    });
    render(<App />);
    await screen.findByTestId("node-arr");
    expect(await screen.findByTestId("error-banner")).toHaveTextContent("broken.kpitree.json");
  });

  it("says so when the store has no trees", async () => {
    backend({ startup: () => ({ ...startup, trees: [], last_tree_id: null }) });
    render(<App />);
    expect(await screen.findByTestId("empty-store")).toHaveTextContent(
      "No trees in this store yet",
    );
    expect(screen.getByText("No trees in this store.")).toBeInTheDocument();
  });

  it("shows a name full of markup as text", async () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script><b>Bold</b>';
    const view: TreeView = {
      ...ziraView,
      tree: {
        ...ziraView.tree,
        name: markup,
        nodes: [
          node("evil", "business_kpi", markup, { owner: "<i>team</i>", position: { x: 0, y: 0 } }),
        ],
        links: [],
      },
      values: {},
      levels: { evil: 0 },
      problems: [],
    };
    backend(
      {
        startup: () => ({
          ...startup,
          trees: [{ id: 1, name: markup, node_count: 1, link_count: 0 }],
        }),
      },
      [view],
    );
    const { container } = render(<App />);
    const card = await screen.findByTestId("node-evil");
    expect(card).toHaveTextContent(markup);
    expect(card).toHaveTextContent("<i>team</i>");
    expect(screen.getByTestId("tree-item-1")).toHaveTextContent(markup);
    expect(container.querySelector("img, script, b, i")).toBeNull();
  });
});
