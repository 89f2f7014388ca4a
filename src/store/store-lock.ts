// A write lock on a store folder, so two ingests never interleave their resolution. The lock file names its
// owner; a lock left by a process that no longer runs (killed, crashed) is detected and taken over.

import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { StoreLockedError } from "../../graph-schema/index.ts";

export const LOCK_FILE_NAME = "write.lock";
const POLL_INTERVAL_MS = 200;

interface LockOwner {
  pid: number;
  host: string;
  started: string;
  command: string;
}

export interface StoreLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockOwner;
  } catch {
    // Unreadable or half-written by a process killed while writing it: treat as stale.
    return null;
  }
}

function tryCreate(path: string, owner: LockOwner): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Takes the store's write lock, waiting up to `waitMs` for another writer to finish.
 * Throws StoreLockedError naming the owner when it stays taken.
 */
export async function acquireStoreLock(dir: string, command: string, waitMs = 0): Promise<StoreLock> {
  const path = join(dir, LOCK_FILE_NAME);
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  const deadline = Date.now() + waitMs;
  for (;;) {
    if (tryCreate(path, me)) break;
    const owner = readOwner(path);
    const stale = !owner || (owner.host === me.host && !isAlive(owner.pid));
    if (stale) {
      rmSync(path, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new StoreLockedError(
        `store ${dir} is being written by process ${owner.pid} on ${owner.host} (${owner.command}, since ${owner.started})`,
        { hint: `wait for it to finish, or pass --wait SECONDS to queue behind it` },
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
  let released = false;
  return {
    path,
    release() {
      if (released) return;
      released = true;
      const owner = readOwner(path);
      if (owner && owner.pid === me.pid && owner.started === me.started) rmSync(path, { force: true });
    },
  };
}
