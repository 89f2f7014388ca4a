// readInputs over the fixture files and over inputs generated in a temporary directory: every format, stdin,
// directories, encodings and BOMs, and every rejection code a reader can give.

import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readInputs } from "../../../ingest/read/read-inputs.ts";
import type { ReadOptions } from "../../../ingest/read/read-options.ts";
import type { ReadResult } from "../../../ingest/read/source-article.ts";
import { UsageError } from "../../../graph-schema/errors.ts";

const FIXTURES = new URL("../../fixtures/inputs/", import.meta.url).pathname;
let tmp = "";

async function readAll(inputs: string[], options: Partial<ReadOptions> = {}): Promise<ReadResult[]> {
  const results: ReadResult[] = [];
  for await (const result of readInputs(inputs, options)) results.push(result);
  return results;
}

/** Articles as `file → text` and rejections as `file → code`, the shape most rows assert. */
async function summary(inputs: string[], options: Partial<ReadOptions> = {}): Promise<[string, string][]> {
  return (await readAll(inputs, options)).map((result) =>
    result.kind === "article" ? [result.article.file, result.article.text] : [result.rejection.file, result.rejection.code],
  );
}

function utf16(text: string, endian: "le" | "be"): Buffer {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  return endian === "le" ? le : Buffer.from(le).swap16();
}

