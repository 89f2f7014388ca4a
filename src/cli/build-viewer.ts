// Builds the viewer with Vite when viewer/dist is missing or older than the viewer's sources, so `npm start`,
// `newsgraph demo` and `newsgraph serve` show the viewer in a checkout whose bundle is missing or stale. An
// installed package ships the bundle (built by `npm pack`) and no viewer sources, so nothing is built there.

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { packageFile } from "../../ingest/package-files.ts";
import type { build as viteBuild } from "vite";
import { NewsgraphError } from "../../graph-schema/index.ts";

type ViteBuild = typeof viteBuild;

const VIEWER_DIR = packageFile("viewer");
const GRAPH_SCHEMA_DIR = packageFile("graph-schema");

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

/**
 * Builds the viewer when it needs it and its sources are here (a checkout); logs one line per step. Returns false
 * when there is no bundle and no way to build one.
 */
export async function ensureViewerBuilt(log: (line: string) => void): Promise<boolean> {
  if (!viewerNeedsBuild()) return true;
  if (!existsSync(join(VIEWER_DIR, "vite.config.ts"))) return existsSync(join(VIEWER_DIR, "dist", "index.html"));
  await buildViewer(log);
  return true;
}
