// Present mode's switches, remembered in the window's local storage between
// presentations: cross links and legend, values, the step indicator, the theme.

import { useCallback, useState } from "react";

export interface PresentSettings {
  readonly links: boolean;
  readonly values: boolean;
  readonly step: boolean;
  readonly theme: "light" | "dark";
}

const KEY = "kpitree.present";
const DEFAULTS: PresentSettings = { links: true, values: true, step: true, theme: "light" };

function load(): PresentSettings {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? "null");
    if (typeof stored !== "object" || stored === null) return DEFAULTS;
    const record = stored as Record<string, unknown>;
    const flag = (name: "links" | "values" | "step") =>
      typeof record[name] === "boolean" ? record[name] : DEFAULTS[name];
    return {
      links: flag("links"),
      values: flag("values"),
      step: flag("step"),
      theme: record.theme === "dark" ? "dark" : "light",
    };
  } catch {
    return DEFAULTS;
  }
}

export function usePresentSettings(): [PresentSettings, (next: Partial<PresentSettings>) => void] {
  const [settings, setSettings] = useState(load);
  const change = useCallback((next: Partial<PresentSettings>) => {
    setSettings((current) => {
      const updated = { ...current, ...next };
      try {
        localStorage.setItem(KEY, JSON.stringify(updated));
      } catch {
        // Forgetting a switch is harmless.
      }
      return updated;
    });
  }, []);
  return [settings, change];
}