const SENTENCE = "Talks between the two delegations resumed in Vienna on Thursday.";

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), "newsgraph-read-"));
  const files: [string, string | Buffer][] = [
    ["utf8-bom.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)])],
    ["utf16le.txt", utf16(SENTENCE, "le")],
    ["utf16be.txt", utf16(SENTENCE, "be")],
    ["invalid-utf8.txt", Buffer.concat([Buffer.from("Caf"), Buffer.from([0xe9]), Buffer.from(" talks ended.")])],
    ["latin1-heavy.txt", Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0xe9 : 0xe8)))],
    ["binary.txt", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x41])],
    ["control.txt", Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61)))],
    ["empty.txt", ""],
    ["blank.md", "   \n\n\t\n"],
    ["only-front-matter.md", "---\ntitle: Nothing below\n---\n"],
    ["menus-only.html", "<html><body><nav><a href='/'>Home</a></nav><footer>Footer</footer></body></html>"],
    ["crlf.txt", "First line of a report.\r\n\r\nSecond paragraph here.\r\n"],
    ["notes.xml", "<notes/>"],
    ["big.txt", "x".repeat(2048)],
    ["big.jsonl", `${JSON.stringify({ text: "A small record in a large file." })}\n${JSON.stringify({ text: "y".repeat(3000) })}\n`],
    ["bad.json", '{"text": "unterminated'],
    ["empty-array.json", "[]"],
    ["wrapped.json", JSON.stringify({ articles: [{ text: "Inside a wrapper object." }] })],
    ["utf16.jsonl", utf16('{"text":"Sixteen-bit record."}\n', "le")],
    ["binary.jsonl", Buffer.from([0x7b, 0x00, 0x00, 0x7d, 0x0a])],
  ];
  for (const [name, content] of files) await writeFile(join(tmp, name), content);
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("readInputs", () => {
  it("reads Markdown front matter as metadata and headings and lists as plain lines", async () => {
    const results = await readAll([join(FIXTURES, "front-matter.md")]);
    expect(results).toEqual([
      {
        kind: "article",
        article: {
          file: join(FIXTURES, "front-matter.md"),
          format: "md",
          id: "vienna-1",
          title: "Ministers meet in Vienna",
          published: "2022-01-13",
          publishedFrom: "input",
          source: "Example Wire",
          url: "https://example.test/vienna",
          text: "Ministers meet in Vienna\n\nForeign ministers of the OSCE met in Vienna on Thursday.\n\nThe chair called for calm.\nRussia's envoy left early.",
        },
      },
    ]);
  });

  it("reads the main text and metadata of an HTML page, without chrome, scripts or captions", async () => {
    const results = await readAll([join(FIXTURES, "page.html")]);
    expect(results).toEqual([
      {
        kind: "article",
        article: {
          file: join(FIXTURES, "page.html"),
          format: "html",
          id: null,
          title: "Talks stall in Geneva",
          published: "2022-01-10T18:30:00+01:00",
          publishedFrom: "input",
          source: "Example Times",
          url: "https://example.test/geneva-talks",
          text: [
            "Talks stall in Geneva",
            "Diplomats from Washington and Moscow ended a long day of talks in Geneva without agreement on Monday.",
            "The American side said it had pushed back on proposals it called unacceptable, while the Russian envoy said his country & its army had no plan to attack.",
            "Both delegations agreed to report back to their capitals before deciding on the next round.",
          ].join("\n\n"),
        },
      },
    ]);
  });

  it("reads a JSON array as records located by index, rejecting the ones without text", async () => {
    const file = join(FIXTURES, "records.json");
    const results = await readAll([file]);
    expect(results.map((result) => (result.kind === "article" ? result.article : result.rejection.code))).toEqual([
      {
        file: `${file}:1`,
        format: "json",
        id: "r1",
        title: "Envoys meet",
        published: "2022-01-31",
        publishedFrom: "input",
        source: "Example Wire",
        url: "https://example.test/r1",
        text: "Envoys met at the United Nations in New York on Monday to discuss the border.",
      },
      {
        file: `${file}:2`,
        format: "json",
        id: null,
        title: null,
        published: null,
        source: null,
        url: null,
        text: "The second record carries its body as HTML.\n\nIt has two paragraphs.",
      },
      "EMPTY",
      "MALFORMED",
    ]);
  });

  it("keeps the valid JSONL lines and rejects a malformed line with its file and line number", async () => {
    const file = join(FIXTURES, "feed.jsonl");
    const results = await readAll([file]);
    expect(results.map((result) => (result.kind === "article" ? [result.article.file, result.article.id, result.article.published] : [result.rejection.file, result.rejection.code]))).toEqual([
      [`${file}:1`, "j1", null],
      [`${file}:3`, "MALFORMED"],
      [`${file}:4`, "j3", "2022-02-02"],
      [`${file}:5`, "MALFORMED"],
    ]);
    const malformed = results[1];
    expect(malformed?.kind === "rejected" && malformed.rejection.reason.startsWith(`${file}:3: line 3 is not JSON`)).toEqual(true);
  });

  it("walks a directory in sorted order, skipping hidden files, images and README, reporting unknown text types", async () => {
    const dir = join(FIXTURES, "dir");
    expect(await summary([dir])).toEqual([
      [join(dir, "a-index.csv"), "UNSUPPORTED"],
      [join(dir, "b-article.txt"), "A plain text article about talks in Minsk.\n\nIt has a second paragraph.\n"],
      [join(dir, "nested", "c-record.json"), "Nested JSON article about Warsaw."],
    ]);
  });

  it.each([
    ["utf8-bom.txt", SENTENCE],
    ["utf16le.txt", SENTENCE],
    ["utf16be.txt", SENTENCE],
    ["invalid-utf8.txt", "Caf\ufffd talks ended."],
    ["crlf.txt", "First line of a report.\n\nSecond paragraph here.\n"],
  ])("decodes %s", async (name, text) => {
    expect(await summary([join(tmp, name)])).toEqual([[join(tmp, name), text]]);
  });

  it("reads the records of an object wrapping an array, located by index", async () => {
    expect(await summary([join(tmp, "wrapped.json")])).toEqual([[`${join(tmp, "wrapped.json")}:1`, "Inside a wrapper object."]]);
  });

  it.each([
    ["latin1-heavy.txt", "ENCODING"],
    ["binary.txt", "BINARY"],
    ["control.txt", "BINARY"],
    ["binary.jsonl", "BINARY"],
    ["empty.txt", "EMPTY"],
    ["blank.md", "EMPTY"],
    ["only-front-matter.md", "EMPTY"],
    ["menus-only.html", "EMPTY"],
    ["notes.xml", "UNSUPPORTED"],
    ["bad.json", "MALFORMED"],
    ["empty-array.json", "EMPTY"],
    ["does-not-exist.txt", "NOT_FOUND"],
  ])("rejects %s with %s", async (name, code) => {
    expect(await summary([join(tmp, name)])).toEqual([[join(tmp, name), code]]);
  });

  it("rejects files over maxFileBytes as TOO_LARGE but streams JSONL, limiting each line instead", async () => {
    expect(await summary([join(tmp, "big.txt"), join(tmp, "big.jsonl")], { maxFileBytes: 1024 })).toEqual([
      [join(tmp, "big.txt"), "TOO_LARGE"],
      [`${join(tmp, "big.jsonl")}:1`, "A small record in a large file."],
      [`${join(tmp, "big.jsonl")}:2`, "TOO_LARGE"],
    ]);
  });

  it("reads UTF-16 JSONL with a BOM", async () => {
    expect(await summary([join(tmp, "utf16.jsonl")])).toEqual([[`${join(tmp, "utf16.jsonl")}:1`, "Sixteen-bit record."]]);
  });

  it("follows symbolic links in directories only when asked, and never round a cycle", async () => {
    const root = join(tmp, "links");
    await mkdir(join(root, "real"), { recursive: true });
    await writeFile(join(root, "real", "story.txt"), SENTENCE);
    await symlink(join(root, "real", "story.txt"), join(root, "linked-story.txt"));
    await symlink(root, join(root, "real", "loop"));
    await symlink(join(root, "missing.txt"), join(root, "dangling.txt"));
    const files = async (followSymlinks: boolean) => (await summary([root], { followSymlinks })).map(([file]) => file.slice(root.length + 1));
    expect([await files(false), await files(true)]).toEqual([
      ["real/story.txt"],
      ["linked-story.txt", "real/story.txt"],
    ]);
  });

  it("goes on with the next input after a missing one", async () => {
    expect(await summary(["/no/such/dir", join(FIXTURES, "dir", "b-article.txt")])).toEqual([
      ["/no/such/dir", "NOT_FOUND"],
      [join(FIXTURES, "dir", "b-article.txt"), "A plain text article about talks in Minsk.\n\nIt has a second paragraph.\n"],
    ]);
  });

  it("throws UsageError for an invalid maxFileBytes", async () => {
    await expect(readAll(["x"], { maxFileBytes: -1 })).rejects.toBeInstanceOf(UsageError);
  });
});

