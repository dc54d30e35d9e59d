// The colours exported images are drawn in, as the user chose them last: kept in
// the window's local storage so that the next export (and the next session, and
// the native menu's Export items) use them again.

import type { Theme } from "../ipc/api";
import { loadChoice, localStore, saveChoice, useStoredChoice } from "../model/storedChoice";
import type { Store } from "../model/storedChoice";

export const EXPORT_THEMES: readonly Theme[] = ["light", "dark"];

export const THEME_LABELS: Readonly<Record<Theme, string>> = { light: "Light", dark: "Dark" };

const KEY = "kpitree.exportTheme";

/** The theme chosen last; light when none was, or what is stored is not one. */
export function loadExportTheme(store: Store | null = localStore()): Theme {
  return loadChoice(KEY, EXPORT_THEMES, "light", store);
}

/** Remembers `theme`; a storage that refuses (full, disabled) only forgets it. */
export function saveExportTheme(theme: Theme, store: Store | null = localStore()): void {
  saveChoice(KEY, theme, store);
}

/** The export theme, remembered across sessions. */
export function useExportTheme(): [Theme, (theme: Theme) => void] {
  return useStoredChoice<Theme>(loadExportTheme, saveExportTheme);
}
