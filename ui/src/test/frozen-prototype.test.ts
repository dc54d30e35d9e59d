// Tauri's `freezePrototype` freezes `Object.prototype`. d3-color (loaded by React
// Flow's zoom) assigns `prototype.constructor` on object literals, which then
// throws at load time; the build rewrites it (build/frozen-prototype.ts).

import { describe, expect, it } from "vitest";

import { defineConstructor } from "../../build/frozen-prototype";
import d3Color from "../../node_modules/d3-color/dist/d3-color.mjs?raw";

describe("frozen Object.prototype", () => {
  it("rewrites every constructor assignment of d3-color", () => {
    const rewritten = defineConstructor(d3Color);
    expect(rewritten).not.toBeNull();
    expect(rewritten).not.toMatch(/\.constructor\s*=[^=]/);
  });

  it("is needed: assigning an inherited frozen property throws, defining it does not", () => {
    const frozen = Object.freeze({ constructor: Object });
    const prototype: { constructor: unknown } = Object.create(frozen);
    function Color() {}
    expect(() => {
      prototype.constructor = Color;
    }).toThrow(TypeError);
    Object.defineProperty(prototype, "constructor", { value: Color, writable: true });
    expect(prototype.constructor).toBe(Color);
  });
});
