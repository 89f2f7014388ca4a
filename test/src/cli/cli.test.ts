import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExtractionResult } from "../../../graph-schema/index.ts";
import { writeNewsWeek } from "../../fixtures/news-week.ts";
import { runCliCaptured } from "../../support/run-cli-captured.ts";

let dir: string;
let news: string;
let store: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-cli-"));
  news = writeNewsWeek(join(dir, "news"));
  store = join(dir, "store");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("newsgraph CLI", () => {
  it.each([
    { argv: [], code: 2, stream: "stdout", text: "Usage: newsgraph <command>" },
    { argv: ["--help"], code: 0, stream: "stdout", text: "Commands:" },
    { argv: ["frobnicate"], code: 2, stream: "stderr", text: 'unknown command "frobnicate"' },
    { argv: ["extract"], code: 2, stream: "stderr", text: "give at least one file" },
    {
      argv: ["extract", "x.txt", "--format", "xml"],
      code: 2,
      stream: "stderr",
      text: "--format must be one of json, jsonl",
    },
    { argv: ["stats", "--bogus"], code: 2, stream: "stderr", text: "stats: Unknown option '--bogus'" },
    { argv: ["ingest", "--help"], code: 0, stream: "stdout", text: "Usage: newsgraph ingest <path…|->" },
  ])("answers $argv with exit $code", async ({ argv, code, stream, text }) => {
    const run = await runCliCaptured(argv);
    expect(run.code).toBe(code);
    expect(stream === "stdout" ? run.stdout : run.stderr).toContain(text);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("reports a missing store in one line without a stack trace", async () => {
    const run = await runCliCaptured(["stats", "--store", join(dir, "nowhere")]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("newsgraph ingest");
  });

  it("extracts the extraction contract as JSON, keeping good records next to a bad JSONL line", async () => {
    const out = join(dir, "out.json");
    const run = await runCliCaptured(["extract", news, "-o", out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/skipped .*friday\.jsonl:2: /);
    const result = JSON.parse(readFileSync(out, "utf8")) as ExtractionResult;
    expect(result.articles.map((a) => a.title).sort()).toEqual([
      "Blinken meets Lavrov in Geneva",
      "Kremlin rejects NATO accusations",
      "NATO chief warns Russia over troop build-up",
    ]);
    const ids = new Set(result.actors.map((a) => a.id));
    for (const relation of result.relations) {
      expect(ids.has(relation.subject) && ids.has(relation.object)).toBe(true);
    }
    const names = result.actors.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(["Jens Stoltenberg", "Russia", "Dmitry Peskov", "Antony Blinken"]));
    const warn = result.relations.find((r) => r.type === "WARN");
    expect(warn && [warn.subject, warn.object]).toEqual(["jens-stoltenberg", "russia"]);
  });

  it("gives each article its cleaned text with --with-text, the text the offsets point into", async () => {
    const input = join(dir, "with-text.txt");
    writeFileSync(
      input,
      "Stoltenberg warns Russia\n\nBy Anna Weber, Brussels\n\n" +
        "NATO Secretary General Jens Stoltenberg warned Russia on Tuesday against any new aggression.\n",
    );
    const plain = JSON.parse((await runCliCaptured(["extract", input])).stdout) as ExtractionResult;
    expect(plain.articles[0]).not.toHaveProperty("text");
    const run = await runCliCaptured(["extract", input, "--with-text"]);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as Pick<ExtractionResult, "relations"> & {
      articles: Array<{ id: string; text: string }>;
    };
    const texts = new Map(result.articles.map((a) => [a.id, a.text]));
    expect(result.relations.length).toBeGreaterThan(0);
    for (const relation of result.relations) {
      const [start, end] = relation.offsets.sentence;
      expect(texts.get(relation.article)?.slice(start, end)).toBe(relation.sentence);
    }
  });

  it("reads stdin with -", async () => {
    const run = await runCliCaptured(["extract", "-", "--format", "jsonl"], {
      stdin: "Biden warns Putin\n\nPresident Joe Biden warned Vladimir Putin on Tuesday of severe sanctions.",
    });
    expect(run.code).toBe(0);
    const kinds = run.stdout
      .trim()
      .split("\n")
      .map((line) => (JSON.parse(line) as { kind: string }).kind);
    expect(kinds).toContain("article");
    expect(kinds).toContain("relation");
  });

  it("ingests incrementally: a second run of the same input changes nothing", async () => {
    const first = await runCliCaptured(["ingest", news, "--store", store]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("3 new, 0 unchanged, 1 rejected");
    const stats = JSON.parse((await runCliCaptured(["stats", "--store", store, "--format", "json"])).stdout) as Record<
      string,
      number
    >;
    expect(stats.articles).toBe(3);
    expect(stats.actors).toBeGreaterThanOrEqual(6);
    expect(stats.relations).toBeGreaterThanOrEqual(3);

    const second = await runCliCaptured(["ingest", news, "--store", store]);
    expect(second.stdout).toContain("0 new, 3 unchanged");
    const again = JSON.parse((await runCliCaptured(["stats", "--store", store, "--format", "json"])).stdout);
    expect(again).toEqual(stats);
  });

  it("exits 1 when nothing could be ingested", async () => {
    const run = await runCliCaptured(["ingest", join(dir, "missing.txt"), "--store", join(dir, "store-empty")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("missing.txt");
  });
});
