// Links this package's own `newsgraph` bin into node_modules/.bin, so package scripts, hooks and
// `node_modules/.bin/newsgraph` reach the CLI of a checkout (npm links dependencies' bins, not the root's).
import { existsSync, lstatSync, mkdirSync, symlinkSync, unlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const binDir = join(root, "node_modules", ".bin");
const target = join(root, "bin", "newsgraph.mjs");
const link = join(binDir, "newsgraph");
if (existsSync(join(root, "node_modules"))) {
  mkdirSync(binDir, { recursive: true });
  try {
    if (lstatSync(link, { throwIfNoEntry: false })) unlinkSync(link);
    symlinkSync(relative(binDir, target), link);
  } catch (error) {
    console.warn(`newsgraph: could not link node_modules/.bin/newsgraph (${error.message}); use npx newsgraph`);
  }
}
