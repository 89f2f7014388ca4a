// Vitest global setup: tests that start the CLI as a process (`node bin/newsgraph.mjs`) run the JavaScript in dist/,
// so it is compiled again (incrementally, a few seconds) whenever a source file is newer than the last build. CI's
// `npm ci` builds it through `prepare`; this keeps a developer's edits from being tested against a stale build.

import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const SOURCE_DIRS = ["graph-schema", "ingest", "src"];
const BUILD_INFO = join(ROOT, "dist", ".tsbuildinfo");

function newestTime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestTime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const built = existsSync(BUILD_INFO) ? statSync(BUILD_INFO).mtimeMs : 0;
  const sources = Math.max(...SOURCE_DIRS.map((dir) => newestTime(join(ROOT, dir))), statSync(join(ROOT, "tsconfig.build.json")).mtimeMs);
  if (sources <= built) return;
  execFileSync(process.execPath, [join(ROOT, "node_modules", "typescript", "bin", "tsc"), "-p", "tsconfig.build.json"], {
    cwd: ROOT,
    stdio: "inherit",
  });
}
