// Present mode's switches, remembered in the preferences (in the store) between
// presentations: cross links and legend, values, the step indicator, the theme.

import { useCallback } from "react";

import { preferences, usePreferences } from "../ipc/api";
import type { PresentPreferences } from "../ipc/api";

export type PresentSettings = PresentPreferences;

export function usePresentSettings(): [PresentSettings, (next: Partial<PresentSettings>) => void] {
  const settings = usePreferences().present;
  const change = useCallback((next: Partial<PresentSettings>) => {
    preferences.change((current) => ({ ...current, present: { ...current.present, ...next } }));
  }, []);
  return [settings, change];
}
