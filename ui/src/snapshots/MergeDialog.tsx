// *Merge trees…* (SPEC 10): pick two or more of the store's trees and the new
// tree's name; the dialog then shows the suggested matches (nodes of different
// ids with similar names: accept each or not) and every conflict with each
// source's value, settled by choosing a side. *Merge* makes the new tree; while
// a conflict is open it is disabled and says how many remain.
//
// The conflicts listed are those of the merge with the accepted matches and no
// side chosen (accepting a match can add some), so that each stays on screen
// with its choice once settled.

import { useEffect, useMemo, useState } from "react";

import { api, toKpitreeError } from "../ipc/api";
import type { Choices, Conflict, Match, Merged, Suggestion, TreeSummary } from "../ipc/api";
import { Dialog } from "../panels/Dialog";
import { shownValue } from "./comparison";

interface MergeDialogProps {
  readonly trees: readonly TreeSummary[];
  /** The trees ticked when it opens (the open one). */
  readonly initial: readonly number[];
  readonly onMerge: (ids: number[], name: string, choices: Choices) => void;
  readonly onClose: () => void;
}

type Preview =
  | { readonly kind: "idle" }
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly merged: Merged }
  | { readonly kind: "failed"; readonly message: string };

function suggestionKey(s: Suggestion): string {
  return `${s.source}\u0000${s.id}\u0000${s.other_id}`;
}

/** The place of a conflict in words: `Churn · value`, `link a → b · strength`. */
function conflictPlace(conflict: Conflict, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  switch (conflict.type) {
    case "field": {
      const where =
        conflict.node !== null
          ? name(conflict.node)
          : conflict.link !== null
            ? `${name(conflict.link.from)} → ${name(conflict.link.to)}`
            : "The tree";
      return `${where} · ${conflict.field}`;
    }
    case "cycle":
      return `${name(conflict.link.from)} → ${name(conflict.link.to)} closes a cycle`;
    case "removed":
      return `${name(conflict.node ?? conflict.link?.from ?? "")}: removed and changed`;
  }
}

/** The sides of a conflict: `[source to choose, what choosing it gives]`. */
function conflictSides(conflict: Conflict): [string, string][] {
  switch (conflict.type) {
    case "field":
      return conflict.values.map((value) => [value.source, shownValue(value.value)]);
    case "cycle":
      return [[conflict.source, `Leave out the link of ${conflict.source}`]];
    case "removed":
      return [
        [conflict.removed_by, "Remove it"],
        [conflict.changed_by, "Keep it, changed"],
      ];
  }
}

