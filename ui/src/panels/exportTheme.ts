// The colours exported images are drawn in, as the user chose them last: kept in
// the window's local storage so that the next export (and the next session, and
// the native menu's Export items) use them again.

import { useCallback, useState } from "react";

import type { Theme } from "../ipc/api";

export const EXPORT_THEMES: readonly Theme[] = ["light", "dark"];

export const THEME_LABELS: Readonly<Record<Theme, string>> = { light: "Light", dark: "Dark" };

const KEY = "kpitree.exportTheme";

type Store = Pick<Storage, "getItem" | "setItem">;

/** The window's local storage, or `null` where there is none (or it refuses). */
function localStore(): Store | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (EXPORT_THEMES as readonly string[]).includes(value);
}

/** The theme chosen last; light when none was, or what is stored is not one. */
export function loadExportTheme(store: Store | null = localStore()): Theme {
  try {
    const stored = store?.getItem(KEY) ?? null;
    return isTheme(stored) ? stored : "light";
  } catch {
    return "light";
  }
}

/** Remembers `theme`; a storage that refuses (full, disabled) only forgets it. */
export function saveExportTheme(theme: Theme, store: Store | null = localStore()): void {
  try {
    store?.setItem(KEY, theme);
  } catch {
    // Not remembering the choice is harmless.
  }
}

/** The export theme, remembered across sessions. */
export function useExportTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setTheme] = useState<Theme>(() => loadExportTheme());
  const choose = useCallback((next: Theme) => {
    setTheme(next);
    saveExportTheme(next);
  }, []);
  return [theme, choose];
}
