// Files shipped in the newsgraph package (the viewer bundle, the demo corpus, the analyst queries, model files),
// found from the package root whether the code runs from the TypeScript sources (tests, tsx) or compiled in dist/
// (the installed CLI and its worker threads): the root is the nearest folder above this module with a package.json.

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/** The folder holding newsgraph's package.json. */
export function packageRoot(): string {
  if (root !== null) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`newsgraph: no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  root = dir;
  return dir;
}

/**
 * The path of a file or folder of the package, from its root.
 * @example packageFile("viewer", "dist") // "/…/newsgraph/viewer/dist"
 */
export function packageFile(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}
