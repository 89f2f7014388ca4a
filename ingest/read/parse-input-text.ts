// Decoded text of one whole input (file or stdin) to articles by format: plain text, Markdown with front matter,
// HTML, JSON (one record, an array of records, or an object holding such an array), CSV article tables, and RSS or
// Atom feeds. JSONL has its own streamer.

import { csvToArticles } from "./csv-articles.ts";
import { feedToArticles, looksLikeFeed } from "./feed-to-articles.ts";
import { htmlToArticle, MAX_HTML_NESTING_DEPTH } from "./html-to-article.ts";
import { markdownToText } from "./markdown-to-text.ts";
import { parseFrontMatter } from "./parse-front-matter.ts";
import { recordToArticle } from "./record-to-article.ts";
import type { InputFormat, ReadResult, SourceArticle } from "./source-article.ts";

/** Keys of a JSON object that wrap an array of records: `{ "articles": [ … ] }`. */
const RECORD_LIST_KEYS = ["articles", "items", "records", "data"] as const;

function article(fields: Omit<SourceArticle, "id" | "title" | "published" | "source" | "url"> & Partial<SourceArticle>): ReadResult {
  return {
    kind: "article",
    article: {
      id: null,
      title: null,
      published: null,
      source: null,
      url: null,
      ...fields,
    },
  };
}

function orNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === "" ? null : value.trim();
}

function parseJson(text: string, file: string): ReadResult[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 200);
    return [{ kind: "rejected", rejection: { file, code: "MALFORMED", reason: `${file}: not valid JSON (${detail}); for one record per line use .jsonl` } }];
  }
  let list: unknown[] | null = Array.isArray(value) ? value : null;
  if (list === null && value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    const key = RECORD_LIST_KEYS.find((name) => Array.isArray(record[name]));
    if (key !== undefined && record.text === undefined && record.body === undefined) list = record[key] as unknown[];
  }
  if (list === null) return [recordToArticle(value, file, "json")];
  if (list.length === 0) return [{ kind: "rejected", rejection: { file, code: "EMPTY", reason: `${file}: the JSON array holds no records` } }];
  return list.map((item, index) => recordToArticle(item, `${file}:${index + 1}`, "json"));
}

/**
 * Parses a whole decoded input. Markdown front matter gives title, published (or date), source, url and id.
 * @example parseInputText("---\ntitle: Talks\n---\nThey met.", "a.md", "md")
 */
export function parseInputText(text: string, file: string, format: Exclude<InputFormat, "jsonl">): ReadResult[] {
  switch (format) {
    case "txt":
      return [article({ file, format, text: text.replace(/\r\n?/g, "\n") })];
    case "md": {
      const { fields, body } = parseFrontMatter(text.replace(/\r\n?/g, "\n"));
      return [
        article({
          file,
          format,
          text: markdownToText(body),
          id: orNull(fields.id),
          title: orNull(fields.title),
          published: orNull(fields.published ?? fields.date),
          source: orNull(fields.source),
          url: orNull(fields.url),
        }),
      ];
    }
    case "html": {
      const page = htmlToArticle(text);
      if (page.truncated && page.text === "") {
        return [{ kind: "rejected", rejection: { file, code: "MALFORMED", reason: `${file}: HTML nested deeper than ${MAX_HTML_NESTING_DEPTH} elements before any article text` } }];
      }
      return [article({ file, format, text: page.text, title: page.title, published: page.published, source: page.source, url: page.url })];
    }
    case "json":
      return parseJson(text, file);
    case "csv":
      return csvToArticles(text, file);
    case "feed":
      if (!looksLikeFeed(text)) {
        return [{ kind: "rejected", rejection: { file, code: "UNSUPPORTED", reason: `${file}: XML that is not an RSS or Atom feed` } }];
      }
      return feedToArticles(text, file);
  }
}
