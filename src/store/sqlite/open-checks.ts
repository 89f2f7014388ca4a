// What opening the embedded store checks before anything is read or written, so an operator mistake or a damaged
// file gets one line instead of an error deep inside a query: a graph.db that is empty (a run stopped while
// creating it) or no newsgraph store at all, a damaged database (SQLite's quick check, before any write), and a
// store in a read-only folder whose -shm file is missing, which SQLite cannot open in place (it is read from a
// temporary copy instead).

import type Database from "better-sqlite3";
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NewsgraphError, StoreUnavailableError } from "../../../graph-schema/index.ts";

/** Stores up to this size are quick-checked before every write (about 12 ms per MB once cached, 50 cold). */
export const QUICK_CHECK_MAX_BYTES = 1024 * 1024 * 1024;

/** Throws a one-line error when the database in `file` (opened read-only) holds no newsgraph store. */
export function checkIsNewsgraphStore(db: Database.Database, file: string, dir: string): void {
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  if (tables.length === 0) {
    const size = statSync(file).size;
    throw new StoreUnavailableError(
      `store ${dir} holds no data yet (${size === 0 ? "graph.db is empty" : "graph.db has no tables"}: a run was stopped while creating it)`,
      { hint: `ingest into it to fill it: newsgraph ingest <path…> --store ${dir}` },
    );
  }
  if (!tables.includes("meta") || !tables.includes("relations")) {
    throw new StoreUnavailableError(`${file} is an SQLite database but not a newsgraph store`, {
      hint: "give --store the folder of a newsgraph store, or a new folder for a new one",
    });
  }
}

/**
 * SQLite's quick check of a store about to be written (up to QUICK_CHECK_MAX_BYTES): a damaged page found now
 * stops the run before it writes into it. Throws STORE_CORRUPT with the first problem.
 */
export function quickCheckBeforeWriting(db: Database.Database, file: string, dir: string): void {
  if (!existsSync(file) || statSync(file).size > QUICK_CHECK_MAX_BYTES) return;
  const problems = db.pragma("quick_check(1)", { simple: false }) as Array<Record<string, string>>;
  const report = (Object.values(problems[0] ?? {})[0] ?? "ok").split("\n");
  // SQLite heads its report "*** in database main ***"; the line after it names the problem.
  const first = report.find((line) => !line.startsWith("***")) ?? report[0] ?? "ok";
  if (first === "ok") return;
  throw new NewsgraphError(
    "STORE_CORRUPT",
    `store ${dir} is damaged (SQLite's quick check: ${first}); nothing was written`,
    {
      hint: "restore it from a backup, or ingest the articles again into a new --store",
    },
  );
}

/** Codes of a read-only open that failed because SQLite could not make the -shm (or -wal) file beside it. */
const NEEDS_WRITABLE_FOLDER = new Set(["SQLITE_READONLY_DIRECTORY", "SQLITE_CANTOPEN", "SQLITE_READONLY_CANTINIT"]);

/** Whether a read-only open failed only because the store's folder cannot take SQLite's side files. */
export function needsWritableFolder(error: unknown): boolean {
  return NEEDS_WRITABLE_FOLDER.has(String((error as { code?: unknown }).code ?? ""));
}

/**
 * A temporary copy of the store's database (and its -wal, when there is one) to read a store in a read-only
 * folder; `remove` deletes it.
 */
export function temporaryCopyOf(file: string): { file: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-read-only-"));
  const copy = join(dir, "graph.db");
  try {
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { file: copy, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
