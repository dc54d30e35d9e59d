// The Inspector's link form and selection, without React: finding the selected
// link, the edits that change its kind, fields or existence, and the one edit
// that deletes a multiple selection.

import type { Edit, Link, LinkKey, LinkKind, TreeView } from "../ipc/api";
import { linkId } from "../canvas/flow";
import type { Issue } from "./nodeForm";

export function linkKey(link: Pick<Link, "kind" | "from" | "to">): LinkKey {
  return { kind: link.kind, from: link.from, to: link.to };
}

/**
 * The link a selection id (`KIND-FROM-TO`) names. When there is none of that kind
 * but exactly one link joins the same two nodes, that one: a link whose kind was
 * just changed keeps its place in the Inspector although its id has changed.
 */
export function findLink(view: TreeView, id: string): Link | null {
  const exact = view.tree.links.find((link) => linkId(link) === id);
  if (exact !== undefined) return exact;
  const parts = id.split("-");
  if (parts.length !== 3) return null;
  const [, from, to] = parts;
  const between = view.tree.links.filter((link) => link.from === from && link.to === to);
  return between.length === 1 ? (between[0] ?? null) : null;
}

/** The fields a link of `kind` may have: colour and strength belong to `impacts`. */
export function fitKind(link: Link, kind: LinkKind): Link {
  const impacts = kind === "impacts";
  return {
    ...link,
    kind,
    color: impacts ? link.color : null,
    strength: impacts ? link.strength : null,
  };
}

/**
 * Changing a link's kind, as one undo step: remove the link and add one of the
 * new kind between the same nodes, with the same note. `null` when it is that
 * kind already.
 */
export function changeLinkKind(link: Link, kind: LinkKind): Edit | null {
  if (link.kind === kind) return null;
  return {
    type: "batch",
    edits: [
      { type: "remove_links", keys: [linkKey(link)] },
      { type: "add_link", link: fitKind(link, kind) },
    ],
  };
}

/** The edit that stores a link's colour, strength and note. */
export function updateLink(link: Link): Edit {
  return { type: "update_link", link };
}

export function removeLink(link: Link): Edit {
  return { type: "remove_links", keys: [linkKey(link)] };
}

/** The problems the view reports about `link`, worst first. */
export function linkProblems(view: TreeView, link: Link): Issue[] {
  const issues: Issue[] = [];
  for (const problem of view.problems) {
    const subject = problem.subject;
    if (
      subject.type === "link" &&
      subject.key.kind === link.kind &&
      subject.key.from === link.from &&
      subject.key.to === link.to &&
      !issues.some((issue) => issue.message === problem.message)
    ) {
      issues.push({ severity: problem.severity, message: problem.message });
    }
  }
  return issues.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/** The problems of the tree as a whole. */
export function treeProblems(view: TreeView): Issue[] {
  return view.problems
    .filter((problem) => problem.subject.type === "tree")
    .map((problem) => ({ severity: problem.severity, message: problem.message }));
}

/** What a selection holds that is still in the tree. */
export interface Selected {
  readonly nodes: readonly string[];
  readonly links: readonly Link[];
}

export function selected(
  view: TreeView,
  selection: { readonly nodes: readonly string[]; readonly links: readonly string[] },
): Selected {
  const known = new Set(view.tree.nodes.map((node) => node.id));
  const nodes = [...new Set(selection.nodes)].filter((id) => known.has(id));
  const links: Link[] = [];
  for (const id of new Set(selection.links)) {
    const link = findLink(view, id);
    if (link !== null && !links.includes(link)) links.push(link);
  }
  return { nodes, links };
}

/**
 * Deleting a selection as one undo step: the nodes (which takes every link that
 * touches them) and the selected links that touch none of them. `null` when
 * nothing is selected.
 */
export function deleteSelection(selection: Selected): Edit | null {
  const nodes = new Set(selection.nodes);
  const keys = selection.links
    .filter((link) => !nodes.has(link.from) && !nodes.has(link.to))
    .map(linkKey);
  const edits: Edit[] = [];
  if (nodes.size > 0) edits.push({ type: "remove_nodes", ids: [...nodes] });
  if (keys.length > 0) edits.push({ type: "remove_links", keys });
  const [first] = edits;
  if (first === undefined) return null;
  return edits.length === 1 ? first : { type: "batch", edits };
}
