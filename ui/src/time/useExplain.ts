// The "What moved" panel's state (SPEC 9): whether it is open, which formula node
// it explains (the North Star first), and the core's explanation of that node's
// change from the compared period to the shown one, asked again whenever the tree,
// the periods or the node change.

import { useCallback, useEffect, useMemo, useState } from "react";

import { api, toKpitreeError } from "../ipc/api";
import type { ExplainedChange, TreeView } from "../ipc/api";

export type ExplainState =
  | { readonly kind: "idle" }
  | { readonly kind: "loading" }
  | { readonly kind: "ready"; readonly change: ExplainedChange }
  | { readonly kind: "failed"; readonly message: string };

export interface Explain {
  readonly open: boolean;
  readonly toggle: () => void;
  /** The formula nodes, the North Star first. */
  readonly candidates: readonly string[];
  readonly node: string | null;
  readonly choose: (node: string) => void;
  readonly state: ExplainState;
}

/** The nodes with a formula, the North Star first, then in tree order. */
export function formulaNodes(view: TreeView | null): string[] {
  if (view === null) return [];
  const withFormula = view.tree.nodes.filter(
    (node) => node.formula !== null && node.formula.trim() !== "",
  );
  const stars = withFormula.filter((node) => node.kind === "north_star");
  const rest = withFormula.filter((node) => node.kind !== "north_star");
  return [...stars, ...rest].map((node) => node.id);
}

export function useExplain(view: TreeView | null): Explain {
  const [open, setOpen] = useState(false);
  const [chosen, choose] = useState<string | null>(null);
  const candidates = useMemo(() => formulaNodes(view), [view]);
  const node = chosen !== null && candidates.includes(chosen) ? chosen : (candidates[0] ?? null);
  const [state, setState] = useState<ExplainState>({ kind: "idle" });

  const treeId = view?.id ?? null;
  const from = view?.time?.compare ?? null;
  const to = view?.time?.period ?? null;
  useEffect(() => {
    if (!open || treeId === null || node === null || from === null || to === null) {
      setState({ kind: "idle" });
      return;
    }
    let current = true;
    setState({ kind: "loading" });
    api.explainChange(treeId, node, from, to).then(
      (change) => {
        if (current) setState({ kind: "ready", change });
      },
      (error: unknown) => {
        if (current) setState({ kind: "failed", message: toKpitreeError(error).message });
      },
    );
    return () => {
      current = false;
    };
    // The view changes with every edit: the explanation follows the tree's values.
  }, [open, treeId, node, from, to, view]);

  const toggle = useCallback(() => setOpen((was) => !was), []);
  return { open, toggle, candidates, node, choose, state };
}
