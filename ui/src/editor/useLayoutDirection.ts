import type { LayoutDirection } from "../ipc/api";
import { useStoredChoice } from "../model/storedChoice";
import { loadDirection, saveDirection } from "./direction";

/** The auto-layout direction, remembered across sessions. */
export function useLayoutDirection(): [LayoutDirection, (direction: LayoutDirection) => void] {
  return useStoredChoice<LayoutDirection>(loadDirection, saveDirection);
}
