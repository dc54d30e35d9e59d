// The auto-layout direction the user chose last, kept in the window's local
// storage so that the next auto-layout (and the next session) uses it again.

import type { LayoutDirection } from "../ipc/api";
import { loadChoice, localStore, saveChoice } from "../model/storedChoice";
import type { Store } from "../model/storedChoice";

export const LAYOUT_DIRECTIONS: readonly LayoutDirection[] = ["top_down", "left_right"];

export const DIRECTION_LABELS: Readonly<Record<LayoutDirection, string>> = {
  top_down: "Top-down",
  left_right: "Left-right",
};

const KEY = "kpitree.layoutDirection";

/** The direction chosen last; top-down when none was, or what is stored is not one. */
export function loadDirection(store: Store | null = localStore()): LayoutDirection {
  return loadChoice(KEY, LAYOUT_DIRECTIONS, "top_down", store);
}

/** Remembers `direction`; a storage that refuses (full, disabled) only forgets it. */
export function saveDirection(
  direction: LayoutDirection,
  store: Store | null = localStore(),
): void {
  saveChoice(KEY, direction, store);
}
