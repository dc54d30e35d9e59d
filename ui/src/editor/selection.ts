// The selection on the canvas, and what deleting it means as one edit: the nodes
// (which takes their links with them) and the selected links that do not touch a
// deleted node. The inspector's Delete button makes the same edit.

import type { Edit, TreeView } from "../ipc/api";
import { deleteSelection, selected } from "../inspector/linkForm";
import { linkId } from "../canvas/flow";

export interface Selection {
  readonly nodes: readonly string[];
  readonly links: readonly string[];
}

export const NOTHING_SELECTED: Selection = { nodes: [], links: [] };

/** The edit that deletes `selection` from `view`'s tree, or `null` for nothing. */
export function deleteEdit(selection: Selection, view: TreeView): Edit | null {
  return deleteSelection(selected(view, selection));
}

/** `selection` without ids the tree no longer has. */
export function existing(selection: Selection, view: TreeView): Selection {
  const nodes = new Set(view.tree.nodes.map((node) => node.id));
  const links = new Set(view.tree.links.map(linkId));
  return {
    nodes: selection.nodes.filter((id) => nodes.has(id)),
    links: selection.links.filter((id) => links.has(id)),
  };
}
