// A colour as the inspector takes it: the swatches it offers and what a typed
// colour code means.

import { CODE_COLORS } from "../model/looks.generated";
import type { Parsed } from "./nodeForm";

/** A swatch: a colour and its name (said on hover and to screen readers). */
export interface Swatch {
  readonly color: string;
  readonly name: string;
}

/**
 * The colours the core hands out as KPI colour codes (Okabe–Ito, then Paul Tol's
 * muted set, both safe for colour-blind readers), in its order: read from the
 * core's look table (`model::look::CODE_COLORS`) through the generated looks file.
 */
export const CODE_SWATCHES: readonly Swatch[] = [...CODE_COLORS.okabeIto, ...CODE_COLORS.tolMuted];

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
