import { usePreferences } from "../ipc/api";
import type { LayoutDirection } from "../ipc/api";
import { saveDirection } from "./direction";

/** The auto-layout direction, remembered across sessions. */
export function useLayoutDirection(): [LayoutDirection, (direction: LayoutDirection) => void] {
  return [usePreferences().layout_direction, saveDirection];
}
