// A choice among a few values kept in the window's local storage (the layout
// direction, the export theme), so that the next use and the next session start
// from it. A storage that is missing or refuses only forgets the choice.

import { useCallback, useState } from "react";

export type Store = Pick<Storage, "getItem" | "setItem">;

/** The window's local storage, or `null` where there is none (or it refuses). */
export function localStore(): Store | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

/** The value stored under `key` when it is one of `choices`, else `fallback`. */
export function loadChoice<T extends string>(
  key: string,
  choices: readonly T[],
  fallback: T,
  store: Store | null = localStore(),
): T {
  try {
    const stored = store?.getItem(key) ?? null;
    return (choices as readonly string[]).includes(stored ?? "") ? (stored as T) : fallback;
  } catch {
    return fallback;
  }
}

/** Remembers `value` under `key`; a storage that refuses (full, disabled) only forgets it. */
export function saveChoice(key: string, value: string, store: Store | null = localStore()): void {
  try {
    store?.setItem(key, value);
  } catch {
    // Not remembering the choice is harmless.
  }
}

/** A remembered choice as React state: `[value, choose]`. */
export function useStoredChoice<T extends string>(
  load: () => T,
  save: (value: T) => void,
): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(load);
  const choose = useCallback(
    (next: T) => {
      setValue(next);
      save(next);
    },
    [save],
  );
  return [value, choose];
}
