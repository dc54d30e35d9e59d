// The what-if scenario of the open tree: the overrides the user set, and what the
// core computes from them (again after every edit of the tree). Kept in the page:
// a scenario is never saved unless applied, and ends when another tree opens.

import { useCallback, useEffect, useMemo, useState } from "react";

import { api, toKpitreeError } from "../ipc/api";
import type { Override, TreeView, WhatIf } from "../ipc/api";
import type { Overrides } from "./scenario";

export interface Scenario {
  /** The overrides in force (those of nodes the tree still has). */
  readonly overrides: Overrides;
  /** The scenario's values, once the core has answered; `null` without overrides. */
  readonly result: WhatIf | null;
  /** Why the core refused the scenario, if it did. */
  readonly error: string | null;
  /** Sets (or, with `null`, removes) node `id`'s override. */
  readonly set: (id: string, override: Override | null) => void;
  readonly clear: () => void;
}

export function useScenario(view: TreeView | null): Scenario {
  const treeId = view?.id ?? null;
  const [state, setState] = useState<{ treeId: number | null; overrides: Overrides }>({
    treeId,
    overrides: {},
  });
  const [answer, setAnswer] = useState<{ result: WhatIf | null; error: string | null }>({
    result: null,
    error: null,
  });

  // Overrides belong to one tree, and only to nodes it still has.
  const overrides = useMemo((): Overrides => {
    if (view === null || state.treeId !== view.id) return {};
    const ids = new Set(view.tree.nodes.map((node) => node.id));
    return Object.fromEntries(Object.entries(state.overrides).filter(([id]) => ids.has(id)));
  }, [view, state]);
  const empty = Object.keys(overrides).length === 0;

  useEffect(() => {
    if (view === null || empty) return undefined;
    let current = true;
    api
      .whatIf(view.id, overrides)
      .then((result) => {
        if (current) setAnswer({ result, error: null });
      })
      .catch((error: unknown) => {
        if (current) setAnswer({ result: null, error: toKpitreeError(error).message });
      });
    return () => {
      current = false;
    };
  }, [view, overrides, empty]);

  const set = useCallback(
    (id: string, override: Override | null) => {
      setState((current) => {
        const base = current.treeId === treeId ? { ...current.overrides } : {};
        if (override === null) delete base[id];
        else base[id] = override;
        return { treeId, overrides: base };
      });
    },
    [treeId],
  );
  const clear = useCallback(() => setState({ treeId, overrides: {} }), [treeId]);

  return {
    overrides,
    result: empty ? null : answer.result,
    error: empty ? null : answer.error,
    set,
    clear,
  };
}
