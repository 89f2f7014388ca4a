import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { escapeForTerminal } from "../../../src/cli/escape-for-terminal.ts";
import { formatRejection } from "../../../src/cli/report-rejection.ts";
import { runCliCaptured } from "../../support/run-cli-captured.ts";

describe("rejection lines", () => {
  it.each([
    { file: "plain.txt", shown: "plain.txt" },
    { file: "two\nlines.txt", shown: "two\\nlines.txt" },
    { file: "carriage\rreturn.txt", shown: "carriage\\rreturn.txt" },
    { file: "\u001b[2J\u001b[31mred.txt", shown: "\\x1b[2J\\x1b[31mred.txt" },
    { file: "report\u202Etxt.exe", shown: "report\\u202etxt.exe" },
    { file: "tab\there.txt", shown: "tab\\there.txt" },
    { file: "del\u007F.txt", shown: "del\\x7f.txt" },
    { file: "back\\slash.txt", shown: "back\\slash.txt" },
  ])("shows $file escaped, on one line, named once", ({ file, shown }) => {
    const line = formatRejection({ file, code: "EMPTY", reason: `${file}: empty or whitespace-only content` });
    expect(line).toBe(`newsgraph: skipped ${shown}: empty or whitespace-only content`);
    expect(line.split("\n")).toHaveLength(1);
  });

  it("escapes what a reason quotes from the input", () => {
    expect(escapeForTerminal("not JSON (Unexpected token \u0007 in \u0085)")).toBe(
      "not JSON (Unexpected token \\x07 in \\x85)",
    );
  });
});

describe("ingest with hostile file names", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsgraph-names-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names each rejected file on one escaped line", async () => {
    const news = join(dir, "news");
    mkdirSync(news);
    writeFileSync(
      join(news, "ok.txt"),
      "Talks stall\n\nNATO warned Russia on Monday against any further escalation.\n",
    );
    writeFileSync(join(news, "x\nnewsgraph: ingested 1000 articles.txt"), "");
    writeFileSync(join(news, "\u001b[2Jwipe.txt"), "   ");
    const run = await runCliCaptured(["ingest", news, "--store", join(dir, "store"), "--workers", "1"]);
    expect(run.code).toBe(0);
    expect(run.stderr.trim().split("\n")).toEqual([
      `newsgraph: skipped ${news}/\\x1b[2Jwipe.txt: empty or whitespace-only content`,
      `newsgraph: skipped ${news}/x\\nnewsgraph: ingested 1000 articles.txt: empty or whitespace-only content`,
    ]);
  });
});
