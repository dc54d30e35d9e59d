// The Inspector with one link selected, with several things selected, and with
// nothing selected (the tree's own fields).

import { act, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import type { Link, TreeView } from "../ipc/api";
import { ziraView } from "../test/fixtures";
import { Inspector } from "./Inspector";
import {
  blur,
  choose,
  field,
  links,
  nothing,
  press,
  renderInspector,
  select,
  settle,
  textArea,
  typeInto,
} from "./test-helpers";

function storedLink(kind: Link["kind"], from: string, to: string, view: TreeView = ziraView): Link {
  const link = view.tree.links.find((l) => l.kind === kind && l.from === from && l.to === to);
  if (link === undefined) throw new Error(`no ${kind} link ${from} → ${to} in the fixture`);
  return link;
}

const uxImpact = storedLink("impacts", "fast_ux", "churned");

async function click(testId: string): Promise<void> {
  act(() => screen.getByTestId(testId).click());
  await settle();
}

describe("one link", () => {
  it("shows an impacts link: kind, ends, colour, strength and note", () => {
    renderInspector(ziraView, links("impacts-fast_ux-churned"));
    expect(select("link_kind")).toHaveValue("impacts");
    expect(screen.getByTestId("inspector-link-from")).toHaveTextContent("Faster mobile load");
    expect(screen.getByTestId("inspector-link-to")).toHaveTextContent("Churned customers");
    expect(field("color")).toHaveValue("#e63946");
    expect(screen.getByTestId("inspector-reset-color")).toBeEnabled();
    expect(select("strength")).toHaveValue("strong");
    expect(textArea("note")).toHaveValue("faster UX reduces churn");
    expect(screen.getByLabelText("Note")).toBe(textArea("note"));
  });

  it("offers colour and strength for impacts links only", () => {
    renderInspector(ziraView, links("drives-churned-net_new_customers"));
    expect(select("link_kind")).toHaveValue("drives");
    expect(screen.queryByTestId("inspector-field-color")).toBeNull();
    expect(screen.queryByTestId("inspector-field-strength")).toBeNull();
    expect(textArea("note")).toHaveValue("");
  });

  it("changes the kind as one batch: remove, then add between the same nodes", async () => {
    const { edits } = renderInspector(ziraView, links("impacts-fast_ux-churned"));
    await choose(select("link_kind"), "guards");
    expect(edits).toEqual([
      {
        type: "batch",
        edits: [
          { type: "remove_links", keys: [{ kind: "impacts", from: "fast_ux", to: "churned" }] },
          {
            type: "add_link",
            link: {
              kind: "guards",
              from: "fast_ux",
              to: "churned",
              color: null,
              strength: null,
              note: "faster UX reduces churn",
            },
          },
        ],
      },
    ]);
  });

  it("keeps showing the link after its kind changed (its id did too)", async () => {
    const { rerender } = renderInspector(ziraView, links("impacts-fast_ux-churned"));
    await choose(select("link_kind"), "guards");
    const changed: TreeView = {
      ...ziraView,
      tree: {
        ...ziraView.tree,
        links: ziraView.tree.links.map((l) =>
          l === uxImpact ? { ...l, kind: "guards", color: null, strength: null } : l,
        ),
      },
    };
    rerender(changed);
    expect(select("link_kind")).toHaveValue("guards");
    expect(screen.queryByTestId("inspector-field-strength")).toBeNull();
  });

  it("sends nothing when the same kind is chosen", async () => {
    const { edits } = renderInspector(ziraView, links("impacts-fast_ux-churned"));
    await choose(select("link_kind"), "impacts");
    expect(edits).toEqual([]);
  });

  it("updates strength and note with update_link, keeping the other fields", async () => {
    const { edits } = renderInspector(ziraView, links("impacts-fast_ux-churned"));
    await choose(select("strength"), "weak");
    typeInto(textArea("note"), "");
    await blur(textArea("note"));
    expect(edits).toEqual([
      { type: "update_link", link: { ...uxImpact, strength: "weak" } },
      { type: "update_link", link: { ...uxImpact, strength: "weak", note: null } },
    ]);
  });

  it("clears the strength to null", async () => {
    const { edits } = renderInspector(ziraView, links("impacts-fast_ux-churned"));
    await choose(select("strength"), "");
    expect(edits).toEqual([{ type: "update_link", link: { ...uxImpact, strength: null } }]);
  });

  it("recolours on change and resets to the KPI's colour code", async () => {
    const { edits } = renderInspector(ziraView, links("impacts-fast_ux-churned"));
    await click("inspector-reset-color");
    // Without a colour of its own the link wears churned's code, as the core gave it.
    expect(field("color")).toHaveValue("#e63946");
    expect(screen.getByTestId("inspector-reset-color")).toBeDisabled();
    expect(edits).toEqual([{ type: "update_link", link: { ...uxImpact, color: null } }]);
  });

  it("deletes the link", async () => {
    const { edits } = renderInspector(ziraView, links("impacts-fast_ux-churned"));
    await click("inspector-delete");
    expect(edits).toEqual([
      { type: "remove_links", keys: [{ kind: "impacts", from: "fast_ux", to: "churned" }] },
    ]);
  });

  it("shows the problems the core reports about the link", () => {
    const view: TreeView = {
      ...ziraView,
      problems: [
        {
          severity: "error",
          category: "structure",
          subject: { type: "link", key: { kind: "impacts", from: "fast_ux", to: "churned" } },
          message: "link impacts fast_ux → churned: something is off",
        },
      ],
    };
    renderInspector(view, links("impacts-fast_ux-churned"));
    expect(screen.getByTestId("inspector-problems")).toHaveTextContent("something is off");
  });
});

describe("several things", () => {
  it("says what is selected", () => {
    renderInspector(ziraView, {
      nodes: ["churned", "activation"],
      links: ["guards-aov-price_per_seat"],
    });
    expect(screen.getByTestId("inspector-summary")).toHaveTextContent(
      "2 nodes and 1 link selected",
    );
    expect(screen.queryByTestId("inspector-field-name")).toBeNull();
  });

  it("deletes nodes and the selected links that touch none of them, in one batch", async () => {
    const { edits } = renderInspector(ziraView, {
      nodes: ["churned", "activation"],
      links: [
        "impacts-fast_ux-churned", // goes with churned
        "drives-usability-activation", // goes with activation
        "guards-aov-price_per_seat",
      ],
    });
    await click("inspector-delete");
    expect(edits).toEqual([
      {
        type: "batch",
        edits: [
          { type: "remove_nodes", ids: ["churned", "activation"] },
          {
            type: "remove_links",
            keys: [{ kind: "guards", from: "aov", to: "price_per_seat" }],
          },
        ],
      },
    ]);
  });

  it("deletes links alone with one remove_links", async () => {
    const { edits } = renderInspector(
      ziraView,
      links("guards-aov-price_per_seat", "drives-churned-net_new_customers"),
    );
    await click("inspector-delete");
    expect(edits).toEqual([
      {
        type: "remove_links",
        keys: [
          { kind: "guards", from: "aov", to: "price_per_seat" },
          { kind: "drives", from: "churned", to: "net_new_customers" },
        ],
      },
    ]);
  });

  it("ignores what is no longer in the tree", () => {
    renderInspector(ziraView, { nodes: ["arr", "gone"], links: ["drives-gone-arr"] });
    expect(field("name")).toHaveValue("Annual recurring revenue");
  });
});

describe("nothing selected: the tree", () => {
  it("shows the tree's name, description, size and a hint", () => {
    renderInspector(ziraView, nothing);
    expect(field("tree_name")).toHaveValue("Zira growth");
    expect(textArea("tree_description")).toHaveValue(
      "How product work ladders up to recurring revenue",
    );
    expect(screen.getByTestId("inspector-counts")).toHaveTextContent("8 nodes · 8 links");
    expect(screen.getByTestId("inspector")).toHaveTextContent("Select a node or a link to edit it");
  });

  it("renames the tree and clears its description", async () => {
    const { edits } = renderInspector(ziraView, nothing);
    typeInto(field("tree_name"), " Zira 2027 ");
    await press(field("tree_name"), "Enter");
    typeInto(textArea("tree_description"), "");
    await blur(textArea("tree_description"));
    expect(edits).toEqual([
      { type: "rename_tree", name: "Zira 2027" },
      { type: "set_description", description: null },
    ]);
  });

  it("refuses an empty tree name inline", async () => {
    const { edits } = renderInspector(ziraView, nothing);
    typeInto(field("tree_name"), "");
    await blur(field("tree_name"));
    expect(screen.getByTestId("inspector-error-tree_name")).toHaveTextContent("required");
    expect(edits).toEqual([]);
  });

  it("puts the stored name back when a rename is refused", async () => {
    renderInspector(ziraView, nothing, false);
    typeInto(field("tree_name"), "Zira 2027");
    await blur(field("tree_name"));
    expect(field("tree_name")).toHaveValue("Zira growth");
  });
});

describe("closing", () => {
  it("has a close button only when it can be closed", () => {
    const onClose = vi.fn();
    const onEdit = vi.fn(() => Promise.resolve(true));
    const { rerender } = render(<Inspector view={ziraView} selection={nothing} onEdit={onEdit} />);
    expect(screen.queryByTestId("inspector-close")).toBeNull();
    rerender(<Inspector view={ziraView} selection={nothing} onEdit={onEdit} onClose={onClose} />);
    act(() => screen.getByTestId("inspector-close").click());
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onEdit).not.toHaveBeenCalled();
  });
});
