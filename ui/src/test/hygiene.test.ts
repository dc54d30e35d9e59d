// Rules of this code base that the compiler does not check: no `any` (the
// generated bindings excepted) and no raw HTML from strings.

import { describe, expect, it } from "vitest";

const sources = import.meta.glob<string>("../**/*.{ts,tsx}", {
  query: "?raw",
  import: "default",
  eager: true,
});

const ours = Object.entries(sources).filter(
  ([path]) => !path.endsWith("/ipc/bindings.ts") && !path.endsWith("/test/hygiene.test.ts"),
);

describe("source hygiene", () => {
  it("finds the sources", () => {
    expect(ours.length).toBeGreaterThan(20);
  });

  it.each(ours)("%s has no `any`", (_path, text) => {
    expect(text).not.toMatch(/(:\s*any\b|\bas\s+any\b|<any\b|\bany\[\])/);
  });

  it.each(ours)("%s never injects HTML", (_path, text) => {
    expect(text).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|\beval\(/);
  });
});
