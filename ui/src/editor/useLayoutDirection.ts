import { usePreferences } from "../ipc/api";
import { saveDirection } from "./direction";
import type { LayoutChoice } from "./direction";

/** The auto-layout choice, remembered across sessions. */
export function useLayoutDirection(): [LayoutChoice, (choice: LayoutChoice) => void] {
  const current = usePreferences();
  return [
    current.layout_engine === "compact" ? "compact" : current.layout_direction,
    saveDirection,
  ];
}
