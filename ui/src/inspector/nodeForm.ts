// The Inspector's node form, without React: turning what a user typed into field
// values (or a message saying why not), building `update_node` edits that keep
// every other field, and sorting a node's problems by the field they concern.

import type { Edit, Node, Severity, TreeView } from "../ipc/api";

/** What a field's text means: a value to store, or why it cannot be stored. */
export type Parsed<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Something wrong shown under a field. */
export interface Issue {
  readonly severity: Severity;
  readonly message: string;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A number field: empty is `null`; digits with an optional point and exponent
 * (`1500000`, `1_500_000`, `1 500 000`, `-0.25`, `1.5e6`). A comma is refused
 * rather than guessed at: `1,5` is one and a half in half the world.
 */
export function parseNumber(text: string): Parsed<number | null> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  if (trimmed.includes(",")) {
    return { ok: false, message: "Not a number: use a point for decimals and no commas (1500.5)" };
  }
  const compact = trimmed.replace(/[\s_]/g, "");
  if (!NUMBER.test(compact)) return { ok: false, message: `Not a number: "${trimmed}"` };
  const value = Number(compact);
  if (!Number.isFinite(value)) return { ok: false, message: "The number is too large" };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

/** A number as the field shows it: plain digits, no grouping; empty for `null`. */
export function numberText(value: number | null): string {
  return value === null ? "" : String(value);
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A target date: empty is `null`, else a real calendar day as `YYYY-MM-DD`. */
export function parseDate(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  const match = DATE.exec(trimmed);
  if (match !== null) {
    const [year, month, day] = match.slice(1).map(Number);
    if (year !== undefined && month !== undefined && day !== undefined) {
      const date = new Date(Date.UTC(year, month - 1, day));
      if (
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
      ) {
        return { ok: true, value: trimmed };
      }
    }
  }
  return { ok: false, message: "Not a date: use YYYY-MM-DD, e.g. 2027-06-30" };
}

/** An optional text field: blank is `null`; `trim` also strips the ends. */
export function optionalText(text: string, trim = true): string | null {
  if (text.trim() === "") return null;
  return trim ? text.trim() : text;
}

/** A name: required, stored without surrounding blanks. */
export function parseName(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "A name is required" };
  return { ok: true, value: trimmed };
}

/** `node` with one field replaced; every other field is kept as it is. */
export function withField<K extends keyof Node>(node: Node, field: K, value: Node[K]): Node {
  return { ...node, [field]: value };
}

/** The edit that stores `node` (every field: `update_node` replaces them all). */
export function updateNode(node: Node): Edit {
  return { type: "update_node", node };
}

/** The node with id `id` in the view, or `null`. */
export function findNode(view: TreeView, id: string): Node | null {
  return view.tree.nodes.find((candidate) => candidate.id === id) ?? null;
}

/** The ids a formula of `id` may use: the `from` of each `drives` link into it. */
export function driversOf(view: TreeView, id: string): string[] {
  const drivers: string[] = [];
  for (const link of view.tree.links) {
    if (link.kind === "drives" && link.to === id && !drivers.includes(link.from)) {
      drivers.push(link.from);
    }
  }
  return drivers;
}

/** A node's problems: those of its formula (with its value error) and the others. */
export interface NodeProblems {
  readonly formula: readonly Issue[];
  readonly other: readonly Issue[];
}

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1 };

function addIssue(list: Issue[], issue: Issue): void {
  if (!list.some((known) => known.message === issue.message)) list.push(issue);
}

export function nodeProblems(view: TreeView, id: string): NodeProblems {
  const formula: Issue[] = [];
  const other: Issue[] = [];
  for (const problem of view.problems) {
    if (problem.subject.type !== "node" || problem.subject.id !== id) continue;
    const issue = { severity: problem.severity, message: problem.message };
    addIssue(problem.category === "formula" ? formula : other, issue);
  }
  const error = view.values[id]?.error;
  if (error !== undefined && error !== null && error !== "") {
    addIssue(formula, { severity: "error", message: error });
  }
  const worstFirst = (a: Issue, b: Issue) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
  return { formula: formula.sort(worstFirst), other: other.sort(worstFirst) };
}

const IDENT_CHAR = /[A-Za-z0-9_]/;

/**
 * `text` with `id` put in place of the characters `start`..`end`, with a space
 * on either side where the id would otherwise run into a neighbouring name or
 * parenthesis; the caret goes right after the id.
 */
export function insertId(
  text: string,
  start: number,
  end: number,
  id: string,
): { readonly text: string; readonly caret: number } {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const before = text.slice(0, from);
  const after = text.slice(to);
  const last = before.slice(-1);
  const next = after.slice(0, 1);
  const spaceBefore = last !== "" && (IDENT_CHAR.test(last) || last === ")") ? " " : "";
  const spaceAfter = next !== "" && (IDENT_CHAR.test(next) || next === "(") ? " " : "";
  const inserted = `${spaceBefore}${id}${spaceAfter}`;
  return { text: before + inserted + after, caret: from + spaceBefore.length + id.length };
}
