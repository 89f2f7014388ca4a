// One JSON record ({ text | body, id?, title?, published? | date?, url?, source? }) to a SourceArticle, shared by
// the JSON and JSONL readers and by stdin. HTML bodies are reduced to their text.

import { htmlToArticle } from "./html-to-article.ts";
import type { InputFormat, ReadResult } from "./source-article.ts";

const HTML_BODY = /<\/?(?:p|div|br|article|section|span|h[1-6])\b[^>]*>/i;

function field(record: Record<string, unknown>, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value) && key === "id") return String(value);
  }
  return null;
}

const PUBLISHED_KEYS = ["published", "date", "datePublished", "published_at", "publishedAt"] as const;
/** Epoch numbers below this are seconds, above it milliseconds (1e11 s is the year 5138; 1e11 ms is 1973). */
const EPOCH_SECONDS_LIMIT = 1e11;

/** The publication date as written, or an epoch number (seconds or milliseconds) as an ISO date-time. */
function publishedField(record: Record<string, unknown>): string | null {
  for (const key of PUBLISHED_KEYS) {
    const value = record[key];
    if (typeof value === "string" && value.trim() !== "") return value.trim();
    if (typeof value === "number" && Number.isFinite(value) && value > 0) {
      const date = new Date(value < EPOCH_SECONDS_LIMIT ? value * 1000 : value);
      if (date.getUTCFullYear() >= 1990 && date.getUTCFullYear() <= 2100) return date.toISOString();
    }
  }
  return null;
}

/**
 * Maps a parsed JSON value to an article or a rejection (MALFORMED when it is not an object, EMPTY when it has
 * no `text` or `body`). `file` is the record's location, e.g. `feed.jsonl:12`.
 */
export function recordToArticle(value: unknown, file: string, format: InputFormat): ReadResult {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const found = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    return {
      kind: "rejected",
      rejection: { file, code: "MALFORMED", reason: `${file}: expected a JSON object with "text" or "body", found ${found}` },
    };
  }
  const record = value as Record<string, unknown>;
  let text = field(record, "text", "body", "content");
  if (text === null) {
    return {
      kind: "rejected",
      rejection: { file, code: "EMPTY", reason: `${file}: the record has no non-empty "text" or "body" field` },
    };
  }
  if (HTML_BODY.test(text)) text = htmlToArticle(text).text;
  return {
    kind: "article",
    article: {
      file,
      format,
      id: field(record, "id"),
      title: field(record, "title", "headline"),
      published: publishedField(record),
      source: field(record, "source", "site", "publisher"),
      url: field(record, "url", "link"),
      text,
    },
  };
}
