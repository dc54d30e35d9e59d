// The user's preferences (layout direction, export theme, panels, present mode's
// switches), kept in the store by the core, not in the webview's storage: the
// startup hands them over (`api.startup` loads them here) and each change is
// written back whole with `save_preferences`. One store per window, read in React
// with `usePreferences`, so that every part of the page sees a change at once.

import { useCallback, useSyncExternalStore } from "react";

import { commands } from "./bindings";
import type { PanelPreferences, Preferences } from "./bindings";

/** What the core gives before any preference is saved. */
export const DEFAULT_PREFERENCES: Preferences = {
  layout_direction: "top_down",
  layout_engine: "auto",
  export_theme: "light",
  panels: {
    inspector: true,
    minimap: true,
    alignment: false,
    leverage: false,
    palette_folded: false,
    color_codes_folded: false,
    legend_folded: true,
  },
  present: { links: true, values: true, step: true, bridge: true, theme: "light" },
};

export interface PreferencesStore {
  /** The preferences now. */
  current(): Preferences;
  /** Takes the preferences the store kept (at startup); nothing is written. */
  loaded(preferences: Preferences): void;
  /** Changes the preferences and writes them back. */
  change(update: (current: Preferences) => Preferences): void;
  subscribe(listener: () => void): () => void;
  /** Back to the defaults, nothing written (between tests). */
  reset(): void;
}

/** A store of preferences that writes each change with `save`. */
export function createPreferencesStore(
  save: (preferences: Preferences) => Promise<unknown>,
): PreferencesStore {
  let current = DEFAULT_PREFERENCES;
  const listeners = new Set<() => void>();
  const set = (next: Preferences) => {
    current = next;
    listeners.forEach((listener) => listener());
  };
  return {
    current: () => current,
    loaded: set,
    change: (update) => {
      set(update(current));
      // A preference not written is only forgotten next time: not worth an error.
      save(current).catch(() => undefined);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    reset: () => set(DEFAULT_PREFERENCES),
  };
}

/** The window's preferences. */
export const preferences: PreferencesStore = createPreferencesStore((next) =>
  commands.savePreferences(next),
);

/** The window's preferences as React state. */
export function usePreferences(store: PreferencesStore = preferences): Preferences {
  return useSyncExternalStore(store.subscribe, store.current);
}

/** The panels over the canvas that fold to a slim strip, by their preference. */
export type PanelFold = keyof PanelPreferences & `${string}_folded`;

/** `[folded, toggle]` for the panel whose fold `name` remembers. */
export function usePanelFold(
  name: PanelFold,
  store: PreferencesStore = preferences,
): [boolean, () => void] {
  const folded = usePreferences(store).panels[name];
  const toggle = useCallback(
    () =>
      store.change((current) => ({
        ...current,
        panels: { ...current.panels, [name]: !current.panels[name] },
      })),
    [name, store],
  );
  return [folded, toggle];
}
