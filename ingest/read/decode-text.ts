// Bytes to text for every reader: BOM-aware (UTF-8, UTF-16LE/BE), lenient UTF-8 (U+FFFD for bad bytes), and the
// checks that turn binary, undecodable or empty content into a rejection code instead of garbage articles.

import type { InputRejection } from "./source-article.ts";

/** How many leading bytes are inspected for NUL and control characters. */
export const BINARY_SNIFF_BYTES = 64 * 1024;
/** Share of control characters (other than tab, newline, carriage return, form feed) above which content is binary. */
export const MAX_CONTROL_CHAR_RATIO = 0.1;
/** Share of U+FFFD replacement characters above which the content is not UTF-8 text at all. */
export const MAX_REPLACEMENT_CHAR_RATIO = 0.1;

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; code: InputRejection["code"]; reason: string };

/** The encoding announced by a byte order mark, and the BOM's length; UTF-8 when there is none. */
export function detectBom(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  return { encoding: "utf-8", bomLength: 0 };
}

/** True when the first BINARY_SNIFF_BYTES of BOM-less UTF-8 content hold a NUL byte or too many control bytes. */
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const byte = bytes[i] as number;
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) || byte === 0x7f) control++;
  }
  return end > 0 && control / end > MAX_CONTROL_CHAR_RATIO;
}

/**
 * True when decoded `text` (one record, one line) holds a NUL or more than MAX_CONTROL_CHAR_RATIO control
 * characters (other than tab, newline, carriage return, form feed): the per-record form of looksBinary.
 */
export function isBinaryText(text: string): boolean {
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) control++;
  }
  return text.length > 0 && control / text.length > MAX_CONTROL_CHAR_RATIO;
}

function countChar(text: string, char: string, limit: number): number {
  let count = 0;
  for (let i = text.indexOf(char); i !== -1 && i < limit; i = text.indexOf(char, i + 1)) count++;
  return count;
}

/**
 * Decodes file content to a string without a BOM. Never throws: binary content (NUL bytes, many control bytes),
 * content that is mostly undecodable, and empty or whitespace-only content come back as `{ ok: false, code }`.
 * @example decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69])) // { ok: true, text: "hi", encoding: "utf-8" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bomLength } = detectBom(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding === "utf-8" && looksBinary(body)) {
    return { ok: false, code: "BINARY", reason: "binary content (NUL or control bytes), not text" };
  }
  const text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  const sample = Math.min(text.length, BINARY_SNIFF_BYTES);
  if (encoding !== "utf-8" && countChar(text, "\u0000", sample) > 0) {
    return { ok: false, code: "BINARY", reason: `binary content (NUL characters after ${encoding} decoding)` };
  }
  if (text.trim() === "") return { ok: false, code: "EMPTY", reason: "empty or whitespace-only content" };
  const replaced = countChar(text, "\ufffd", sample);
  if (replaced >= 8 && replaced / sample > MAX_REPLACEMENT_CHAR_RATIO) {
    return {
      ok: false,
      code: "ENCODING",
      reason: `not ${encoding} text (${replaced} undecodable characters in the first ${sample}); convert it to UTF-8`,
    };
  }
  return { ok: true, text, encoding };
}
