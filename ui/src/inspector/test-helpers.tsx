// What the Inspector's tests share: rendering it with a recording `onEdit`, and
// typing into a field the way a user does (focus, type, then blur or a key).

import { act, fireEvent, render, screen } from "@testing-library/react";
import { vi } from "vitest";

import type { Edit, Node, TreeView } from "../ipc/api";
import { ziraView } from "../test/fixtures";
import { Inspector } from "./Inspector";
import type { InspectorSelection } from "./Inspector";

export const nothing: InspectorSelection = { nodes: [], links: [] };

export function nodes(...ids: string[]): InspectorSelection {
  return { nodes: ids, links: [] };
}

export function links(...ids: string[]): InspectorSelection {
  return { nodes: [], links: ids };
}

/**
 * Renders the Inspector; `onEdit` records each edit and answers `answer` (or
 * never answers, with `"pending"`, to keep an edit on its way).
 */
export function renderInspector(
  view: TreeView,
  selection: InspectorSelection,
  answer: boolean | "pending" = true,
) {
  const edits: Edit[] = [];
  const onEdit = vi.fn((edit: Edit): Promise<boolean> => {
    edits.push(edit);
    return answer === "pending" ? new Promise<boolean>(() => {}) : Promise.resolve(answer);
  });
  const utils = render(<Inspector view={view} selection={selection} onEdit={onEdit} />);
  const rerender = (next: TreeView, nextSelection: InspectorSelection = selection) =>
    utils.rerender(<Inspector view={next} selection={nextSelection} onEdit={onEdit} />);
  return { ...utils, rerender, edits, onEdit };
}

export function field(name: string): HTMLInputElement {
  return screen.getByTestId<HTMLInputElement>(`inspector-field-${name}`);
}

export function textArea(name: string): HTMLTextAreaElement {
  return screen.getByTestId<HTMLTextAreaElement>(`inspector-field-${name}`);
}

export function select(name: string): HTMLSelectElement {
  return screen.getByTestId<HTMLSelectElement>(`inspector-field-${name}`);
}

/** Focuses `element` and replaces its text, as typing does (no commit yet). */
export function typeInto(element: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  act(() => element.focus());
  fireEvent.change(element, { target: { value: text } });
}

/** Lets the promise `onEdit` returned settle, and React render what follows. */
export async function settle(): Promise<void> {
  await act(async () => {
    await Promise.resolve();
  });
}

/** Moves the focus away from `element`; its `blur` commits. */
export async function blur(element: HTMLElement): Promise<void> {
  act(() => element.blur());
  await settle();
}

export async function press(element: HTMLElement, key: string): Promise<void> {
  fireEvent.keyDown(element, { key });
  await settle();
}

/** Chooses `value` in a select (commits at once). */
export async function choose(element: HTMLSelectElement, value: string): Promise<void> {
  fireEvent.change(element, { target: { value } });
  await settle();
}

/** `view` with node `id`'s fields replaced, as a new view from the core would be. */
export function withNode(
  view: TreeView,
  id: string,
  fields: Partial<TreeView["tree"]["nodes"][number]>,
): TreeView {
  return {
    ...view,
    tree: {
      ...view.tree,
      nodes: view.tree.nodes.map((n) => (n.id === id ? { ...n, ...fields } : n)),
    },
  };
}

/** `view` with node `id`'s colour code set to its own colour `color`, as the core would. */
export function coded(view: TreeView, id: string, color: string): TreeView {
  const kpis = view.alignment.colors.kpis.map((kpi) =>
    kpi.id === id ? { ...kpi, color, source: "own" as const } : kpi,
  );
  return { ...view, alignment: { ...view.alignment, colors: { ...view.alignment.colors, kpis } } };
}

/** Node `id` as `view` (the Zira fixture unless given) stores it. */
export function stored(id: string, view: TreeView = ziraView): Node {
  const node = view.tree.nodes.find((candidate) => candidate.id === id);
  if (node === undefined) throw new Error(`no node ${id} in the fixture`);
  return node;
}

/** The one `update_node` edit `arr` should produce with `fields` changed. */
export function updated(id: string, fields: Partial<Node>) {
  return { type: "update_node", node: { ...stored(id), ...fields } };
}
