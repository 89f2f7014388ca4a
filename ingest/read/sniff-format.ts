// Guesses the format of stdin, which has no file extension: HTML, JSON, JSONL, Markdown with front matter, or text.

import { looksLikeFeed } from "./feed-to-articles.ts";
import type { InputFormat } from "./source-article.ts";

const HTML_START = /^(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<meta[\s>]|<!--)/i;
const HTML_TAG = /<\/(?:p|div|body|html|article|h[1-6]|span|section)>/i;

function isJsonObject(line: string): boolean {
  if (!line.startsWith("{") || !line.endsWith("}")) return false;
  try {
    JSON.parse(line);
    return true;
  } catch {
    // Not a complete JSON object on one line: the input is not JSONL.
    return false;
  }
}

/**
 * Sniffs the format from the first part of the input (a prefix is enough).
 * @example sniffFormat('{"text":"a"}\n{"text":"b"}\n') // "jsonl"
 */
export function sniffFormat(prefix: string): InputFormat {
  const text = prefix.replace(/^\ufeff/, "").trimStart();
  if (looksLikeFeed(text)) return "feed";
  if (HTML_START.test(text) || (text.startsWith("<") && HTML_TAG.test(text))) return "html";
  if (text.startsWith("[")) return "json";
  if (text.startsWith("{")) {
    const firstLine = text.slice(0, text.indexOf("\n") === -1 ? text.length : text.indexOf("\n")).trim();
    // One object per line makes JSONL, a single complete line too: a one-record JSONL and a one-line JSON read alike.
    return isJsonObject(firstLine) ? "jsonl" : "json";
  }
  if (/^---[ \t]*\r?\n/.test(text)) return "md";
  return "txt";
}
