/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

import { frozenPrototypeSafe } from "./build/frozen-prototype.ts";

// The Tauri window loads ui/dist through its own protocol, under a strict CSP
// (no eval, no remote content) and with `Object.prototype` frozen: relative asset
// paths, everything bundled.
export default defineConfig({
  base: "./",
  plugins: [frozenPrototypeSafe(), react()],
  clearScreen: false,
  server: {
    port: 5173,
    strictPort: true,
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "safari15",
    sourcemap: false,
  },
  test: {
    environment: "jsdom",
    globals: true,
    setupFiles: ["./src/test/setup.ts"],
    css: false,
    restoreMocks: true,
  },
});
