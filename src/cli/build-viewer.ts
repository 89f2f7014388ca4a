// Builds the viewer with Vite when viewer/dist is missing or older than the viewer's sources, so `npm start`
// and `newsgraph demo` work straight after `npm install`.

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { build as viteBuild } from "vite";
import { NewsgraphError } from "../../graph-schema/index.ts";

type ViteBuild = typeof viteBuild;

const VIEWER_DIR = fileURLToPath(new URL("../../viewer", import.meta.url));
const GRAPH_SCHEMA_DIR = fileURLToPath(new URL("../../graph-schema", import.meta.url));

function newestSourceTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when viewer/dist is missing or older than a source file of the viewer or the model. */
export function viewerNeedsBuild(): boolean {
  const index = join(VIEWER_DIR, "dist", "index.html");
  if (!existsSync(index)) return true;
  const built = statSync(index).mtimeMs;
  return Math.max(newestSourceTime(VIEWER_DIR), newestSourceTime(GRAPH_SCHEMA_DIR)) > built;
}

export async function buildViewer(log: (line: string) => void): Promise<void> {
  let build: ViteBuild;
  try {
    ({ build } = await import("vite"));
  } catch (error) {
    throw new NewsgraphError("INTERNAL", "the viewer is not built and Vite is not installed", {
      cause: error,
      hint: "run npm install (with dev dependencies), then npm run build",
    });
  }
  log("building the viewer (vite)…");
  await build({ configFile: join(VIEWER_DIR, "vite.config.ts"), logLevel: "warn" });
}
