// Fuzzing the readers and cleaning with fast-check: random bytes under every extension, truncated UTF-8 and
// UTF-16, random JSON, JSONL and HTML, and stdin. Nothing throws; every input becomes articles or one-line
// rejections naming it; every cleaned article record meets the extraction contract. Seeds are fixed.

import fc from "fast-check";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateExtraction } from "../../graph-schema/validate-extraction.ts";
import { cleanArticle } from "../../ingest/clean/clean-article.ts";
import { readInputs } from "../../ingest/read/read-inputs.ts";
import { INPUT_FORMATS, type ReadResult } from "../../ingest/read/source-article.ts";

const REJECTION_CODES = [
  "EMPTY",
  "BINARY",
  "ENCODING",
  "TOO_LARGE",
  "MALFORMED",
  "UNSUPPORTED",
  "NOT_FOUND",
  "LANGUAGE",
  "DUPLICATE",
];
const EXTENSIONS = ["txt", "md", "html", "htm", "json", "jsonl"] as const;
const MAX_FILE_BYTES = 64 * 1024;

let dir: string;
let fileNumber = 0;
const tally = { cases: 0, articles: 0, rejections: 0 };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "newsgraph-fuzz-read-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  console.info(`[fuzz-readers] ${tally.cases} inputs read: ${tally.articles} articles, ${tally.rejections} rejections`);
});

/** Reads `bytes` as a file with `extension` (or from stdin) and checks every result; returns the results. */
async function readAndCheck(bytes: Uint8Array, extension: string | "-"): Promise<ReadResult[]> {
  tally.cases++;
  const path = extension === "-" ? "-" : join(dir, `case-${fileNumber++}.${extension}`);
  if (path !== "-") writeFileSync(path, bytes);
  const results: ReadResult[] = [];
  for await (const result of readInputs([path], {
    maxFileBytes: MAX_FILE_BYTES,
    stdin: Readable.from([Buffer.from(bytes)]),
  }))
    results.push(result);
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    if (result.kind === "rejected") {
      tally.rejections++;
      expect(result.rejection.file.startsWith(path)).toBe(true);
      expect(REJECTION_CODES).toContain(result.rejection.code);
      expect(result.rejection.reason).toMatch(/^[^\n]+$/);
      continue;
    }
    tally.articles++;
    expect(result.article.file.startsWith(path)).toBe(true);
    expect(INPUT_FORMATS).toContain(result.article.format);
    expect(typeof result.article.text).toBe("string");
    const cleaned = cleanArticle(result.article, { englishOnly: false });
    if (cleaned.kind === "rejected") {
      expect(cleaned.rejection.reason).toMatch(/^[^\n]+$/);
      continue;
    }
    expect(validateExtraction({ articles: [cleaned.record], actors: [], relations: [], responses: [] })).toEqual([]);
    expect(cleaned.text.trim()).not.toBe("");
  }
  return results;
}

const NEWS_TEXT = fc
  .array(
    fc.constantFrom(
      "NATO",
      "warned",
      "Russia",
      "on",
      "Monday",
      "Zelensky",
      "said",
      "“talks”",
      "é",
      "日本",
      "🙂",
      ",",
      ".",
      "\n\n",
      "<b>",
      "&amp;",
    ),
    { maxLength: 60 },
  )
  .map((words) => words.join(" "));

const extension = fc.constantFrom<(typeof EXTENSIONS)[number] | "-">(...EXTENSIONS, "-");

const HTML = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    NEWS_TEXT,
    fc
      .tuple(
        fc.constantFrom(
          "div",
          "p",
          "article",
          "script",
          "style",
          "nav",
          "a",
          "h1",
          "table",
          "td",
          "li",
          "img",
          "br",
          "iframe",
          "template",
          "svg",
          "title",
        ),
        fc.array(tie("node"), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(
        ([tag, children, closed]) =>
          `<${tag} class="x" data-a='"'>${(children as string[]).join("")}${closed ? `</${tag}>` : ""}`,
      ),
    fc.constantFrom(
      "<!--",
      "-->",
      "<![CDATA[",
      "]]>",
      "<",
      ">",
      "&#0;",
      "&#x110000;",
      "<!doctype html>",
      "</>",
      "<p <p>",
      '<meta charset="utf-16">',
    ),
  ),
})).node;

