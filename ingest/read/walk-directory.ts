// Lists the files under a directory in a stable order (sorted by name at each level, depth first), skipping hidden
// entries and node_modules. Symbolic links are followed only on request, with cycle detection. No recursion.

import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { join } from "node:path";

export interface WalkDirectoryOptions {
  followSymlinks: boolean;
}

/** Directory names never entered. */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(["node_modules"]);

/** A file found by the walk, or a directory that could not be listed (the walk goes on without it). */
export type WalkEntry = { kind: "file"; path: string } | { kind: "error"; path: string; error: unknown };

/**
 * Yields the regular files under `root`, sorted by code unit at each level, and the directories that could not
 * be listed.
 * @example for await (const entry of walkDirectory("articles", { followSymlinks: false })) console.log(entry.path);
 */
export async function* walkDirectory(root: string, options: WalkDirectoryOptions): AsyncGenerator<WalkEntry> {
  const visited = new Set<string>([await realpath(root)]);
  const pending: { path: string; isDirectory: boolean }[] = [{ path: root, isDirectory: true }];
  while (pending.length > 0) {
    const entry = pending.pop() as { path: string; isDirectory: boolean };
    if (!entry.isDirectory) {
      yield { kind: "file", path: entry.path };
      continue;
    }
    let children: Dirent[];
    try {
      children = await readdir(entry.path, { withFileTypes: true });
    } catch (error) {
      yield { kind: "error", path: entry.path, error };
      continue;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const next: { path: string; isDirectory: boolean }[] = [];
    for (const child of children) {
      if (child.name.startsWith(".") || SKIPPED_DIRECTORIES.has(child.name)) continue;
      const path = join(entry.path, child.name);
      if (child.isSymbolicLink()) {
        if (!options.followSymlinks) continue;
        const target = await stat(path).catch((error: unknown) => ({ error }));
        // A dangling link is not an input the user asked for by name; it is skipped like other non-files.
        if ("error" in target) continue;
        if (target.isDirectory()) {
          const real = await realpath(path);
          if (visited.has(real)) continue;
          visited.add(real);
          next.push({ path, isDirectory: true });
        } else if (target.isFile()) {
          next.push({ path, isDirectory: false });
        }
      } else if (child.isDirectory()) {
        next.push({ path, isDirectory: true });
      } else if (child.isFile()) {
        next.push({ path, isDirectory: false });
      }
    }
    for (let i = next.length - 1; i >= 0; i--) pending.push(next[i] as { path: string; isDirectory: boolean });
  }
}
