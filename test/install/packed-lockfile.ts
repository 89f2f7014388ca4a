// The lockfile of an empty project that depends on newsgraph's packed tarball: the tarball itself, and every
// runtime package at the version newsgraph's own package-lock.json pins (dev-only packages left out). With it,
// `npm ci --offline` installs the tarball the way a user's `npm install` would, from npm's cache, without asking
// the registry for package lists.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

interface PackageJson {
  name: string;
  version: string;
  license?: string;
  dependencies?: Record<string, string>;
  bin?: Record<string, string>;
  engines?: Record<string, string>;
}

/** package.json and package-lock.json texts of a project whose one dependency is the tarball at `tarball`. */
export function packedProjectFiles(
  tarball: string,
  tarballName: string,
  pkg: PackageJson,
  lock: { packages: Record<string, LockEntry> },
): { packageJson: string; packageLock: string } {
  const spec = `file:${tarballName}`;
  const integrity = `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`;
  const packages: Record<string, unknown> = {
    "": { name: "packed-install", dependencies: { [pkg.name]: spec } },
    [`node_modules/${pkg.name}`]: {
      version: pkg.version,
      resolved: spec,
      integrity,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path !== "" && entry.dev !== true) packages[path] = entry;
  }
  return {
    packageJson: JSON.stringify({ name: "packed-install", private: true, dependencies: { [pkg.name]: spec } }, null, 2),
    packageLock: JSON.stringify({ name: "packed-install", lockfileVersion: 3, requires: true, packages }, null, 2),
  };
}
