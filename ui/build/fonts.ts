// The typeface of the window: the Inter files the Rust core measures node faces
// with (src-tauri/core/assets/fonts), so that a name the core broke into lines fits
// its card to the pixel. The UI loads exactly those files, bundled into dist/ (the
// window's CSP allows no remote font), through `@font-face` rules this plugin
// writes from the folder's contents:
//
//   import "virtual:kpitree-fonts.css";
//
// The rules' URLs are relative to the font folder, so Vite copies the files into
// dist/assets (hashed) when building, and serves them from the folder in dev. The
// folder holds Inter-Regular.otf, Inter-SemiBold.otf and Inter-Bold.otf (see its
// README.md).

import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import type { Plugin } from "vite";

import { fontFaces } from "./font-faces.ts";

/** Where the core keeps its fonts. */
export const FONT_DIR = fileURLToPath(
  new URL("../../src-tauri/core/assets/fonts", import.meta.url),
);

const VIRTUAL_ID = "virtual:kpitree-fonts.css";
/** A module id inside the font folder, so that relative URLs resolve against it. */
const MODULE_NAME = "kpitree-fonts.css";

/** Serves `virtual:kpitree-fonts.css`: the `@font-face` rules of the core's fonts. */
export function bundledFonts(dir: string = FONT_DIR): Plugin {
  const moduleId = path.join(dir, MODULE_NAME);
  return {
    name: "kpitree:bundled-fonts",
    enforce: "pre",
    resolveId(id) {
      return id === VIRTUAL_ID ? moduleId : null;
    },
    load(id) {
      if (id.split("?")[0] !== moduleId) return null;
      const files = existsSync(dir) ? readdirSync(dir) : [];
      const { css, missing } = fontFaces(files);
      if (missing.length > 0) {
        this.warn(
          `no Inter ${missing.join("/")} font in ${dir}: text falls back to a system font ` +
            "and may not fit the node faces the core measured",
        );
      }
      this.addWatchFile(dir);
      return css === "" ? "/* no bundled fonts */\n" : css;
    },
  };
}
