// The auto-layout direction the user chose last, kept in the preferences (in the
// store) so that the next auto-layout (and the next session) uses it again.

import { preferences } from "../ipc/api";
import type { LayoutDirection, PreferencesStore } from "../ipc/api";

export const LAYOUT_DIRECTIONS: readonly LayoutDirection[] = ["top_down", "left_right"];

export const DIRECTION_LABELS: Readonly<Record<LayoutDirection, string>> = {
  top_down: "Top-down",
  left_right: "Left-right",
};

/** The direction chosen last; top-down when none was. */
export function loadDirection(store: PreferencesStore = preferences): LayoutDirection {
  return store.current().layout_direction;
}

/** Remembers `direction`. */
export function saveDirection(
  direction: LayoutDirection,
  store: PreferencesStore = preferences,
): void {
  store.change((current) => ({ ...current, layout_direction: direction }));
}
