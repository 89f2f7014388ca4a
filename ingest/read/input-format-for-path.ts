// Which reader a file name calls for, and which files a directory walk passes over without a word.

import { basename, extname } from "node:path";
import type { InputFormat } from "./source-article.ts";

const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  ".txt": "txt",
  ".text": "txt",
  ".md": "md",
  ".markdown": "md",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".tsv": "csv",
  ".rss": "feed",
  ".atom": "feed",
  ".xml": "feed",
};

/**
 * Extensions that are obviously not articles (images, media, archives, fonts, binaries, office files); a directory
 * walk skips them silently. Other unknown extensions in a directory are reported as UNSUPPORTED, so that a text
 * file the user may have meant (`.rtf`, `.docx`) is never dropped without a trace.
 */
export const SILENTLY_SKIPPED_EXTENSIONS: ReadonlySet<string> = new Set([
  ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".bmp", ".tif", ".tiff", ".avif", ".heic",
  ".mp3", ".mp4", ".m4a", ".wav", ".ogg", ".webm", ".mov", ".avi", ".mkv", ".flac",
  ".zip", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar", ".tar", ".zst",
  ".woff", ".woff2", ".ttf", ".otf", ".eot", ".exe", ".dll", ".so", ".dylib", ".bin", ".o", ".class", ".wasm",
  ".pyc", ".db", ".sqlite", ".sqlite3", ".map", ".lock", ".ds_store", ".css", ".js", ".mjs", ".ts",
]);

/** Project documentation that a directory walk skips: README, LICENSE, CHANGELOG, CONTRIBUTING (any extension). */
const DOCUMENTATION_NAME = /^(?:readme|license|licence|changelog|contributing|copying|notice)(?:\.[a-z]+)?$/i;

/** The format for a path by its extension, or null when newsgraph has no reader for it. */
export function inputFormatForPath(path: string): InputFormat | null {
  return FORMAT_BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** True for files a directory walk passes over silently: non-article media and binaries, and project documentation. */
export function isSilentlySkipped(path: string): boolean {
  return SILENTLY_SKIPPED_EXTENSIONS.has(extname(path).toLowerCase()) || DOCUMENTATION_NAME.test(basename(path));
}
