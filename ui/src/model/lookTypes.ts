// The shape of the core's look table (src-tauri/core/src/model/look.rs) as its JSON
// reads in looks.generated.ts: serde's names, nulls for Rust's `None`. The
// generated file is checked against these types by the type checker.

export type MarkShape =
  | { readonly kind: "path"; readonly d: string }
  | {
      readonly kind: "rect";
      readonly x: number;
      readonly y: number;
      readonly width: number;
      readonly height: number;
      readonly rx: number;
    };

export type MarkPaint =
  | { readonly kind: "fill" }
  | { readonly kind: "outline"; readonly width: number; readonly dash: string }
  | { readonly kind: "solid"; readonly color: string };

export interface MarkPart {
  readonly shape: MarkShape;
  readonly paint: MarkPaint;
}

export interface Mark {
  /** The side of the square the parts are drawn in. */
  readonly view: number;
  /** The side it is drawn at in a card's header, px. */
  readonly size: number;
  /** The colour it is always drawn in; null: the node's colour. */
  readonly color: string | null;
  readonly parts: readonly MarkPart[];
}

export interface NodeLook {
  readonly label: string;
  readonly color: string;
  readonly tint: string;
  /** The corner radius of the card, px. */
  readonly radius: number;
  readonly mark: Mark;
}

export interface ThemeColor {
  readonly light: string;
  readonly dark: string;
}

export interface LinkLook {
  /** null for impacts: drawn in its KPI's colour code. */
  readonly color: ThemeColor | null;
  /** null for impacts: by strength (STRENGTH_WIDTHS). */
  readonly width: number | null;
  readonly dash: string | null;
  readonly round: boolean;
  readonly legend: string;
  readonly legend_dash: string | null;
}