export function MergeDialog({ trees, initial, onMerge, onClose }: MergeDialogProps) {
  const [picked, setPicked] = useState<readonly number[]>(initial);
  const [name, setName] = useState("Common tree");
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [settle, setSettle] = useState<Readonly<Record<string, string>>>({});
  const [preview, setPreview] = useState<Preview>({ kind: "idle" });
  // Picked in the list's order: the first tree's values stand in for open conflicts.
  const ids = useMemo(
    () => trees.filter((tree) => picked.includes(tree.id)).map((tree) => tree.id),
    [trees, picked],
  );
  const [suggestions, setSuggestions] = useState<readonly Suggestion[]>([]);
  const matches: Match[] = useMemo(
    () =>
      suggestions
        .filter((s) => accepted.has(suggestionKey(s)))
        .map((s) => ({ source: s.source, id: s.id, into: s.other_id })),
    [suggestions, accepted],
  );

  // The suggestions, of the trees alone (accepting one must not hide the others).
  useEffect(() => {
    setSuggestions([]);
    setAccepted(new Set());
    if (ids.length < 2) return;
    let current = true;
    api.mergeTrees(ids, "merge", { prefer: null, settle: {}, matches: [] }).then(
      (merged) => {
        if (current) setSuggestions(merged.suggestions);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [ids]);

  // Asked again only when the accepted matches change, not with every new array.
  const matchesKey = JSON.stringify(matches);
  useEffect(() => {
    const matches = JSON.parse(matchesKey) as Match[];
    setSettle({});
    if (ids.length < 2) {
      setPreview({ kind: "idle" });
      return;
    }
    let current = true;
    setPreview({ kind: "loading" });
    api.mergeTrees(ids, "merge", { prefer: null, settle: {}, matches }).then(
      (merged) => {
        if (current) setPreview({ kind: "ready", merged });
      },
      (error: unknown) => {
        if (current) setPreview({ kind: "failed", message: toKpitreeError(error).message });
      },
    );
    return () => {
      current = false;
    };
  }, [ids, matchesKey]);

  const conflicts = preview.kind === "ready" ? preview.merged.conflicts : [];
  const open = conflicts.filter((conflict) => settle[conflict.id] === undefined).length;
  const names = useMemo(
    () =>
      new Map(preview.kind === "ready" ? preview.merged.tree.nodes.map((n) => [n.id, n.name]) : []),
    [preview],
  );
  const ready = preview.kind === "ready" && open === 0 && name.trim() !== "";
  const merge = () => {
    if (ready) onMerge(ids, name.trim(), { prefer: null, settle: { ...settle }, matches });
  };
  let mergeLabel = "Merge";
  if (open > 0) mergeLabel = `Merge (${open} conflict${open === 1 ? "" : "s"} to settle)`;

  return (
    <Dialog
      title="Merge trees"
      testId="merge-dialog"
      className="kt-dialog--wide kt-merge"
      onClose={onClose}
      onSubmit={merge}
      actions={
        <>
          <button type="button" className="kt-button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="kt-button kt-button--primary"
            data-testid="merge-run"
            disabled={!ready}
          >
            {mergeLabel}
          </button>
        </>
      }
    >
      <fieldset className="kt-merge__trees">
        <legend>Trees to merge</legend>
        {trees.map((tree) => (
          <label key={tree.id} className="kt-merge__tree">
            <input
              type="checkbox"
              data-testid={`merge-tree-${tree.id}`}
              checked={picked.includes(tree.id)}
              onChange={(event) =>
                setPicked((was) =>
                  event.target.checked ? [...was, tree.id] : was.filter((id) => id !== tree.id),
                )
              }
            />
            <span>{tree.name}</span>
          </label>
        ))}
      </fieldset>
      <label className="kt-dialog__field">
        <span>Name of the new tree</span>
        <input
          type="text"
          value={name}
          data-testid="merge-name"
          onChange={(event) => setName(event.target.value)}
        />
      </label>
      {ids.length < 2 && <p className="kt-dialog__note">Tick two trees or more.</p>}
      {preview.kind === "loading" && <p className="kt-dialog__note">Merging…</p>}
      {preview.kind === "failed" && (
        <p className="kt-dialog__note is-error" data-testid="merge-error">
          {preview.message}
        </p>
      )}
      {suggestions.length > 0 && (
        <section className="kt-merge__section" data-testid="merge-suggestions">
          <h3>Same node? ({suggestions.length})</h3>
          <p className="kt-dialog__note">
            Nodes with different ids but similar names. Ticked, they become one node.
          </p>
          {suggestions.map((s) => {
            const key = suggestionKey(s);
            return (
              <label key={key} className="kt-merge__suggestion" data-testid="merge-suggestion">
                <input
                  type="checkbox"
                  checked={accepted.has(key)}
                  onChange={(event) =>
                    setAccepted((was) => {
                      const next = new Set(was);
                      if (event.target.checked) next.add(key);
                      else next.delete(key);
                      return next;
                    })
                  }
                />
                <span>
                  “{s.name}” <em>({s.source})</em> is “{s.other_name}” <em>({s.other_source})</em>
                </span>
              </label>
            );
          })}
        </section>
      )}
      {preview.kind === "ready" && (
        <section className="kt-merge__section" data-testid="merge-conflicts">
          <h3>
            {conflicts.length === 0
              ? "No conflicts"
              : `Conflicts (${conflicts.length - open} of ${conflicts.length} settled)`}
          </h3>
          {conflicts.length === 0 && (
            <p className="kt-dialog__note">
              The trees agree on every field they share: {preview.merged.tree.nodes.length} nodes,{" "}
              {preview.merged.tree.links.length} links.
            </p>
          )}
          {conflicts.map((conflict) => (
            <fieldset
              key={conflict.id}
              className={`kt-merge__conflict${settle[conflict.id] === undefined ? " is-open" : ""}`}
              data-testid="merge-conflict"
            >
              <legend>{conflictPlace(conflict, names)}</legend>
              {conflictSides(conflict).map(([source, shown]) => (
                <label key={source} className="kt-merge__side">
                  <input
                    type="radio"
                    name={conflict.id}
                    data-testid="merge-side"
                    data-source={source}
                    checked={settle[conflict.id] === source}
                    onChange={() => setSettle((was) => ({ ...was, [conflict.id]: source }))}
                  />
                  <span className="kt-merge__value">{shown}</span>
                  <span className="kt-merge__source">{source}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      )}
    </Dialog>
  );
}
