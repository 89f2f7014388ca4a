// JSONL (one JSON record per line) read as a stream in bounded memory: only the current line is held. A malformed
// line becomes a rejection naming the file and line; the other lines are still read. Binary content is judged per
// record too: a line with a NUL or too many control characters costs that line only, wherever it is in the file;
// only a file whose first lines are all binary (an image or archive named .jsonl) is rejected whole.

import { detectBom, isBinaryText } from "./decode-text.ts";
import { recordToArticle } from "./record-to-article.ts";
import type { ReadResult } from "./source-article.ts";

/** A file whose first this many non-blank lines are all binary is not JSONL at all: rejected in one line. */
export const LEADING_BINARY_LINES = 3;

function reject(file: string, code: "EMPTY" | "BINARY" | "MALFORMED" | "TOO_LARGE", reason: string): ReadResult {
  return { kind: "rejected", rejection: { file, code, reason } };
}

/**
 * Reads JSONL records from byte chunks. Records are located as `file:LINE` (1-based); blank lines are skipped; a line
 * longer than `maxLineChars` is rejected with TOO_LARGE without being held in memory.
 * @example for await (const result of readJsonlStream(createReadStream("feed.jsonl"), "feed.jsonl", 1 << 20)) …
 */
export async function* readJsonlStream(
  chunks: AsyncIterable<Uint8Array | string>,
  file: string,
  maxLineChars: number,
): AsyncGenerator<ReadResult> {
  let decoder: TextDecoder | null = null;
  let head = new Uint8Array(0);
  let pending = "";
  let overflow = false;
  let lineNumber = 0;
  let records = 0;
  // Rejections of binary lines before the first line that is not: held until a text line shows the file is JSONL
  // (then each costs its line), or dropped for one line rejecting the file when its first lines are all binary.
  const leadingBinary: ReadResult[] = [];
  let textSeen = false;
  let abandoned = false;

  function* takeLine(line: string): Generator<ReadResult> {
    lineNumber++;
    const location = `${file}:${lineNumber}`;
    if (overflow) {
      overflow = false;
      records++;
      yield reject(location, "TOO_LARGE", `${location}: line ${lineNumber} is longer than ${maxLineChars} characters; it was skipped`);
      return;
    }
    const trimmed = line.trim();
    if (trimmed === "") return;
    records++;
    if (isBinaryText(trimmed)) {
      const rejection = reject(location, "BINARY", `${location}: line ${lineNumber} holds binary content (NUL or control characters), not a JSON record; the other lines are still read`);
      if (textSeen) {
        yield rejection;
        return;
      }
      leadingBinary.push(rejection);
      abandoned = leadingBinary.length >= LEADING_BINARY_LINES;
      return;
    }
    if (!textSeen) {
      textSeen = true;
      yield* leadingBinary.splice(0);
    }
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 200);
      yield reject(location, "MALFORMED", `${location}: line ${lineNumber} is not JSON (${detail}); the other lines are still read`);
      return;
    }
    yield recordToArticle(value, location, "jsonl");
  }

  function* feed(text: string): Generator<ReadResult> {
    let start = 0;
    for (let newline = text.indexOf("\n"); newline !== -1; newline = text.indexOf("\n", start)) {
      const line = overflow ? "" : pending + text.slice(start, newline);
      start = newline + 1;
      pending = "";
      if (line.length > maxLineChars) overflow = true;
      yield* takeLine(overflow ? "" : line);
      if (abandoned) return;
    }
    if (!overflow) pending += text.slice(start);
    if (pending.length > maxLineChars) {
      overflow = true;
      pending = "";
    }
  }

  for await (const chunk of chunks) {
    if (abandoned) break;
    if (typeof chunk === "string") {
      yield* feed(chunk);
      continue;
    }
    if (decoder === null) {
      // The BOM and the binary check need the first bytes; wait for at least four of them.
      const joined = new Uint8Array(head.length + chunk.length);
      joined.set(head);
      joined.set(chunk, head.length);
      if (joined.length < 4) {
        head = joined;
        continue;
      }
      const { encoding, bomLength } = detectBom(joined);
      decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
      yield* feed(decoder.decode(joined.subarray(bomLength), { stream: true }));
      continue;
    }
    yield* feed(decoder.decode(chunk, { stream: true }));
  }
  if (decoder === null && head.length > 0) {
    const { encoding, bomLength } = detectBom(head);
    decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: true });
    yield* feed(decoder.decode(head.subarray(bomLength), { stream: true }));
  }
  if (decoder !== null && !abandoned) yield* feed(decoder.decode());
  if (!abandoned && (pending !== "" || overflow)) yield* takeLine(pending);
  if (abandoned || (!textSeen && leadingBinary.length > 0)) {
    yield reject(file, "BINARY", `${file}: binary content (NUL or control characters in its first lines), not JSONL text`);
    return;
  }
  if (records === 0) yield reject(file, "EMPTY", `${file}: no JSONL records (empty or whitespace-only)`);
}
