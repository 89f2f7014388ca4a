// SIGINT and SIGTERM: ingest stops after the batch in hand, commits it, releases the lock, says how far it got and
// exits 130/143; a second signal ends it at once; a command with nothing to finish (extract) ends at the first;
// serve closes idle and stalled connections and exits within 5 s. Real processes, real signals.

import Database from "better-sqlite3";
import { existsSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SQLITE_FILE_NAME } from "../../src/store/sqlite/sqlite-schema.ts";
import { LOCK_FILE_NAME } from "../../src/store/store-lock.ts";
import { tempNewsCorpus } from "../fixtures/hostile/temp-news-corpus.ts";
import { newsArticleText } from "../fixtures/hostile/generate-news-corpus.ts";
import { checkStore, NO_DANGLING } from "./support/check-store.ts";
import { spawnCli, type SpawnedCli } from "./support/spawn-cli.ts";

// Enough that no run ends before the test's signal, even on a fast machine.
const ARTICLES = 2_000;
const BATCH_SIZE = 5;
const folder = tempNewsCorpus("newsgraph-signals-", ARTICLES);

function articleCount(store: string): number {
  if (!existsSync(join(store, SQLITE_FILE_NAME))) return 0;
  try {
    const db = new Database(join(store, SQLITE_FILE_NAME), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(`SELECT count(*) FROM articles`).pluck().get() as number;
    } finally {
      db.close();
    }
  } catch {
    return 0; // being created: nothing committed yet
  }
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Sends `signal` and returns how long the process took to end, with how it ended. */
async function signalAndTime(run: SpawnedCli, signals: NodeJS.Signals[]) {
  const sent = Date.now();
  for (const signal of signals) run.child.kill(signal);
  const ended = await run.done;
  return { ...ended, ms: Date.now() - sent };
}

const ingest = (store: string, extra: string[] = []) =>
  spawnCli(["ingest", folder.corpus, "--store", store, "--batch-size", String(BATCH_SIZE), "--workers", "1", ...extra]);

describe("ingest interrupted", () => {
  it.each([
    { signal: "SIGINT" as const, code: 130 },
    { signal: "SIGTERM" as const, code: 143 },
  ])(
    "by $signal stops after the batch in hand, commits, releases the lock and exits $code",
    async ({ signal, code }) => {
      const store = join(folder.dir, `store-${signal}`);
      const run = ingest(store);
      await waitFor(() => articleCount(store) >= BATCH_SIZE, "the first batch");
      const ended = await signalAndTime(run, [signal]);
      expect([ended.code, ended.signal]).toEqual([code, null]);
      const line = ended.stderr.trim().split("\n").at(-1) ?? "";
      expect(line).toMatch(
        new RegExp(
          `^newsgraph: ${signal}: ingest stopped after the batch in hand: \\d+ inputs read, \\d+ articles added, 0 unchanged, 0 rejected; every batch written is in the store: run the same command again to go on$`,
        ),
      );
      const added = Number(/(\d+) articles added/.exec(line)?.[1]);
      const check = await checkStore(store);
      expect([check.integrity, check.dangling, check.counts.articles]).toEqual(["ok", NO_DANGLING, added]);
      expect(added % BATCH_SIZE).toBe(0);
      expect(added).toBeLessThan(ARTICLES);
      expect(existsSync(join(store, LOCK_FILE_NAME))).toBe(false);
      console.info(
        `[signals] ingest ${signal}: exit ${ended.code} ${ended.ms} ms after the signal, ${added} articles kept`,
      );
      if (signal === "SIGTERM") return;
      // The next run goes on where this one stopped.
      const rest = await ingest(store).done;
      expect(rest.code).toBe(0);
      expect(rest.stdout).toMatch(new RegExp(`articles +\\d+ new, ${added} unchanged`));
    },
  );

  it("by a second signal ends at once, leaving a consistent store", async () => {
    const store = join(folder.dir, "store-twice");
    const run = ingest(store);
    await waitFor(() => articleCount(store) >= BATCH_SIZE, "the first batch");
    const ended = await signalAndTime(run, ["SIGINT", "SIGINT"]);
    // The second signal meets the default action again (the process may be too busy to run a handler): the
    // shell reports 130 either way.
    expect(ended.code === 130 || ended.signal === "SIGINT").toBe(true);
    const check = await checkStore(store);
    expect([check.integrity, check.dangling, check.counts.articles % BATCH_SIZE]).toEqual(["ok", NO_DANGLING, 0]);
    console.info(`[signals] ingest SIGINT twice: exit ${ended.code ?? ended.signal} ${ended.ms} ms after the signals`);
  });

  it("while waiting on a quiet stdin, ends at once with what it had", async () => {
    const store = join(folder.dir, "store-stdin");
    const run = spawnCli(["ingest", "-", "--store", store, "--workers", "1"], { stdin: "pipe" });
    run.child.stdin!.write(`${newsArticleText(0)}\n`);
    await waitFor(() => existsSync(join(store, LOCK_FILE_NAME)), "the lock");
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ended = await signalAndTime(run, ["SIGTERM"]);
    expect(ended.code).toBe(143);
    expect(ended.stderr).toContain("SIGTERM: ingest stopped after the batch in hand: 0 inputs read");
    expect(existsSync(join(store, LOCK_FILE_NAME))).toBe(false);
  });
});

describe("commands with nothing to finish", () => {
  it("extract ends at the first SIGINT with 130", async () => {
    // Reading a stdin that stays open, it cannot end on its own before the signal.
    const run = spawnCli(["extract", "-", "--workers", "1"], { stdin: "pipe" });
    run.child.stdin!.write(`${newsArticleText(1)}\n`);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const ended = await signalAndTime(run, ["SIGINT"]);
    // Before its handlers are installed (the first second of start-up) the signal's default action ends it.
    expect(ended.code === 130 || ended.signal === "SIGINT").toBe(true);
    console.info(`[signals] extract SIGINT: exit ${ended.code ?? ended.signal} ${ended.ms} ms after the signal`);
  });
});

describe("a reader that closes the pipe early (extract … | head)", () => {
  it("ends extract quietly, without an EPIPE stack trace", async () => {
    const demo = new URL("../../demo/articles", import.meta.url).pathname;
    const run = spawnCli(["extract", demo, "--workers", "1"]);
    run.child.stdout!.once("data", () => run.child.stdout!.destroy());
    const ended = await run.done;
    expect(ended.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(ended.code).toBe(0);
  });
});

describe("serve stopped", () => {
  it("closes idle and stalled connections and exits within 5 s", async () => {
    const store = join(folder.dir, "store-serve");
    expect((await ingest(store).done).code).toBe(0);
    const run = spawnCli(["serve", "--store", store, "--port", "0"]);
    await waitFor(() => /at http:\/\/127\.0\.0\.1:\d+\//.test(run.stdoutSoFar()), "the server");
    const port = Number(/:(\d+)\//.exec(run.stdoutSoFar())?.[1]);
    const sockets: Socket[] = [];
    for (let i = 0; i < 20; i++) {
      const socket = connect(port, "127.0.0.1");
      socket.on("error", () => undefined);
      // Half the clients never finish their request headers; the others keep an idle keep-alive connection.
      socket.write(
        i % 2 === 0
          ? "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          : "GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n",
      );
      sockets.push(socket);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    const ended = await signalAndTime(run, ["SIGTERM"]);
    for (const socket of sockets) socket.destroy();
    expect(ended.code).toBe(0);
    expect(ended.ms).toBeLessThan(5_000);
    console.info(
      `[signals] serve SIGTERM with 20 idle or stalled clients: exit ${ended.code} ${ended.ms} ms after the signal`,
    );
  });
});
