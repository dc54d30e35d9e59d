// The colours exported images are drawn in, as the user chose them last: kept in
// the preferences (in the store) so that the next export (and the next session,
// and the native menu's Export items) use them again.

import { preferences, usePreferences } from "../ipc/api";
import type { PreferencesStore, Theme } from "../ipc/api";

export const EXPORT_THEMES: readonly Theme[] = ["light", "dark"];

export const THEME_LABELS: Readonly<Record<Theme, string>> = { light: "Light", dark: "Dark" };

/** The theme chosen last; light when none was. */
export function loadExportTheme(store: PreferencesStore = preferences): Theme {
  return store.current().export_theme;
}

/** Remembers `theme`. */
export function saveExportTheme(theme: Theme, store: PreferencesStore = preferences): void {
  store.change((current) => ({ ...current, export_theme: theme }));
}

/** The export theme, remembered across sessions. */
export function useExportTheme(): [Theme, (theme: Theme) => void] {
  return [usePreferences().export_theme, saveExportTheme];
}
