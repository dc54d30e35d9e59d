/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig, searchForWorkspaceRoot } from "vite";

import { bundledFonts, FONT_DIR } from "./build/fonts.ts";
import { frozenPrototypeSafe } from "./build/frozen-prototype.ts";

// The Tauri window loads ui/dist through its own protocol, under a strict CSP
// (no eval, no remote content) and with `Object.prototype` frozen: relative asset
// paths, everything bundled (the fonts too: they come from the Rust core's folder).
export default defineConfig({
  base: "./",
  plugins: [frozenPrototypeSafe(), bundledFonts(), react()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
    fs: {
      allow: [searchForWorkspaceRoot(process.cwd()), FONT_DIR],
    },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    sourcemap: false,
    // Fonts stay files in dist/assets, whatever their size.
    assetsInlineLimit: (file) => (/\.(otf|ttf)$/.test(file) ? false : undefined),
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    restoreMocks: true,
  },
});
