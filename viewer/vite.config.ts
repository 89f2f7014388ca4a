// Vite build of the viewer: root viewer/, output viewer/dist/ (served at `/` by the API server). No inline scripts,
// so the server's Content-Security-Policy (script-src 'self') holds.

import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "./",
  logLevel: "warn",
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 1_000,
    modulePreload: { polyfill: false },
  },
});
