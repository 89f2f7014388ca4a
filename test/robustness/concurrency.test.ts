// Concurrency: two ingests on one store at once. Without --wait the second fails at once with one line naming the
// lock's owner; with --wait it queues and then runs. The store is never corrupted, and a lock left by a dead
// process (or half written) is taken over.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOCK_FILE_NAME, acquireStoreLock } from "../../src/store/store-lock.ts";
import { newsArticleText } from "../fixtures/hostile/generate-news-corpus.ts";
import { runCliCaptured } from "../support/run-cli-captured.ts";
import { checkStore, NO_DANGLING } from "./support/check-store.ts";
import { runCliProcess, spawnCli, type SpawnedCli } from "./support/spawn-cli.ts";

const HALF = 15;

let dir: string;
let right: string;

function writeArticles(folder: string, from: number, to: number): string {
  mkdirSync(folder, { recursive: true });
  for (let i = from; i < to; i++) writeFileSync(join(folder, `article-${i}.txt`), newsArticleText(i));
  return folder;
}

/** The pid of a process that has already exited (so certainly not alive). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

const ingest = (inputs: string, store: string, extra: string[] = []) => [
  "ingest",
  inputs,
  "--store",
  store,
  "--batch-size",
  "5",
  "--workers",
  "1",
  ...extra,
];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-concurrent-"));
  right = writeArticles(join(dir, "right"), HALF, 2 * HALF);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Starts an ingest of stdin that holds the store's lock until the test writes its articles and ends stdin. */
async function startHoldingIngest(store: string, extra: string[] = []): Promise<SpawnedCli> {
  const holder = spawnCli(ingest("-", store, extra), { stdin: "pipe" });
  for (let waited = 0; !existsSync(join(store, LOCK_FILE_NAME)); waited += 20) {
    if (waited > 30_000) throw new Error("the first ingest never took the lock");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return holder;
}

function feed(holder: SpawnedCli, from: number, to: number): void {
  const lines = [];
  for (let i = from; i < to; i++) lines.push(JSON.stringify({ id: `stdin-${i}`, text: newsArticleText(i) }));
  holder.child.stdin!.end(`${lines.join("\n")}\n`);
}

describe("two ingests on one store", () => {
  it("fails the second at once with one line naming the owner; the first completes", async () => {
    const store = join(dir, "racing");
    const first = await startHoldingIngest(store);
    const second = await runCliProcess(ingest(right, store));
    feed(first, 0, HALF);
    const firstRun = await first.done;
    expect(second.code).toBe(1);
    expect(second.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        new RegExp(
          `^newsgraph: store \\S+ is being written by process ${first.child.pid} on ${hostname()} \\(newsgraph ingest -, since [^)]+\\); wait for it to finish, or pass --wait SECONDS to queue behind it$`,
        ),
      ),
    ]);
    expect(firstRun.code).toBe(0);
    const check = await checkStore(store);
    expect(check.integrity).toBe("ok");
    expect(check.dangling).toEqual(NO_DANGLING);
    expect(check.counts.articles).toBe(HALF);
    expect(existsSync(join(store, LOCK_FILE_NAME))).toBe(false);
  }, 60_000);

  it("started at the same instant, never both write: each run either completes or fails with the lock line", async () => {
    const store = join(dir, "same-instant");
    const left = writeArticles(join(dir, "left"), 2 * HALF, 3 * HALF);
    const runs = await Promise.all([runCliProcess(ingest(left, store)), runCliProcess(ingest(right, store))]);
    for (const run of runs) {
      // The loser may find the lock before its owner has written its name: the store's other lock line.
      if (run.code !== 0)
        expect(run.stderr).toMatch(
          /^newsgraph: store \S+ is being written by (process \d+ on |another process \(it has not named itself yet\))/,
        );
      else expect(run.stdout).toContain(`articles   ${HALF} new`);
    }
    expect(runs.some((run) => run.code === 0)).toBe(true);
    const check = await checkStore(store);
    expect(check.integrity).toBe("ok");
    expect(check.dangling).toEqual(NO_DANGLING);
    expect(check.counts.articles).toBe(HALF * runs.filter((run) => run.code === 0).length);
  }, 60_000);

  it("with --wait, queues the second behind the first and ends with both inputs", async () => {
    const store = join(dir, "queued");
    const first = await startHoldingIngest(store);
    const second = spawnCli(ingest(right, store, ["--wait", "60"]));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    feed(first, 0, HALF);
    const results = await Promise.all([first.done, second.done]);
    expect(results.map((run) => run.code)).toEqual([0, 0]);
    expect(results[1]!.stdout).toContain(`articles   ${HALF} new, 0 unchanged, 0 rejected (store: ${2 * HALF})`);
    const check = await checkStore(store);
    expect(check.integrity).toBe("ok");
    expect(check.dangling).toEqual(NO_DANGLING);
    expect(check.counts.articles).toBe(2 * HALF);
    expect(existsSync(join(store, LOCK_FILE_NAME))).toBe(false);
  }, 60_000);
});

describe("the write lock", () => {
  it.each([
    {
      name: "left by a dead process",
      content: () =>
        JSON.stringify({
          pid: deadPid(),
          host: hostname(),
          started: "2022-02-24T04:00:00.000Z",
          command: "newsgraph ingest x",
        }),
    },
    { name: "half written by a process killed while writing it", content: () => '{"pid": 12' },
    { name: "empty", content: () => "" },
  ])("is taken over when $name", async ({ content }) => {
    const store = join(dir, `stale-${Math.random().toString(36).slice(2)}`);
    mkdirSync(store, { recursive: true });
    writeFileSync(join(store, LOCK_FILE_NAME), content());
    const run = await runCliCaptured(ingest(right, store));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${HALF} new`);
    expect(existsSync(join(store, LOCK_FILE_NAME))).toBe(false);
  });

  it("held by a live process, blocks ingest with one line, also after --wait runs out", async () => {
    const store = join(dir, "held");
    mkdirSync(store, { recursive: true });
    const held = await acquireStoreLock(store, "newsgraph ingest elsewhere");
    const owner = JSON.parse(readFileSync(join(store, LOCK_FILE_NAME), "utf8")) as { started: string };
    try {
      for (const extra of [[], ["--wait", "1"]]) {
        const started = Date.now();
        const run = await runCliCaptured(ingest(right, store, extra));
        expect(run.code).toBe(1);
        expect(run.stderr.trim().split("\n")).toEqual([
          `newsgraph: store ${store} is being written by process ${process.pid} on ${hostname()} (newsgraph ingest elsewhere, since ${owner.started}); wait for it to finish, or pass --wait SECONDS to queue behind it`,
        ]);
        expect(Date.now() - started).toBeGreaterThanOrEqual(extra.length > 0 ? 1_000 : 0);
      }
      expect(existsSync(join(store, LOCK_FILE_NAME))).toBe(true);
    } finally {
      held.release();
    }
    expect(existsSync(join(store, LOCK_FILE_NAME))).toBe(false);
  });
});
