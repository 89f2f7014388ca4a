// `newsgraph demo` rebuilds only a store it made itself, takes the write lock like ingest, and leaves anything
// else as it found it, with one line saying why.

import Database from "better-sqlite3";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acquireStoreLock } from "../../../src/store/store-lock.ts";
import { writeNewsWeek } from "../../fixtures/news-week.ts";
import { runCliCaptured } from "../../support/run-cli-captured.ts";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-demo-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const articleCount = (store: string): number => {
  const db = new Database(join(store, "graph.db"), { readonly: true });
  try {
    return db.prepare("SELECT count(*) FROM articles").pluck().get() as number;
  } finally {
    db.close();
  }
};
const DEMO_ARTICLES = readdirSync(new URL("../../../demo/articles", import.meta.url)).length;

describe("newsgraph demo", () => {
  it("builds its store in a new folder, and rebuilds it when run again", async () => {
    const store = join(dir, "demo-store");
    for (let run = 0; run < 2; run++) {
      const result = await runCliCaptured(["demo", "--store", store, "--no-serve"]);
      expect([result.code, result.stderr]).toEqual([0, ""]);
      expect(result.stdout).toContain(`${DEMO_ARTICLES} new, 0 unchanged`);
      expect(articleCount(store)).toBe(DEMO_ARTICLES);
    }
    // A demo store made before demo marked its stores holds demo articles only: still demo's to rebuild.
    const db = new Database(join(store, "graph.db"));
    db.prepare("DELETE FROM meta WHERE key = 'created_by'").run();
    db.close();
    expect((await runCliCaptured(["demo", "--store", store, "--no-serve"])).code).toBe(0);
  });

  it("refuses a store holding other articles in one line and leaves it as it was", async () => {
    const store = join(dir, "analyst-store");
    const news = writeNewsWeek(join(dir, "news"));
    expect((await runCliCaptured(["ingest", news, "--store", store, "--workers", "1"])).code).toBe(0);
    const before = articleCount(store);
    const result = await runCliCaptured(["demo", "--store", store, "--no-serve"]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      `newsgraph: demo: ${store} holds a store with ${before} articles demo did not make; demo never replaces it; pass --store with a new folder for the demo (your store is unchanged)`,
    ]);
    expect(articleCount(store)).toBe(before);
  });

  it("refuses a folder holding other files", async () => {
    const folder = join(dir, "papers");
    mkdirSync(folder);
    writeFileSync(join(folder, "notes.txt"), "my notes");
    const result = await runCliCaptured(["demo", "--store", folder, "--no-serve"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^newsgraph: demo: .*papers holds other files \(notes\.txt\); .* pass --store with a new folder\n$/,
    );
    expect(readdirSync(folder)).toEqual(["notes.txt", "write.lock.db"]);
  });

  it("waits for no one: a store being written is refused with the lock's line", async () => {
    const store = join(dir, "busy-store");
    expect((await runCliCaptured(["demo", "--store", store, "--no-serve"])).code).toBe(0);
    const lock = await acquireStoreLock(store, "newsgraph ingest news/");
    try {
      const result = await runCliCaptured(["demo", "--store", store, "--no-serve"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(
        /^newsgraph: store .*busy-store is being written by process \d+ on .* \(newsgraph ingest news\/, since .*\); wait for it to finish/,
      );
    } finally {
      lock.release();
    }
    expect(articleCount(store)).toBe(DEMO_ARTICLES);
  });
});
