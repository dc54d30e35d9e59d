// Whether a panel (the inspector, the minimap, the alignment and leverage panels)
// is shown, remembered in the preferences (in the store).

import { useCallback } from "react";

import { preferences, usePreferences } from "../ipc/api";
import type { PanelPreferences } from "../ipc/api";

/** `[shown, toggle, show]` for the panel `name`. */
export function usePanelToggle(name: keyof PanelPreferences): [boolean, () => void, () => void] {
  const shown = usePreferences().panels[name];
  const set = useCallback(
    (next: (shown: boolean) => boolean) =>
      preferences.change((current) => ({
        ...current,
        panels: { ...current.panels, [name]: next(current.panels[name]) },
      })),
    [name],
  );
  const toggle = useCallback(() => set((shown) => !shown), [set]);
  const show = useCallback(() => set(() => true), [set]);
  return [shown, toggle, show];
}
