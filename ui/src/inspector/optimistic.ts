// A record as stored (a node, a link) with the changes the Inspector has sent for
// it but whose new view has not arrived yet.
//
// Two reasons. An `update_node` replaces every field, so an edit sent before the
// view of the previous one has arrived (a name committed on blur by the very click
// that ticks "pinned") must carry the previous change too, or it would undo it.
// And a field shows its new value at once instead of flicking back to the stored
// one while the edit is on its way.
//
// A change sent is in force until it is refused (removed at once) or, once taken,
// until the record changes: the new view holds it then (or undid it).

import { useCallback, useLayoutEffect, useReducer, useRef } from "react";

interface Change<T> {
  readonly id: number;
  readonly values: Partial<T>;
  /** The record as it was when the edit was taken; `null` while on its way. */
  readonly takenAt: T | null;
}

export interface Optimistic<T> {
  /** The record with the changes in force. */
  readonly shown: T;
  /** The same for event handlers: it includes a change sent in this very event. */
  readonly latest: () => T;
  /**
   * Sends `values` as one edit: `perform` gets the whole record with them and the
   * changes still in force; resolves to what `perform` resolved to.
   */
  readonly send: (values: Partial<T>, perform: (next: T) => Promise<boolean>) => Promise<boolean>;
}

function inForce<T>(change: Change<T>, base: T): boolean {
  return change.takenAt === null || change.takenAt === base;
}

function merged<T extends object>(base: T, changes: readonly Change<T>[]): T {
  let record = base;
  for (const change of changes) {
    if (inForce(change, base)) record = { ...record, ...change.values };
  }
  return record;
}

let nextChangeId = 1;

export function useOptimistic<T extends object>(base: T): Optimistic<T> {
  const changes = useRef<readonly Change<T>[]>([]);
  const baseRef = useRef(base);
  const [, rerender] = useReducer((count: number) => count + 1, 0);

  useLayoutEffect(() => {
    baseRef.current = base;
    changes.current = changes.current.filter((change) => inForce(change, base));
  }, [base]);

  const latest = useCallback(() => merged(baseRef.current, changes.current), []);

  const send = useCallback(
    (values: Partial<T>, perform: (next: T) => Promise<boolean>): Promise<boolean> => {
      const next = { ...merged(baseRef.current, changes.current), ...values };
      const id = nextChangeId;
      nextChangeId += 1;
      changes.current = [...changes.current, { id, values, takenAt: null }];
      rerender();
      const settle = (taken: boolean) => {
        changes.current = taken
          ? changes.current.map((change) =>
              change.id === id ? { ...change, takenAt: baseRef.current } : change,
            )
          : changes.current.filter((change) => change.id !== id);
        rerender();
      };
      return perform(next).then(
        (taken) => {
          settle(taken);
          return taken;
        },
        (error: unknown) => {
          settle(false);
          throw error;
        },
      );
    },
    [],
  );

  // Read during render: the ref only changes in events and in the effect above, and
  // every change is followed by a re-render.
  return { shown: merged(base, changes.current), latest, send };
}
