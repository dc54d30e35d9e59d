// The auto-layout the user chose last — top-down, left-right, or compact (sibling
// leaves stacked under their parent, shaped to the canvas; issue 19) — kept in the
// preferences (in the store) so that the next auto-layout (and the next session)
// uses it again. The preferences hold it as a direction and an engine.

import { preferences } from "../ipc/api";
import type { LayoutDirection, LayoutEngine, PreferencesStore } from "../ipc/api";

/** What the layout control offers. */
export type LayoutChoice = LayoutDirection | "compact";

export const LAYOUT_CHOICES: readonly LayoutChoice[] = ["top_down", "left_right", "compact"];

export const DIRECTION_LABELS: Readonly<Record<LayoutChoice, string>> = {
  top_down: "Top-down",
  left_right: "Left-right",
  compact: "Compact",
};

/**
 * The direction and engine of `choice`. Top-down leaves the engine to the core
 * (`auto`), which picks the compact layout for a tree far wider than the canvas.
 */
export function layoutOf(choice: LayoutChoice): [LayoutDirection, LayoutEngine] {
  return choice === "compact" ? ["top_down", "compact"] : [choice, "auto"];
}

/** The choice made last; top-down when none was. */
export function loadDirection(store: PreferencesStore = preferences): LayoutChoice {
  const current = store.current();
  return current.layout_engine === "compact" ? "compact" : current.layout_direction;
}

/** Remembers `choice`. */
export function saveDirection(choice: LayoutChoice, store: PreferencesStore = preferences): void {
  const [layout_direction, layout_engine] = layoutOf(choice);
  store.change((current) => ({ ...current, layout_direction, layout_engine }));
}
