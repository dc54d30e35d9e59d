import { describe, expect, it } from "vitest";

import { createPreferencesStore } from "../ipc/preferences";
import type { Preferences } from "../ipc/api";
import { loadDirection, saveDirection } from "./direction";

describe("layout direction", () => {
  it("is top-down until another is chosen, then the one chosen last, written back", () => {
    const saved: Preferences[] = [];
    const store = createPreferencesStore(async (next) => saved.push(next));
    expect(loadDirection(store)).toBe("top_down");
    saveDirection("left_right", store);
    expect(loadDirection(store)).toBe("left_right");
    saveDirection("top_down", store);
    expect(loadDirection(store)).toBe("top_down");
    expect(saved.map((next) => next.layout_direction)).toEqual(["left_right", "top_down"]);
  });

  it("starts from the one the store kept, and a store that refuses only forgets it", () => {
    const store = createPreferencesStore(() => Promise.reject(new Error("locked")));
    store.loaded({ ...store.current(), layout_direction: "left_right" });
    expect(loadDirection(store)).toBe("left_right");
    expect(() => saveDirection("top_down", store)).not.toThrow();
    expect(loadDirection(store)).toBe("top_down");
  });
});
