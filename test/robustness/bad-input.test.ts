// Bad input through the real CLI: each bad file gives one stderr line naming the file (and line) and the reason,
// the good input next to it is still ingested, a summary ends the run, no stack trace; exit 0 when something was
// ingested, 1 when nothing could be, 2 for usage errors.

import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openSqliteStore } from "../../src/store/sqlite-store.ts";
import { BAD_INPUTS, writeBadInputs } from "../fixtures/hostile/bad-inputs.ts";
import { runCliCaptured, type CliRun } from "../support/run-cli-captured.ts";
import { runCliProcess } from "./support/spawn-cli.ts";

const STACK_LINE = /\n\s+at /;
const GOOD_ARTICLE =
  "Blinken meets Lavrov in Geneva\n\nUS Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on Friday.\n";

let dir: string;
let inputs: string;
let run: CliRun;
let storedFiles: string[];

function storedFilesOf(store: string): string[] {
  const opened = openSqliteStore(store, { readonly: true });
  try {
    return (opened.db.prepare(`SELECT file FROM articles ORDER BY file`).pluck().all() as string[]).map((file) =>
      file.slice(inputs.length + 1),
    );
  } finally {
    void opened.close();
  }
}

/** The `newsgraph: skipped …` lines of a run, by location (file or file:line relative to the inputs folder). */
function skippedLines(stderr: string, root: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const line of stderr.split("\n")) {
    const match = /^newsgraph: skipped (\S+?): (.*)$/.exec(line);
    if (match) lines.set(match[1]!.slice(root.length + 1), match[2]!);
  }
  return lines;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-bad-"));
  inputs = writeBadInputs(join(dir, "inputs"));
  run = await runCliCaptured(["ingest", inputs, "--store", join(dir, "store"), "--workers", "1"]);
  storedFiles = storedFilesOf(join(dir, "store"));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ingest of a folder of bad inputs", () => {
  it("exits 0, prints a summary and no stack trace", () => {
    const kept = BAD_INPUTS.flatMap((input) => input.kept).length;
    const skipped = BAD_INPUTS.flatMap((input) => input.skipped).length;
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`articles   ${kept} new, 0 unchanged, ${skipped} rejected (store: ${kept})`);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stderr).not.toContain("internal error");
  });

  it("prints exactly one line per skipped input and nothing else", () => {
    const expected = BAD_INPUTS.flatMap((input) => input.skipped.map((skip) => `${input.file}${skip.at}`)).sort();
    const lines = run.stderr.trim().split("\n");
    expect([...skippedLines(run.stderr, inputs).keys()].sort()).toEqual(expected);
    expect(lines).toHaveLength(expected.length);
  });

  it.each(BAD_INPUTS.map((input) => [input.case, input] as const))("handles %s", (_, input) => {
    const lines = skippedLines(run.stderr, inputs);
    for (const skip of input.skipped) expect(lines.get(`${input.file}${skip.at}`)).toMatch(skip.reason);
    const kept = storedFiles.filter((file) => file === input.file || file.startsWith(`${input.file}:`));
    expect(kept).toEqual(input.kept.map((at) => `${input.file}${at}`));
  });

  // Regression: readers used to start `reason` with the location too, so lines read "skipped F: F: reason".
  it("names the file once per line", () => {
    for (const [location, reason] of skippedLines(run.stderr, inputs))
      expect(reason.startsWith(join(inputs, location))).toBe(false);
  });
});

