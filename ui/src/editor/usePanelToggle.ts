// Whether a panel (the inspector, the minimap) is shown, remembered in the
// window's local storage.

import { useCallback, useState } from "react";

function load(key: string, fallback: boolean): boolean {
  try {
    const stored = localStorage.getItem(key);
    return stored === null ? fallback : stored === "1";
  } catch {
    return fallback;
  }
}

function save(key: string, shown: boolean): void {
  try {
    localStorage.setItem(key, shown ? "1" : "0");
  } catch {
    // Not remembering a panel is harmless.
  }
}

/** `[shown, toggle, show]` for the panel `name`. */
export function usePanelToggle(name: string, fallback: boolean): [boolean, () => void, () => void] {
  const key = `kpitree.panel.${name}`;
  const [shown, setShown] = useState(() => load(key, fallback));
  const set = useCallback(
    (next: boolean) => {
      setShown(next);
      save(key, next);
    },
    [key],
  );
  const toggle = useCallback(() => set(!load(key, shown)), [set, key, shown]);
  const show = useCallback(() => set(true), [set]);
  return [shown, toggle, show];
}