const RECORD = fc.record(
  {
    id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    title: fc.oneof(fc.string(), NEWS_TEXT, fc.constant(null), fc.integer()),
    text: fc.oneof(NEWS_TEXT, fc.string(), fc.constant(""), fc.array(fc.string(), { maxLength: 3 })),
    body: fc.oneof(NEWS_TEXT, fc.constant(null)),
    published: fc.oneof(
      fc.constantFrom("2022-02-24", "2022-13-45", "yesterday", "24 February 2022", ""),
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.integer(),
    ),
    url: fc.oneof(fc.webUrl(), fc.string()),
    source: fc.oneof(fc.string(), fc.constant(null)),
  },
  { requiredKeys: [] },
);

/** Every reason of reading `bytes` as `name` in `dir`. */
async function reasonsFor(name: string, bytes: string): Promise<string[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const reasons: string[] = [];
  for await (const result of readInputs([path])) if (result.kind === "rejected") reasons.push(result.rejection.reason);
  return reasons;
}

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("readers under fuzzing", () => {
  it.each([
    {
      name: "random bytes under every extension and stdin",
      seed: 20_220_224,
      runs: 400,
      input: fc.tuple(fc.uint8Array({ maxLength: 2_048 }), extension),
    },
    {
      name: "UTF-8 text cut at any byte",
      seed: 20_220_301,
      runs: 400,
      input: fc.tuple(
        fc.tuple(NEWS_TEXT, fc.nat()).map(([text, cut]) => {
          const bytes = encode(text);
          return bytes.subarray(0, cut % (bytes.length + 1));
        }),
        extension,
      ),
    },
    {
      name: "UTF-16 with a BOM, cut at any byte",
      seed: 20_220_302,
      runs: 300,
      input: fc.tuple(
        fc.tuple(NEWS_TEXT, fc.nat(), fc.boolean()).map(([text, cut, bigEndian]) => {
          const body = Buffer.from(text, "utf16le");
          const bytes = Buffer.concat([
            Buffer.from(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]),
            bigEndian ? body.swap16() : body,
          ]);
          return new Uint8Array(bytes.subarray(0, cut % (bytes.length + 1)));
        }),
        extension,
      ),
    },
    {
      name: "random JSON values and records",
      seed: 20_220_303,
      runs: 400,
      input: fc.tuple(
        fc
          .oneof(fc.jsonValue(), RECORD, fc.array(RECORD, { maxLength: 4 }))
          .map((value) => encode(JSON.stringify(value) ?? "")),
        fc.constantFrom("json", "jsonl", "-"),
      ),
    },
    {
      name: "JSONL with good, broken and blank lines",
      seed: 20_220_304,
      runs: 400,
      input: fc.tuple(
        fc
          .array(
            fc.oneof(
              RECORD.map((r) => JSON.stringify(r)),
              fc.string(),
              fc.constant(""),
              RECORD.map((r) => JSON.stringify(r).slice(0, -3)),
            ),
            { maxLength: 8 },
          )
          .map((lines) => encode(lines.join("\n"))),
        fc.constantFrom("jsonl", "-"),
      ),
    },
    {
      name: "random HTML",
      seed: 20_220_305,
      runs: 400,
      input: fc.tuple(
        fc.array(HTML, { maxLength: 6 }).map((nodes) => encode(nodes.join(""))),
        fc.constantFrom("html", "htm", "-"),
      ),
    },
  ])(
    "never throws on $name (seed $seed, $runs runs)",
    async ({ seed, runs, input }) => {
      await fc.assert(
        fc.asyncProperty(input as fc.Arbitrary<[Uint8Array, string]>, async ([bytes, ext]) => {
          await readAndCheck(bytes, ext);
        }),
        { seed, numRuns: runs },
      );
    },
    60_000,
  );
});

describe("rejection reasons", () => {
  // Regression found by the "UTF-8 text cut at any byte" run (seed 20220301): the reason embeds V8's JSON.parse
  // message, which quotes the input with its newlines ("Unexpected token 'N', \"\n\n N\" is not valid JSON").
  it("are one line even when the JSON parser quotes newlines", async () => {
    const reasons = [
      ...(await reasonsFor("newline.json", "\n\n N")),
      ...(await reasonsFor("cut.json", '{"source":nu\n')),
    ];
    expect(reasons).toHaveLength(2);
    for (const reason of reasons) expect(reason).toMatch(/^[^\n]+$/);
  });
});