describe("language and size options", () => {
  it("keeps the non-English article with --all-languages", async () => {
    const folder = join(dir, "lang");
    mkdirSync(folder);
    const german = BAD_INPUTS.find((input) => input.file === "german.txt")!;
    writeFileSync(join(folder, german.file), german.bytes);
    const result = await runCliCaptured(["extract", folder, "--all-languages", "--workers", "1"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { articles: Array<{ title: string; language: string }> };
    expect(parsed.articles.map(({ title, language }) => ({ title, language }))).toEqual([
      { title: "Scholz warnt Russland", language: "de" },
    ]);
  });

  it("rejects a 51 MiB text file under the default 50 MiB limit and keeps the good file", async () => {
    const folder = join(dir, "large");
    mkdirSync(folder);
    const big = join(folder, "big.txt");
    const fd = openSync(big, "w");
    const block = Buffer.from("Officials said the talks would continue next week in Geneva. ".repeat(16_384));
    for (let written = 0; written <= 51 * 1024 * 1024; written += block.length) writeSync(fd, block);
    closeSync(fd);
    writeFileSync(join(folder, "good.txt"), GOOD_ARTICLE);
    const result = await runCliCaptured(["extract", folder, "--workers", "1"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped \S+big\.txt: .*bytes is over the 52428800-byte limit/);
    expect(result.stderr).toContain("extracted 1 articles");
    rmSync(big);
  });

  it("applies --max-file-mb, and streams a JSONL file past the limit line by line", async () => {
    const folder = join(dir, "limit");
    mkdirSync(folder);
    writeFileSync(join(folder, "two-mb.txt"), "Officials said the talks would go on. ".repeat(60_000));
    const record = (text: string) => JSON.stringify({ title: "Blinken meets Lavrov", text });
    const feed = [
      record(GOOD_ARTICLE.split("\n\n")[1]!),
      record("padding ".repeat(200_000)),
      record("Putin met Xi Jinping in Beijing on Friday."),
    ];
    writeFileSync(join(folder, "feed.jsonl"), feed.join("\n"));
    const result = await runCliCaptured(["extract", folder, "--max-file-mb", "1", "--workers", "1"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped \S+two-mb\.txt: .*over the 1048576-byte limit/);
    expect(result.stderr).toMatch(/skipped \S+feed\.jsonl:2: .*line 2 is longer than 1048576 characters/);
    expect(result.stderr).toContain("extracted 2 articles");
  });
});

describe("a 190 MB JSONL file", () => {
  it("is streamed: the CLI ingests its records and memory stays far below the file size", async () => {
    const file = join(dir, "big.jsonl");
    const record = (day: string) =>
      JSON.stringify({
        title: `Blinken meets Lavrov on ${day}`,
        text: `US Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov in Geneva on ${day}.`,
      });
    const fd = openSync(file, "w");
    writeSync(fd, `${record("Friday")}\n`);
    const filler = Buffer.from(`${" ".repeat(1_023)}\n`.repeat(1_024));
    for (let i = 0; i < 120; i++) writeSync(fd, filler);
    writeSync(fd, `${record("Monday")}\n${"x".repeat(70 * 1024 * 1024)}\n${record("Tuesday")}\n`);
    closeSync(fd);
    const baseline = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed + now.external - baseline.heapUsed - baseline.external);
    }, 5);
    const result = await runCliCaptured(["extract", file, "--workers", "1", "--all-languages"]).finally(() =>
      clearInterval(sampler),
    );
    rmSync(file);
    console.info(
      `[bad-input] 190 MB JSONL extracted with a peak heap+external growth of ${(peak / 2 ** 20).toFixed(1)} MiB`,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/skipped \S+big\.jsonl:122883: .*line 122883 is longer than 52428800 characters/);
    expect(result.stderr).toContain("extracted 3 articles");
    expect(peak).toBeLessThan(64 * 2 ** 20);
  }, 60_000);
});

describe("exit codes", () => {
  it.each([
    {
      name: "nothing ingestible",
      args: (d: string) => ["ingest", join(d, "only-bad"), "--store", join(d, "s1")],
      code: 1,
      line: /skipped .*empty\.txt: /,
    },
    {
      name: "an unknown option",
      args: () => ["ingest", "x.txt", "--frobnicate"],
      code: 2,
      line: /Unknown option '--frobnicate'/,
    },
  ])("exits $code for $name, in a process, with no stack trace", async ({ args, code, line }) => {
    mkdirSync(join(dir, "only-bad"), { recursive: true });
    writeFileSync(join(dir, "only-bad", "empty.txt"), "");
    const result = await runCliProcess(args(dir));
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(line);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    { name: "a missing path", args: (d: string) => ["extract", join(d, "missing.txt")], code: 1, line: /missing\.txt/ },
    {
      name: "a bad --max-file-mb",
      args: () => ["extract", "x.txt", "--max-file-mb", "lots"],
      code: 2,
      line: /--max-file-mb/,
    },
    { name: "a bad --batch-size", args: () => ["ingest", "x.txt", "--batch-size", "0"], code: 2, line: /--batch-size/ },
    {
      name: "a too long --wait",
      args: () => ["ingest", "x.txt", "--wait", "1000000"],
      code: 2,
      line: /--wait must be a whole number from 0 to 86400/,
    },
    { name: "a missing command argument", args: () => ["ingest"], code: 2, line: /give at least one file/ },
  ])("exits $code for $name with one line (and the summary)", async ({ args, code, line }) => {
    const result = await runCliCaptured(args(dir));
    expect(result.code).toBe(code);
    const lines = result.stderr.trim().split("\n");
    expect(lines[0]).toMatch(line);
    expect(lines.slice(1)).toEqual(code === 2 ? [] : [expect.stringMatching(/^newsgraph: extracted 0 articles/)]);
  });

  // Regression: Node's parseArgs message for a value starting with a dash used to come through as three lines.
  it("answers a negative --wait in one line", async () => {
    const result = await runCliCaptured(["ingest", "x.txt", "--wait", "-3"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });
});
