// The window's one typeface comes from the Rust core's font folder, bundled by
// build/fonts.ts, so that node names fit the faces the core measured.

import { describe, expect, it } from "vitest";

import { fontFaces, fontWeight } from "../../build/font-faces";

describe("fontWeight", () => {
  it("reads the weight from the file name", () => {
    expect(fontWeight("Inter-Regular.otf")).toBe(400);
    expect(fontWeight("Inter-SemiBold.otf")).toBe(600);
    expect(fontWeight("Inter-Bold.otf")).toBe(700);
    expect(fontWeight("Inter-Regular.ttf")).toBe(400);
    expect(fontWeight("Inter-SemiBold.ttf")).toBe(600);
    expect(fontWeight("Inter_18pt-Bold.ttf")).toBe(700);
    expect(fontWeight("inter-semibold.ttf")).toBe(600);
  });

  it("ignores italics, other weights, families and formats", () => {
    expect(fontWeight("Inter-Italic.ttf")).toBeNull();
    expect(fontWeight("Inter-BoldItalic.ttf")).toBeNull();
    expect(fontWeight("Inter-Medium.ttf")).toBeNull();
    expect(fontWeight("InterDisplay-Bold.ttf")).toBeNull();
    expect(fontWeight("Inter-Regular.woff2")).toBeNull();
    expect(fontWeight("Inter-Regular.otf.bak")).toBeNull();
    expect(fontWeight("LICENSE.txt")).toBeNull();
  });
});

describe("fontFaces", () => {
  it("writes one local @font-face per weight, family Inter", () => {
    // The core's folder as it is.
    const { css, missing } = fontFaces([
      "OFL.txt",
      "README.md",
      "Inter-Bold.otf",
      "Inter-Regular.otf",
      "Inter-SemiBold.otf",
    ]);
    expect(missing).toEqual([]);
    expect(css.match(/@font-face/g)).toHaveLength(3);
    expect(css).toContain('font-family: "Inter"');
    expect(css).toContain(
      'font-weight: 600;\n  font-display: block;\n  src: url("./Inter-SemiBold.otf") format("opentype")',
    );
    expect(css).toContain('src: url("./Inter-Regular.otf") format("opentype")');
    expect(css).toContain('src: url("./Inter-Bold.otf") format("opentype")');
    expect(css).not.toMatch(/url\("?(https?:)?\/\//);
  });

  it("names the weights it has no file for", () => {
    const { css, missing } = fontFaces(["Inter-Regular.ttf"]);
    expect(missing).toEqual([600, 700]);
    expect(css).toContain('format("truetype")');
    expect(css.match(/@font-face/g)).toHaveLength(1);
    expect(fontFaces([])).toEqual({ css: "", missing: [400, 600, 700] });
  });
});
