// Changes made to the store elsewhere (ipc/events.ts), through the whole window with
// mockIPC standing in for Rust: the list follows, the open tree is fetched again as
// the window holds it now, a notice says what changed, a tree deleted elsewhere
// gives way to the next one, and an edit refused as a conflict shows the store.
// A file handed over by another start opens its tree, or shows why it could not.

import { act, fireEvent, screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";

import type { FileOpened, StoreChanged } from "../ipc/events";
import { backend } from "../test/backend";
import { emptyView, startup, viewAs, ziraView } from "../test/fixtures";
import { heading, openZira, sent, settle, treeItems } from "./library-test-helpers";

let listener: ((change: StoreChanged) => void) | null = null;
let fileListener: ((opened: FileOpened) => void) | null = null;

vi.mock("../ipc/events", () => ({
  onStoreChanged: (next: (change: StoreChanged) => void) => {
    listener = next;
    return () => {
      if (listener === next) listener = null;
    };
  },
  onFileOpened: (next: (opened: FileOpened) => void) => {
    fileListener = next;
    return () => {
      if (fileListener === next) fileListener = null;
    };
  },
}));

function handFile(opened: FileOpened) {
  act(() => {
    if (fileListener === null) throw new Error("the window does not listen for handed files");
    fileListener(opened);
  });
}

function changeElsewhere(change: StoreChanged) {
  act(() => {
    if (listener === null) throw new Error("the window does not listen for outside changes");
    listener(change);
  });
}

const zira = ziraView.id;

beforeEach(() => {
  listener = null;
  fileListener = null;
});

describe("changes made elsewhere", () => {
  it("lists a tree added elsewhere and says so, without fetching the open tree", async () => {
    backend();
    await openZira();
    const added = { id: 9, name: "Imported", node_count: 3, link_count: 2 };
    changeElsewhere({
      trees: [...startup.trees, added],
      changed_trees: [],
      notice: "“Imported” was added elsewhere",
    });
    await settle();
    expect(treeItems()).toContain("Imported");
    expect(screen.getByTestId("notice")).toHaveTextContent("“Imported” was added elsewhere");
    expect(sent("current_tree")).toEqual([]);
  });

  it("shows the open tree as the window now holds it, without opening it again", async () => {
    const renamed = { ...ziraView, tree: { ...ziraView.tree, name: "Zira, renamed elsewhere" } };
    backend({ current_tree: () => renamed });
    await openZira();
    const opened = sent("open_tree").length;
    changeElsewhere({
      trees: startup.trees,
      changed_trees: [zira],
      notice: "Changed elsewhere: the tree's details changed",
    });
    await waitFor(() => expect(heading()).toHaveTextContent("Zira, renamed elsewhere"));
    expect(treeItems()).toContain("Zira, renamed elsewhere");
    expect(sent("current_tree")).toEqual([{ id: zira }]);
    expect(sent("open_tree")).toHaveLength(opened);
  });

  it("opens the next tree when the open one was deleted elsewhere", async () => {
    backend();
    await openZira();
    const rest = startup.trees.filter((tree) => tree.id !== zira);
    changeElsewhere({
      trees: rest,
      changed_trees: [],
      notice: "“Zira growth” was deleted elsewhere",
    });
    await waitFor(() => expect(heading()).toHaveTextContent(rest[0]?.name ?? ""));
    expect(screen.getByTestId("notice")).toHaveTextContent("deleted elsewhere");
  });

  it("shows the store's state after an edit is refused as a conflict", async () => {
    const refused = {
      kind: "conflict",
      message: "“ARR” in tree “Zira growth” was changed elsewhere; your change was not saved",
    };
    backend({
      undo: () => {
        throw refused;
      },
      current_tree: () => ziraView,
      open_tree: () => ({ ...ziraView, can_undo: true }),
    });
    await openZira();
    fireEvent.keyDown(window, { key: "z", code: "KeyZ", ctrlKey: true });
    const banner = await screen.findByTestId("error-banner");
    expect(banner).toHaveTextContent("Changed elsewhere.");
    expect(banner).toHaveAttribute("data-kind", "conflict");
    await waitFor(() => expect(sent("current_tree")).toEqual([{ id: zira }]));
  });
});

describe("a file handed over by another start", () => {
  it("lists and opens the file's tree", async () => {
    const handed = viewAs(ziraView, 9, "Handed over");
    backend({}, [ziraView, emptyView, handed]);
    await openZira();
    const summary = { id: 9, name: "Handed over", node_count: 3, link_count: 2 };
    handFile({ opened: { id: 9, trees: [...startup.trees, summary] }, error: null });
    await waitFor(() => expect(heading()).toHaveTextContent("Handed over"));
    expect(treeItems()).toContain("Handed over");
    expect(sent("open_tree")).toContainEqual({ id: 9 });
  });

  it("shows why a file could not be opened and keeps the open tree", async () => {
    backend();
    await openZira();
    const message = "/home/pat/broken.kpitree.json: line 3: expected a value";
    handFile({ opened: null, error: { kind: "invalid_input", message } });
    expect(await screen.findByTestId("error-banner")).toHaveTextContent("broken.kpitree.json");
    expect(heading()).toHaveTextContent(ziraView.tree.name);
  });
});
