// File-name dates, CSV parsing, metadata sidecars and CSV article tables: table-driven on text the team wrote.

import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { applyMetadata } from "../../../ingest/read/apply-metadata.ts";
import { csvToArticles } from "../../../ingest/read/csv-articles.ts";
import { fileNameDate } from "../../../ingest/read/file-name-date.ts";
import { isSidecarHeader, parseCsvSidecar, parseJsonlSidecar } from "../../../ingest/read/metadata-sidecar.ts";
import { parseCsv } from "../../../ingest/read/parse-csv.ts";
import type { SourceArticle } from "../../../ingest/read/source-article.ts";
import { plainSourceArticle } from "../../fixtures/plain-source-article.ts";

describe("fileNameDate", () => {
  it.each([
    ["corpus/20220125T090000Z_GB_en_7d015e6984.txt", "2022-01-25T09:00:00Z"],
    ["20220125T201500_PL.txt", "2022-01-25T20:15:00"],
    ["2022-01-25-talks-in-geneva.md", "2022-01-25"],
    ["news_2022-01-25T09:30Z.html", "2022-01-25T09:30:00Z"],
    ["briefing 2014-03-02.txt", "2014-03-02"],
    ["20220125-kyiv.txt", "2022-01-25"],
    ["article_12.txt", null],
    ["report-20229999.txt", null],
    ["2023-02-29-not-a-day.txt", null],
    ["1850-01-01-archive.txt", null],
    ["id-120220125999.txt", null],
  ])("%s → %s", (path, expected) => {
    expect(fileNameDate(path)).toBe(expected);
  });
});

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, CRLF and a BOM", () => {
    const table = parseCsv('\ufefffile,title\r\na.txt,"Talks, again"\r\nb.txt,"He said ""no""\nthen left"\r\n\r\n');
    expect(table.header).toEqual(["file", "title"]);
    expect(table.rows).toEqual([["a.txt", "Talks, again"], ["b.txt", 'He said "no"\nthen left']]);
    expect(table.lines).toEqual([2, 3]);
  });

  it("recognises semicolons and tabs by the header", () => {
    expect(parseCsv("file;date\na.txt;2022-01-25\n").rows).toEqual([["a.txt", "2022-01-25"]]);
    expect(parseCsv("file\tdate\na.txt\t2022-01-25\n").rows).toEqual([["a.txt", "2022-01-25"]]);
  });
});

describe("metadata sidecars", () => {
  it.each([
    [["file", "date", "country", "machine_translated"], true],
    [["File Name", "Published At", "Headline"], true],
    [["file", "country"], false],
    [["file", "title", "text"], false],
    [["title", "date"], false],
  ])("header %j is a sidecar: %s", (header, expected) => {
    expect(isSidecarHeader(header)).toBe(expected);
  });

  it("maps each named file, relative to the sidecar's folder, to its fields", () => {
    const entries = parseCsvSidecar(
      "file,date,country,title,source\n20220125T090000Z_GB.txt,2022-01-25T09:00:00Z,GB,,Kyiv Desk\nsub/b.txt,2022-02-01,PL,Border talks,\n",
      "/data/news/index.csv",
    );
    expect(entries.get(resolve("/data/news/20220125T090000Z_GB.txt"))).toEqual({
      published: "2022-01-25T09:00:00Z",
      title: null,
      source: "Kyiv Desk",
      url: null,
      language: null,
    });
    expect(entries.get(resolve("/data/news/sub/b.txt"))?.title).toBe("Border talks");
  });

  it("reads JSONL sidecars and passes over broken lines", () => {
    const entries = parseJsonlSidecar(
      '{"file":"a.txt","published":"2022-01-25","lang":"en"}\nnot json\n{"filename":"b.txt","url":"https://example.org/b"}\n',
      "/data/index.jsonl",
    );
    expect(entries.get(resolve("/data/a.txt"))).toMatchObject({ published: "2022-01-25", language: "en" });
    expect(entries.get(resolve("/data/b.txt"))?.url).toBe("https://example.org/b");
  });

  const article = (fields: Partial<SourceArticle>): SourceArticle => plainSourceArticle("Body.", "a.txt", fields);
  const entry = { published: "2022-02-01", title: "Sidecar title", source: "Desk", url: null, language: "en" };

  it.each([
    { given: { published: "2022-01-25" }, published: "2022-01-25", from: "input", title: "Sidecar title" },
    { given: {}, published: "2022-02-01", from: "sidecar", title: "Sidecar title" },
    { given: { title: "Own title" }, published: "2022-02-01", from: "sidecar", title: "Own title" },
  ])("record fields win over the sidecar: $given", ({ given, published, from, title }) => {
    const applied = applyMetadata(article(given), entry, "2021-12-01");
    expect(applied).toMatchObject({ published, publishedFrom: from, title, source: "Desk", language: "en", fileNameDate: "2021-12-01" });
  });
});

describe("CSV article tables", () => {
  it("reads each row with text as an article located by its line, and rejects rows without text", () => {
    const results = csvToArticles(
      'id,title,date,source,url,text\nk1,Talks end,2022-01-25,Kyiv Desk,https://example.org/1,"NATO and Russia ended talks in Geneva.\n\nBoth sides left."\nk2,Empty,2022-01-26,Kyiv Desk,,\n',
      "desk.csv",
    );
    expect(results[0]).toEqual({
      kind: "article",
      article: {
        file: "desk.csv:2",
        format: "csv",
        id: "k1",
        title: "Talks end",
        published: "2022-01-25",
        source: "Kyiv Desk",
        url: "https://example.org/1",
        text: "NATO and Russia ended talks in Geneva.\n\nBoth sides left.",
        language: null,
      },
    });
    expect(results[1]).toMatchObject({ kind: "rejected", rejection: { file: "desk.csv:5", code: "EMPTY" } });
  });

  it("rejects a CSV with neither a text nor a file column, naming the columns it found", () => {
    const [result] = csvToArticles("title,date\nTalks,2022-01-25\n", "odd.csv");
    expect(result).toMatchObject({ kind: "rejected", rejection: { code: "UNSUPPORTED" } });
    expect(result!.kind === "rejected" && result!.rejection.reason).toContain("found title, date");
  });
});