describe("binary content in JSONL, judged per record", () => {
  const good = (n: number) => JSON.stringify({ text: `Record ${n}: envoys met in Geneva.` });
  const kept = (n: number): [string, string] => [`f.jsonl:${n}`, `Record ${n}: envoys met in Geneva.`];
  const NUL_LINE = '{"text":"Bad\u0000record."}';
  const BINARY_LINE = "\u0001\u0002\u0003\u0004binary\u0005\u0006\u0007";
  it.each<[string, string, [string, string][]]>([
    ["a NUL in the first record", `${NUL_LINE}\n${good(2)}\n${good(3)}\n`, [["f.jsonl:1", "BINARY"], kept(2), kept(3)]],
    ["a NUL in a later record", `${good(1)}\n${NUL_LINE}\n${good(3)}\n`, [kept(1), ["f.jsonl:2", "BINARY"], kept(3)]],
    ["two binary lines before the records", `${BINARY_LINE}\n${BINARY_LINE}\n${good(3)}\n`, [["f.jsonl:1", "BINARY"], ["f.jsonl:2", "BINARY"], kept(3)]],
    ["binary first lines (not JSONL at all)", `${BINARY_LINE}\n${BINARY_LINE}\n${BINARY_LINE}\n${good(4)}\n`, [["f.jsonl", "BINARY"]]],
  ])("costs only its line: %s", async (_name, content, expected) => {
    const path = join(tmp, "f.jsonl");
    await writeFile(path, content);
    const rows = await summary([path]);
    expect(rows.map(([file, value]) => [file.slice(tmp.length + 1), value])).toEqual(expected);
  });
});

describe("readInputs on stdin", () => {
  const stdinRows: [string, string[], string | Buffer, [string, string][]][] = [
    ["plain text", ["-"], "Talks in Minsk ended.\n", [["-", "Talks in Minsk ended.\n"]]],
    ["HTML", ["-"], "<html><body><article><p>Ministers met in Kyiv.</p></article></body></html>", [["-", "Ministers met in Kyiv."]]],
    ["a JSON object", ["-"], '{\n  "title": "Envoys",\n  "text": "Envoys met in Paris."\n}', [["-", "Envoys met in Paris."]]],
    ["a JSON array", ["-"], '[{"text":"One."},{"text":"Two."}]', [["-:1", "One."], ["-:2", "Two."]]],
    ["JSONL", ["-"], '{"text":"First."}\nnot json\n{"text":"Third."}\n', [["-:1", "First."], ["-:2", "MALFORMED"], ["-:3", "Third."]]],
    ["Markdown with front matter", ["-"], "---\ntitle: Piped\n---\nBody from a pipe.", [["-", "Body from a pipe."]]],
    ["UTF-16 text", ["-"], utf16("Piped sixteen-bit text.", "le"), [["-", "Piped sixteen-bit text."]]],
    ["nothing", ["-"], "", [["-", "EMPTY"]]],
    ["JSONL whose first record holds a NUL", ["-"], '{"text":"Bad\u0000record."}\n{"text":"Second."}\n', [["-:1", "BINARY"], ["-:2", "Second."]]],
  ];

  it.each(stdinRows)("sniffs %s", async (_name, inputs, content, expected) => {
    const stdin = Readable.from([typeof content === "string" ? Buffer.from(content) : content]);
    expect(await summary(inputs, { stdin })).toEqual(expected);
  });

  it("reads epoch numbers as ISO dates, ignoring implausible ones", async () => {
    const stdin = Readable.from([Buffer.from('{"text":"A.","date":1643184000}\n{"text":"B.","published":1643184000000}\n{"text":"C.","date":-5}\n')]);
    const results = await readAll(["-"], { stdin });
    expect(results.map((result) => (result.kind === "article" ? result.article.published : result.rejection.code))).toEqual([
      "2022-01-26T08:00:00.000Z",
      "2022-01-26T08:00:00.000Z",
      null,
    ]);
  });

  it("streams JSONL from stdin in chunks that split lines and characters", async () => {
    const bytes = Buffer.from('{"text":"Ünïcode split across chunks."}\n{"text":"Second."}\n');
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.subarray(i * 3, i * 3 + 3));
    expect(await summary(["-"], { stdin: Readable.from(chunks) })).toEqual([
      ["-:1", "Ünïcode split across chunks."],
      ["-:2", "Second."],
    ]);
  });

  it("rejects stdin over maxFileBytes unless it is JSONL", async () => {
    const stdin = Readable.from([Buffer.from("word ".repeat(20_000))]);
    expect(await summary(["-"], { stdin, maxFileBytes: 1000 })).toEqual([["-", "TOO_LARGE"]]);
  });

  it("rejects - when no stdin stream was given", async () => {
    expect(await summary(["-"])).toEqual([["-", "NOT_FOUND"]]);
  });
});
