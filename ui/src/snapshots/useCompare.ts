// The comparison on screen (SPEC 10): what the open tree is compared with, and
// the core's difference, asked again after every change of the tree so that the
// marks follow the edits. Closing it (or opening another tree) takes the marks
// away.

import { useCallback, useEffect, useMemo, useState } from "react";

import { api, toKpitreeError } from "../ipc/api";
import type { CompareWith, Comparison, TreeView } from "../ipc/api";
import { compareMarks } from "./comparison";
import type { CompareMarks } from "./comparison";

export type CompareState =
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly comparison: Comparison }
  | { readonly kind: "failed"; readonly message: string };

export interface Compare {
  /** What the tree is compared with, while the comparison is open. */
  readonly with: CompareWith | null;
  readonly state: CompareState | null;
  /** The canvas's marks, while the comparison is ready. */
  readonly marks: CompareMarks | null;
  readonly open: (other: CompareWith) => void;
  readonly close: () => void;
}

/** `view`: the open tree (not a snapshot), or `null`. */
export function useCompare(view: TreeView | null): Compare {
  const [chosen, setChosen] = useState<{ tree: number; with: CompareWith } | null>(null);
  const [state, setState] = useState<CompareState | null>(null);
  const treeId = view?.id ?? null;
  // A comparison belongs to the tree it was opened on.
  const other = chosen !== null && chosen.tree === treeId ? chosen.with : null;

  useEffect(() => {
    if (other === null || treeId === null) {
      setState(null);
      return;
    }
    let current = true;
    setState((was) => (was?.kind === "ready" ? was : { kind: "loading" }));
    api.compareTree(treeId, other).then(
      (comparison) => {
        if (current) setState({ kind: "ready", comparison });
      },
      (error: unknown) => {
        if (current) setState({ kind: "failed", message: toKpitreeError(error).message });
      },
    );
    return () => {
      current = false;
    };
    // The view changes with every edit: the comparison follows the tree.
  }, [treeId, other, view]);

  const open = useCallback(
    (next: CompareWith) => {
      if (treeId !== null) setChosen({ tree: treeId, with: next });
    },
    [treeId],
  );
  const close = useCallback(() => setChosen(null), []);
  const marks = useMemo(
    () => (state?.kind === "ready" && other !== null ? compareMarks(state.comparison) : null),
    [state, other],
  );
  return { with: other, state: other === null ? null : state, marks, open, close };
}
