import { useCallback, useState } from "react";

import type { LayoutDirection } from "../ipc/api";
import { loadDirection, saveDirection } from "./direction";

/** The auto-layout direction, remembered across sessions. */
export function useLayoutDirection(): [LayoutDirection, (direction: LayoutDirection) => void] {
  const [direction, setDirection] = useState<LayoutDirection>(() => loadDirection());
  const choose = useCallback((next: LayoutDirection) => {
    setDirection(next);
    saveDirection(next);
  }, []);
  return [direction, choose];
}
