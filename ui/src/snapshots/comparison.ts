// A comparison (SPEC 10) as the window shows it: the marks the canvas draws
// (added and changed nodes and links, removed nodes as ghosts where they stood)
// and the list of every change, one entry a field, each naming the nodes it
// reveals. Pure: no React.
//
// The comparison runs from the other side (left: a snapshot, another tree) to the
// open tree (right), so "added" is what the tree has gained since.

import type { Comparison, Link, Node, NodeFace } from "../ipc/api";
import { formatValue } from "../model/format";

export type DiffMark = "added" | "changed" | "removed";

/** What the canvas draws over the tree while a comparison is open. */
export interface CompareMarks {
  /** Marks of the tree's own nodes and links (links by `KIND-FROM-TO`). */
  readonly nodes: Readonly<Record<string, DiffMark>>;
  readonly links: Readonly<Record<string, DiffMark>>;
  /** Nodes only the other side has, where they stood there. */
  readonly ghosts: readonly { readonly node: Node; readonly face: NodeFace | null }[];
  /** Links only the other side has. */
  readonly removedLinks: readonly Link[];
}

/** One line of the list of changes. */
export interface ChangeEntry {
  readonly key: string;
  readonly mark: DiffMark;
  /** The node or link, by name: `Churn`, `Churn → ARR`. */
  readonly subject: string;
  /** What changed: `value 60 → 54`, `added`, `removed`. */
  readonly detail: string;
  /** The nodes a click shows on the canvas. */
  readonly reveal: readonly string[];
}

function keyOf(link: { kind: string; from: string; to: string }): string {
  return `${link.kind}-${link.from}-${link.to}`;
}

export function compareMarks(comparison: Comparison): CompareMarks {
  const { diff } = comparison;
  const nodes: Record<string, DiffMark> = {};
  for (const id of diff.nodes.added) nodes[id] = "added";
  for (const id of Object.keys(diff.nodes.changed)) nodes[id] = "changed";
  const links: Record<string, DiffMark> = {};
  for (const link of diff.links.added) links[keyOf(link)] = "added";
  for (const link of diff.links.changed) links[keyOf(link)] = "changed";
  return {
    nodes,
    links,
    ghosts: comparison.removed.map((node) => ({
      node,
      face: comparison.removed_faces[node.id] ?? null,
    })),
    removedLinks: diff.links.removed,
  };
}

/** A field's value as the list shows it: numbers as the cards show them. */
export function shownValue(value: unknown): string {
  if (value === null || value === undefined) return "(none)";
  if (typeof value === "number") return formatValue(value, null);
  if (typeof value === "string") return value === "" ? "(empty)" : value;
  if (typeof value === "boolean") return value ? "yes" : "no";
  return JSON.stringify(value);
}

/** `value 60 → 54`. */
function fieldDetail(field: string, [left, right]: readonly [unknown, unknown]): string {
  return `${field} ${shownValue(left)} → ${shownValue(right)}`;
}

/**
 * Every change, in the order a reader wants them: the tree's own fields, nodes
 * added, changed (a line a field), removed, then links.
 */
export function changeEntries(comparison: Comparison, tree: readonly Node[]): ChangeEntry[] {
  const { diff } = comparison;
  const names = new Map<string, string>();
  for (const node of comparison.removed) names.set(node.id, node.name);
  for (const node of tree) names.set(node.id, node.name);
  const name = (id: string) => names.get(id) ?? id;
  const linkName = (link: { from: string; to: string; kind: string }) =>
    `${name(link.from)} → ${name(link.to)} (${link.kind})`;
  const out: ChangeEntry[] = [];
  for (const [field, change] of Object.entries(diff.tree ?? {})) {
    out.push({
      key: `tree:${field}`,
      mark: "changed",
      subject: "Tree",
      detail: fieldDetail(field, change),
      reveal: [],
    });
  }
  for (const id of diff.nodes.added) {
    out.push({ key: `add:${id}`, mark: "added", subject: name(id), detail: "added", reveal: [id] });
  }
  for (const [id, fields] of Object.entries(diff.nodes.changed)) {
    for (const [field, change] of Object.entries(fields ?? {})) {
      out.push({
        key: `node:${id}:${field}`,
        mark: "changed",
        subject: name(id),
        detail: fieldDetail(field, change),
        reveal: [id],
      });
    }
  }
  for (const id of diff.nodes.removed) {
    out.push({
      key: `remove:${id}`,
      mark: "removed",
      subject: name(id),
      detail: "removed",
      reveal: [id],
    });
  }
  for (const link of diff.links.added) {
    const key = keyOf(link);
    out.push({
      key: `add:${key}`,
      mark: "added",
      subject: linkName(link),
      detail: "link added",
      reveal: [link.from, link.to],
    });
  }
  for (const link of diff.links.changed) {
    for (const [field, change] of Object.entries(link.fields)) {
      out.push({
        key: `link:${keyOf(link)}:${field}`,
        mark: "changed",
        subject: linkName(link),
        detail: fieldDetail(field, change),
        reveal: [link.from, link.to],
      });
    }
  }
  for (const link of diff.links.removed) {
    out.push({
      key: `remove:${keyOf(link)}`,
      mark: "removed",
      subject: linkName(link),
      detail: "link removed",
      reveal: [link.from, link.to],
    });
  }
  return out;
}
