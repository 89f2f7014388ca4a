// Crash safety: `newsgraph ingest` killed with SIGKILL at different points leaves a store that opens read-only,
// passes SQLite's integrity check and has no dangling references; re-running the same ingest takes over the stale
// lock and ends with exactly the store of a clean, uninterrupted run.

import Database from "better-sqlite3";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SQLITE_FILE_NAME } from "../../src/store/sqlite/sqlite-schema.ts";
import { LOCK_FILE_NAME } from "../../src/store/store-lock.ts";
import { writeNewsCorpus } from "../fixtures/hostile/generate-news-corpus.ts";
import { checkStore, NO_DANGLING, type StoreCheck } from "./support/check-store.ts";
import { runCliProcess, spawnCli } from "./support/spawn-cli.ts";

const CORPUS_ARTICLES = 200;
const BATCH_SIZE = 5;
const POLL_MS = 15;

/** When to kill: after a delay from the start, or once the store holds `articles` more than when the run began. */
type KillPoint = { afterMs: number } | { moreArticles: number };

/** One store, killed again and again as each re-run makes progress: every kill lands in a different place. */
const KILL_CHAIN: KillPoint[] = [
  { afterMs: 300 },
  { moreArticles: 1 },
  { moreArticles: 25 },
  { moreArticles: 50 },
  { moreArticles: 70 },
];

let dir: string;
let corpus: string;
let clean: StoreCheck;

function articleCount(storeDir: string): number {
  const file = join(storeDir, SQLITE_FILE_NAME);
  if (!existsSync(file)) return 0;
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(`SELECT count(*) FROM articles`).pluck().get() as number;
    } finally {
      db.close();
    }
  } catch (error) {
    // The schema is not created yet, or the file is being created: nothing committed so far.
    if (/no such table|unable to open|not a database/i.test((error as Error).message)) return 0;
    throw error;
  }
}

// One extraction worker: each run starts faster, and the kills still land between and inside batches.
const ingestArgs = (store: string): string[] => [
  "ingest",
  corpus,
  "--store",
  store,
  "--batch-size",
  String(BATCH_SIZE),
  "--workers",
  "1",
];

/** Starts an ingest, SIGKILLs it at `point`, and returns the articles the store held at the kill. */
async function ingestAndKill(
  store: string,
  point: KillPoint,
): Promise<{ killedAt: number; signal: string | null; code: number | null }> {
  const start = articleCount(store);
  const run = spawnCli(ingestArgs(store));
  const started = Date.now();
  let finished = false;
  void run.done.then(() => (finished = true));
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    if (finished) break;
    const due =
      "afterMs" in point ? Date.now() - started >= point.afterMs : articleCount(store) - start >= point.moreArticles;
    if (due) {
      run.child.kill("SIGKILL");
      break;
    }
  }
  const ended = await run.done;
  return { killedAt: articleCount(store), signal: ended.signal, code: ended.code };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-crash-"));
  corpus = writeNewsCorpus(join(dir, "corpus"), CORPUS_ARTICLES);
  const run = await runCliProcess(ingestArgs(join(dir, "clean")));
  expect(run.code).toBe(0);
  clean = await checkStore(join(dir, "clean"));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ingest killed with SIGKILL", () => {
  it("the clean run fills the store with every article, statements and responses", () => {
    expect(clean.integrity).toBe("ok");
    expect(clean.dangling).toEqual(NO_DANGLING);
    expect(clean.counts.articles).toBe(CORPUS_ARTICLES);
    expect(clean.counts.relations).toBeGreaterThan(CORPUS_ARTICLES);
    expect(clean.counts.responses).toBeGreaterThan(0);
  });

  it("leaves a consistent store after every kill, and a re-run ends with the clean run's store", async () => {
    const store = join(dir, "killed");
    const log: Array<{ point: KillPoint; killedAt: number; signal: string | null; lockLeft: boolean }> = [];
    for (const point of KILL_CHAIN) {
      const kill = await ingestAndKill(store, point);
      const lockLeft = existsSync(join(store, LOCK_FILE_NAME));
      log.push({ point, killedAt: kill.killedAt, signal: kill.signal, lockLeft });
      if (!existsSync(join(store, SQLITE_FILE_NAME))) continue;
      const check = await checkStore(store);
      expect(check.integrity).toBe("ok");
      expect(check.dangling).toEqual(NO_DANGLING);
      expect(check.stats.articles).toBe(check.counts.articles);
      // Only whole batches are committed.
      expect(check.counts.articles % BATCH_SIZE === 0 || check.counts.articles === CORPUS_ARTICLES).toBe(true);
    }
    console.info(`[crash-safety] ${log.length} kills: ${JSON.stringify(log)}`);
    const killed = log.filter((entry) => entry.signal === "SIGKILL");
    expect(killed.length).toBeGreaterThanOrEqual(KILL_CHAIN.length - 1);
    expect(new Set(killed.map((entry) => entry.killedAt)).size).toBeGreaterThanOrEqual(4);

    const resumed = await runCliProcess(ingestArgs(store));
    expect(resumed.stderr).not.toMatch(/being written by process/);
    expect(resumed.code).toBe(0);
    const final = await checkStore(store);
    expect(final.integrity).toBe("ok");
    expect(final.dangling).toEqual(NO_DANGLING);
    expect(final.counts).toEqual(clean.counts);
    expect(final.fingerprint).toBe(clean.fingerprint);
    expect(existsSync(join(store, LOCK_FILE_NAME))).toBe(false);
  }, 120_000);
});
