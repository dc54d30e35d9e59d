// The auto-layout direction the user chose last, kept in the window's local
// storage so that the next auto-layout (and the next session) uses it again.

import type { LayoutDirection } from "../ipc/api";

export const LAYOUT_DIRECTIONS: readonly LayoutDirection[] = ["top_down", "left_right"];

export const DIRECTION_LABELS: Readonly<Record<LayoutDirection, string>> = {
  top_down: "Top-down",
  left_right: "Left-right",
};

const KEY = "kpitree.layoutDirection";

type Store = Pick<Storage, "getItem" | "setItem">;

/** The window's local storage, or `null` where there is none (or it refuses). */
function localStore(): Store | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function isDirection(value: unknown): value is LayoutDirection {
  return typeof value === "string" && (LAYOUT_DIRECTIONS as readonly string[]).includes(value);
}

/** The direction chosen last; top-down when none was, or what is stored is not one. */
export function loadDirection(store: Store | null = localStore()): LayoutDirection {
  try {
    const stored = store?.getItem(KEY) ?? null;
    return isDirection(stored) ? stored : "top_down";
  } catch {
    return "top_down";
  }
}

/** Remembers `direction`; a storage that refuses (full, disabled) only forgets it. */
export function saveDirection(
  direction: LayoutDirection,
  store: Store | null = localStore(),
): void {
  try {
    store?.setItem(KEY, direction);
  } catch {
    // Not remembering the choice is harmless.
  }
}
