// The `@font-face` rules of the Rust core's fonts (see fonts.ts): which file is
// which weight. Pure, without Node, so that the UI's tests can check it.

/** The family every face and the whole window are set in. */
export const FONT_FAMILY = "Inter";

/** The weights the core measures with. */
export const FONT_WEIGHTS = [400, 600, 700] as const;
export type FontWeight = (typeof FONT_WEIGHTS)[number];

const WEIGHT_NAMES: Readonly<Record<string, FontWeight>> = {
  regular: 400,
  "400": 400,
  semibold: 600,
  "600": 600,
  bold: 700,
  "700": 700,
};

/** The `format()` of each font file type the folder may hold. */
const FORMATS: Readonly<Record<string, string>> = { otf: "opentype", ttf: "truetype" };

/**
 * The weight a font file's name gives it: `Inter-Regular.otf` 400,
 * `Inter-SemiBold.otf` 600, `Inter_18pt-Bold.ttf` 700; `null` for anything else
 * (italics, other families, other weights, other files).
 */
export function fontWeight(fileName: string): FontWeight | null {
  const match = /^Inter(?:[-_]\d+pt)?[-_ ](Regular|SemiBold|Bold|400|600|700)\.(?:otf|ttf)$/i.exec(
    fileName,
  );
  const name = match?.[1]?.toLowerCase();
  return name === undefined ? null : (WEIGHT_NAMES[name] ?? null);
}

function formatOf(fileName: string): string {
  const extension = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  return FORMATS[extension] ?? "opentype";
}

export interface FontFaces {
  /** `@font-face` rules, one per weight found, URLs relative to the font folder. */
  readonly css: string;
  /** The weights the folder has no file for. */
  readonly missing: readonly FontWeight[];
}

/** The `@font-face` rules for the files of the font folder (one per weight, first by name). */
export function fontFaces(fileNames: readonly string[]): FontFaces {
  const byWeight = new Map<FontWeight, string>();
  for (const name of [...fileNames].sort()) {
    const weight = fontWeight(name);
    if (weight !== null && !byWeight.has(weight)) byWeight.set(weight, name);
  }
  const rules = FONT_WEIGHTS.flatMap((weight) => {
    const file = byWeight.get(weight);
    if (file === undefined) return [];
    return [
      `@font-face {\n` +
        `  font-family: "${FONT_FAMILY}";\n` +
        `  font-style: normal;\n` +
        `  font-weight: ${weight};\n` +
        `  font-display: block;\n` +
        `  src: url("./${encodeURI(file)}") format("${formatOf(file)}");\n` +
        `}\n`,
    ];
  });
  return {
    css: rules.join("\n"),
    missing: FONT_WEIGHTS.filter((weight) => !byWeight.has(weight)),
  };
}
