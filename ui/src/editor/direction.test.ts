import { describe, expect, it } from "vitest";

import { loadDirection, saveDirection } from "./direction";

function memory(): Pick<Storage, "getItem" | "setItem"> {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
  };
}

describe("layout direction", () => {
  it("is top-down until another is chosen, then the one chosen last", () => {
    const store = memory();
    expect(loadDirection(store)).toBe("top_down");
    saveDirection("left_right", store);
    expect(loadDirection(store)).toBe("left_right");
    saveDirection("top_down", store);
    expect(loadDirection(store)).toBe("top_down");
  });

  it("ignores what is not a direction, and a storage that refuses", () => {
    const store = memory();
    store.setItem("kpitree.layoutDirection", "diagonal");
    expect(loadDirection(store)).toBe("top_down");
    const refusing = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("full");
      },
    };
    expect(loadDirection(refusing)).toBe("top_down");
    expect(() => saveDirection("left_right", refusing)).not.toThrow();
    expect(loadDirection(null)).toBe("top_down");
  });
});
