// Completion of driver ids in the formula field: the id being typed before the
// caret, the drivers it may become (by id, or by a word of their name: `chur`
// offers `churned` named "Lost customers (churn)"), and the text once one is
// chosen. Pure.

/** What is being typed at the caret and what it may complete to. */
export interface Completion {
  /** Where the typed part of the id starts. */
  readonly start: number;
  readonly typed: string;
  /**
   * Driver ids that start with it, or whose node's name has a word that does
   * (case-insensitive), in the drivers' order.
   */
  readonly matches: readonly string[];
}

const TYPED_ID = /[A-Za-z_][A-Za-z0-9_]*$/;
const ID_CHAR = /[A-Za-z0-9_]/;

/**
 * The completion at `caret` in `text`, or `null`: nothing typed there, the caret
 * inside a word, or no driver to offer beyond what is typed already.
 */
export function completionAt(
  text: string,
  caret: number,
  drivers: readonly string[],
  names: ReadonlyMap<string, string> = new Map(),
): Completion | null {
  if (ID_CHAR.test(text.charAt(caret))) return null;
  const typed = TYPED_ID.exec(text.slice(0, caret))?.[0];
  if (typed === undefined) return null;
  const start = caret - typed.length;
  // A number like 2e5 is not an id being typed.
  if (start > 0 && /[0-9.]/.test(text.charAt(start - 1))) return null;
  const lower = typed.toLowerCase();
  const byName = (id: string) =>
    (names.get(id) ?? "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .some((word) => word !== "" && word.startsWith(lower));
  const matches = drivers.filter(
    (id) => id !== typed && (id.toLowerCase().startsWith(lower) || byName(id)),
  );
  return matches.length === 0 ? null : { start, typed, matches };
}

/** `text` with the typed part replaced by `id`; the caret goes after it. */
export function complete(
  text: string,
  completion: Completion,
  id: string,
): { readonly text: string; readonly caret: number } {
  const end = completion.start + completion.typed.length;
  return {
    text: text.slice(0, completion.start) + id + text.slice(end),
    caret: completion.start + id.length,
  };
}
