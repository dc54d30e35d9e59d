// A build step for Tauri's `freezePrototype` (see `frozenPrototypeSafe`).

import type { Plugin } from "vite";

const ASSIGNMENT = "prototype.constructor = constructor;";
const DEFINITION =
  'Object.defineProperty(prototype, "constructor", { value: constructor, writable: true, configurable: true });';

/** d3-color's source with its `constructor` assignment made a definition. */
export function defineConstructor(code: string): string | null {
  return code.includes(ASSIGNMENT) ? code.replaceAll(ASSIGNMENT, DEFINITION) : null;
}

/**
 * Tauri's `freezePrototype` freezes `Object.prototype`; then a plain assignment to
 * `obj.constructor` on an object literal throws (the "override mistake"). d3-color,
 * which React Flow's zoom pulls in, does exactly that when it loads. Define the
 * property instead, which a frozen prototype does not block.
 */
export function frozenPrototypeSafe(): Plugin {
  return {
    name: "kpitree:frozen-prototype-safe",
    enforce: "pre",
    transform(code, id) {
      // Only the module itself, not a `?raw` or other query form of it.
      if (!/[\\/]d3-color[\\/][^?]*\.m?js$/.test(id)) return null;
      return defineConstructor(code);
    },
  };
}
