// A write lock on a store folder, so two writers (ingest, demo) never interleave. The lock itself is an OS lock:
// an exclusive SQLite transaction held open on `write.lock.db` (POSIX record locks under SQLite's own bookkeeping,
// so two connections of one process exclude each other too). Taking it is one atomic step, and the operating
// system drops it when its process ends however it ends (kill -9 included), so there is no stale lock to judge
// and take over. `write.lock` names the owner for the message a second writer gets; it is written (to a temporary
// file, then renamed into place) only by the process holding the lock, so it is never read half-written.

import Database from "better-sqlite3";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { StoreLockedError } from "../../graph-schema/index.ts";

/** The owner of the lock, as JSON: who to wait for. */
export const LOCK_FILE_NAME = "write.lock";
/** The file whose OS lock is the write lock (an empty SQLite database, never written). */
export const LOCK_HANDLE_NAME = "write.lock.db";
const POLL_INTERVAL_MS = 200;

export interface LockOwner {
  pid: number;
  host: string;
  started: string;
  command: string;
}

export interface StoreLock {
  readonly path: string;
  release(): void;
}

function readOwner(path: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(path, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number" ? (owner as LockOwner) : null;
  } catch {
    return null;
  }
}

/** The OS lock on `path` when free (an open exclusive transaction), else null. Never waits. */
function tryHold(path: string): Database.Database | null {
  const db = new Database(path, { timeout: 0 });
  try {
    db.exec("BEGIN EXCLUSIVE");
    return db;
  } catch (error) {
    db.close();
    if ((error as { code?: string }).code === "SQLITE_BUSY") return null;
    throw error;
  }
}

function lockedError(dir: string, owner: LockOwner | null): StoreLockedError {
  const who = owner
    ? `process ${owner.pid} on ${owner.host} (${owner.command}, since ${owner.started})`
    : "another process (it has not named itself yet)";
  return new StoreLockedError(`store ${dir} is being written by ${who}`, {
    hint: "wait for it to finish, or pass --wait SECONDS to queue behind it",
  });
}

/**
 * Takes the store's write lock, waiting up to `waitMs` for another writer to finish. Throws StoreLockedError
 * naming the owner when it stays taken. `dir` must exist.
 * @example
 * const lock = await acquireStoreLock(".newsgraph", "newsgraph ingest news/");
 * try { … } finally { lock.release(); }
 */
export async function acquireStoreLock(dir: string, command: string, waitMs = 0): Promise<StoreLock> {
  const path = join(dir, LOCK_FILE_NAME);
  const deadline = Date.now() + waitMs;
  let held = tryHold(join(dir, LOCK_HANDLE_NAME));
  while (held === null) {
    if (Date.now() >= deadline) throw lockedError(dir, readOwner(path));
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
    held = tryHold(join(dir, LOCK_HANDLE_NAME));
  }
  const me: LockOwner = { pid: process.pid, host: hostname(), started: new Date().toISOString(), command };
  const staging = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    writeFileSync(staging, JSON.stringify(me));
    renameSync(staging, path);
  } catch (error) {
    rmSync(staging, { force: true });
    held.close();
    throw error;
  }
  const db = held;
  return {
    path,
    release() {
      if (!db.open) return;
      const owner = readOwner(path);
      if (owner && owner.pid === me.pid && owner.started === me.started) rmSync(path, { force: true });
      db.exec("ROLLBACK");
      db.close();
    },
  };
}
