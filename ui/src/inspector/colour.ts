// A colour as the inspector takes it: the swatches it offers and what a typed
// colour code means.

import type { Parsed } from "./nodeForm";

/** A swatch: a colour and its name (said on hover and to screen readers). */
export interface Swatch {
  readonly color: string;
  readonly name: string;
}

/**
 * The colours the core hands out as KPI colour codes (Okabe–Ito, safe for
 * colour-blind readers), in its order. A copy of `alignment::colors::PALETTE` in
 * the core, which the bindings do not expose: when they do, read it from there.
 */
export const CODE_SWATCHES: readonly Swatch[] = [
  { color: "#d55e00", name: "Vermillion" },
  { color: "#0072b2", name: "Blue" },
  { color: "#009e73", name: "Bluish green" },
  { color: "#cc79a7", name: "Reddish purple" },
  { color: "#e69f00", name: "Orange" },
  { color: "#56b4e9", name: "Sky blue" },
  { color: "#f0e442", name: "Yellow" },
];

const HEX = /^#?([0-9a-f]{6})$/i;

/**
 * A typed colour: `#rrggbb` or `rrggbb` (any case), stored as lower-case
 * `#rrggbb`; blank is `null` (no colour of its own).
 */
export function parseHex(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, value: null };
  const digits = HEX.exec(trimmed)?.[1];
  if (digits === undefined) {
    return { ok: false, message: "Not a colour: type six hex digits, e.g. #0072b2" };
  }
  return { ok: true, value: `#${digits.toLowerCase()}` };
}
