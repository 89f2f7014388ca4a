// The CLI on a folder with a metadata sidecar and undated files, a feed file and a loopback URL; the `actors`
// command on the store that made; `query` without Neo4j; and the progress line's format.

import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { formatProgressLine } from "../../../src/cli/progress-reporter.ts";
import { openSqliteStore } from "../../../src/store/sqlite-store.ts";
import { writeNewsFiles } from "../../fixtures/news-week.ts";
import { runCliCaptured } from "../../support/run-cli-captured.ts";

const FEED = fileURLToPath(new URL("../../fixtures/inputs/feeds/desk.rss", import.meta.url));
const PAGE = `<html><head><title>Zelenskiy thanks Poland | Example Times</title></head><body><article>
<p>Ukrainian President Volodymyr Zelenskiy thanked Poland on Friday for its support and urged Germany to send more weapons.</p>
<p>Polish President Andrzej Duda praised Ukraine for its courage.</p></article></body></html>`;

let dir: string;
let server: Server;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-inputs-"));
  writeNewsFiles(join(dir, "folder"), {
    "20220125T090000Z_GB_en_1.txt": "Stoltenberg warns Russia\n\nNATO Secretary General Jens Stoltenberg warned Russia on Tuesday against any attack on Ukraine.",
    "20220127T100000Z_PL_en_2.txt": "Kremlin spokesman Dmitry Peskov rejected the accusations made by Jens Stoltenberg on Thursday and said Russia posed no threat.",
    "2022-01-28-minsk.txt": "Lukashenko meets Putin\n\nBelarusian leader Alexander Lukashenko met Russian President Vladimir Putin in Moscow on Friday, and the two leaders said they would hold joint military exercises near the border with Ukraine.",
    "undated.txt": "Baltic ministers meet\n\nThe foreign ministers of Estonia, Latvia and Lithuania met in Riga and criticised Russia.",
    "index.csv": "file,date,country\n20220125T090000Z_GB_en_1.txt,2022-01-25T09:00:00Z,GB\n20220127T100000Z_PL_en_2.txt,2022-01-27T10:00:00Z,PL\n",
  });
  server = createServer((_, response) => response.writeHead(200, { "content-type": "text/html" }).end(PAGE));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zelenskiy`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe("ingest of a folder with a sidecar, a feed and a URL", () => {
  it("dates from the sidecar, the file name and nothing, and says why the rest is undated", async () => {
    const store = join(dir, "store");
    const run = await runCliCaptured(["ingest", join(dir, "folder"), FEED, url, "--store", store, "--workers", "1"]);
    expect(run.stderr).not.toContain("index.csv");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/articles\s+7 new, 0 unchanged, 1 rejected/);
    expect(run.stdout).toContain("dates      5 dated (2 given in the input, 2 from the metadata sidecar, 1 from the file name); 2 undated");
    expect(run.stdout).toContain("2 with no date in the input, the sidecar, a date line or the file name");
    expect(run.stdout).toMatch(/metadata {3}\S+index\.csv \(2 files described\)/);
    expect(run.stderr).toContain("desk.rss#3: the item has no content or description");
    const stats = await runCliCaptured(["stats", "--store", store]);
    expect(stats.stdout).toMatch(/dates {6}2022-01-\d\d to 2022-\d\d-\d\d \(2 of 7 articles undated: give dates in a metadata sidecar/);
  });

  it("lists the actors the ingest found, searched, filtered and sorted, as text and JSON", async () => {
    const store = join(dir, "store");
    const all = await runCliCaptured(["actors", "--store", store, "--format", "json", "--sort", "articles"]);
    const actors = JSON.parse(all.stdout) as { id: string; articles: number; statements: number; type: string }[];
    expect(actors.length).toBeGreaterThan(5);
    expect(actors.map((actor) => actor.articles)).toEqual([...actors.map((actor) => actor.articles)].sort((a, b) => b - a));
    const people = await runCliCaptured(["actors", "stolten", "--type", "person", "--store", store]);
    expect(people.stdout).toMatch(/PERSON\s+Jens Stoltenberg \(jens-stoltenberg\)/);
    const countries = JSON.parse((await runCliCaptured(["actors", "--type", "country", "--format", "json", "--store", store])).stdout) as { type: string }[];
    expect(new Set(countries.map((actor) => actor.type))).toEqual(new Set(["COUNTRY"]));
    const none = await runCliCaptured(["actors", "nobody-by-this-name", "--store", store]);
    expect(none.stdout).toBe("no actors match\n");
    const bad = await runCliCaptured(["actors", "--type", "planet", "--store", store]);
    expect([bad.code, bad.stderr]).toEqual([2, expect.stringContaining('unknown actor type "planet"')]);
  });
});

describe("what dated an article, as the store gives it back", () => {
  it("marks the article dated by its file name in the actor view and the JSON export", async () => {
    const store = openSqliteStore(join(dir, "store"), { readonly: true });
    try {
      const [lukashenko] = await store.listActors({ search: "lukashenko", sort: "statements", limit: 1 });
      const details = await store.actor(lukashenko!.id);
      expect(details?.articles.map((article) => [article.published, article.publishedFrom])).toEqual([["2022-01-28", "file-name"]]);
    } finally {
      await store.close();
    }
    const exported = JSON.parse((await runCliCaptured(["export", "--format", "json", "--store", join(dir, "store")])).stdout) as {
      articles: { file: string; publishedFrom?: string; titleDerived?: boolean }[];
    };
    const byName = (name: string) => exported.articles.find((article) => article.file.endsWith(name));
    expect(byName("20220125T090000Z_GB_en_1.txt")?.publishedFrom).toBe("sidecar");
    expect(byName("20220127T100000Z_PL_en_2.txt")).toMatchObject({ publishedFrom: "sidecar", titleDerived: true });
    expect(byName("undated.txt")).not.toHaveProperty("publishedFrom");
  });
});

describe("query without Neo4j", () => {
  it("says in one line that Cypher runs on Neo4j and how to start one; --list works without it", async () => {
    const run = await runCliCaptured(["query", "MATCH (a) RETURN a"], { env: {} });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("Cypher runs on Neo4j, and none is connected");
    expect(run.stderr).toContain("docker compose up -d --wait");
    const list = await runCliCaptured(["query", "--list"], { env: {} });
    expect([list.code, list.stdout]).toEqual([0, expect.stringContaining("who-warned-whom-most")]);
  });
});

describe("progress line", () => {
  it.each([
    [{ done: 120, total: 391, detail: "" }, 30, "ingesting 120/391 articles (30%), 4.0 articles/s, ETA 1m08s"],
    [{ done: 391, total: 391, detail: "" }, 90, "ingesting 391/391 articles (100%), 4.3 articles/s, finishing"],
    [{ done: 50, total: null, detail: "50 new" }, 5, "ingesting 50 articles, 10 articles/s · 50 new"],
    [{ done: 0, total: 10, detail: "" }, 0, "ingesting 0/10 articles (0%), 0.0 articles/s"],
  ])("%j after %d s", (snapshot, seconds, line) => {
    expect(formatProgressLine("ingesting", snapshot, seconds)).toBe(line);
  });
});

describe("progress reporter", () => {
  it("draws on a terminal at least every second, with the rate of the recent window, and a plain line every 10 s otherwise", async () => {
    const { createProgressReporter, TTY_REDRAW_MS, PLAIN_LINE_MS } = await import("../../../src/cli/progress-reporter.ts");
    const { PassThrough } = await import("node:stream");
    expect(TTY_REDRAW_MS).toBeLessThanOrEqual(1_000);
    expect(PLAIN_LINE_MS).toBe(10_000);
    let clock = 0;
    let done = 0;
    const terminal = new PassThrough();
    let drawn = "";
    terminal.on("data", (chunk: Buffer) => (drawn += chunk.toString()));
    const reporter = createProgressReporter(terminal, { tty: true, label: "ingesting", now: () => clock });
    reporter.start(() => ({ done, total: 100, detail: "" }));
    // A slow start (model loading) then 10 articles a second: the ETA follows the recent rate.
    clock = 20_000;
    done = 10;
    reporter.update();
    clock = 25_000;
    done = 60;
    reporter.update();
    reporter.finish();
    const lines = drawn.split("\r\x1b[2K").filter(Boolean);
    expect(lines.at(-1)).toBe("ingesting 60/100 articles (60%), 10 articles/s, ETA 4 s");
  });

  it("writes a plain line every ten seconds when stderr is not a terminal", async () => {
    const { createProgressReporter } = await import("../../../src/cli/progress-reporter.ts");
    const { PassThrough } = await import("node:stream");
    vi.useFakeTimers();
    try {
      const log = new PassThrough();
      let written = "";
      log.on("data", (chunk: Buffer) => (written += chunk.toString()));
      const reporter = createProgressReporter(log, { tty: false, label: "ingesting", now: () => Date.now() });
      reporter.start(() => ({ done: 7, total: 70, detail: "7 new" }));
      reporter.update();
      vi.advanceTimersByTime(9_999);
      expect(written).toBe("");
      vi.advanceTimersByTime(20_001);
      reporter.finish();
      expect(written.split("\n").filter(Boolean)).toEqual([
        expect.stringMatching(/^newsgraph: ingesting 7\/70 articles \(10%\), .* · 7 new$/),
        expect.stringMatching(/^newsgraph: ingesting 7\/70 articles/),
        expect.stringMatching(/^newsgraph: ingesting 7\/70 articles/),
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
