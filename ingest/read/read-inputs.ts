// The entry point of ingestion: paths (files, directories), `http(s)://` URLs and `-` for stdin, to a stream of
// articles and rejections. A bad input never aborts the batch: it becomes a rejection with a code and a one-line
// reason. Metadata sidecars (index.csv) among the inputs fill in what the articles they name do not give.

import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { applyMetadata } from "./apply-metadata.ts";
import { decodeText } from "./decode-text.ts";
import { DEFAULT_MAX_REDIRECTS, fetchUrl, USER_AGENT } from "./fetch-url.ts";
import { fileNameDate } from "./file-name-date.ts";
import { inputFormatForPath, isSilentlySkipped } from "./input-format-for-path.ts";
import { parseInputText } from "./parse-input-text.ts";
import { type ReadOptions, resolveReadOptions } from "./read-options.ts";
import { readJsonlStream } from "./read-jsonl-stream.ts";
import { sniffFormat } from "./sniff-format.ts";
import type { InputFormat, InputRejection, ReadResult } from "./source-article.ts";
import { metadataFor, planInputs, type InputPlan } from "./plan-inputs.ts";

/** Bytes of stdin looked at to guess its format. */
export const STDIN_SNIFF_BYTES = 64 * 1024;

function rejected(file: string, code: InputRejection["code"], reason: string): ReadResult {
  return { kind: "rejected", rejection: { file, code, reason } };
}

/** Rejects articles whose text came out empty (an HTML page of menus only, a Markdown file of front matter only). */
function* checked(results: Iterable<ReadResult>): Generator<ReadResult> {
  for (const result of results) {
    if (result.kind === "article" && result.article.text.trim() === "") {
      yield rejected(result.article.file, "EMPTY", `${result.article.file}: no article text (${result.article.format})`);
    } else {
      yield result;
    }
  }
}

/** Formats that hold one article per file: the file's name may date it. */
const SINGLE_ARTICLE_FORMATS: ReadonlySet<InputFormat> = new Set(["txt", "md", "html"]);

function* withMetadata(results: Iterable<ReadResult>, plan: InputPlan, path: string, format: InputFormat): Generator<ReadResult> {
  const entry = metadataFor(plan, path);
  const fileDate = SINGLE_ARTICLE_FORMATS.has(format) || format === "json" ? fileNameDate(path) : null;
  for (const result of results) {
    if (result.kind !== "article") yield result;
    else yield { kind: "article", article: applyMetadata(result.article, entry, result.article.file === path ? fileDate : null) };
  }
}

function* readBytes(bytes: Uint8Array, file: string, format: Exclude<InputFormat, "jsonl">): Generator<ReadResult> {
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    yield rejected(file, decoded.code, `${file}: ${decoded.reason}`);
    return;
  }
  yield* checked(parseInputText(decoded.text, file, format));
}

/** Whether one of the first lines of `text` is a JSON object on a line of its own. */
function looksLikeJsonl(text: string): boolean {
  return text.split("\n", 10).some((line) => sniffFormat(line) === "jsonl");
}

function errorCode(error: unknown): string {
  return error !== null && typeof error === "object" && "code" in error ? String(error.code) : "";
}

async function* readPath(path: string, options: ReadOptions, inDirectory: boolean, plan: InputPlan): AsyncGenerator<ReadResult> {
  const format = inputFormatForPath(path);
  if (format === null) {
    if (inDirectory && isSilentlySkipped(path)) return;
    yield rejected(path, "UNSUPPORTED", `${path}: unsupported file type; newsgraph reads .txt, .md, .html, .htm, .json, .jsonl, .csv and RSS/Atom feeds (.rss, .atom, .xml), and http(s) URLs (use - with stdin for other text)`);
    return;
  }
  if (inDirectory && isSilentlySkipped(path)) return;
  if (format === "jsonl") {
    const stream = readJsonlStream(createReadStream(path, { highWaterMark: 64 * 1024 }), path, options.maxFileBytes);
    for await (const result of stream) yield* withMetadata([result], plan, path, format);
    return;
  }
  const info = await stat(path);
  if (info.size > options.maxFileBytes) {
    yield rejected(path, "TOO_LARGE", `${path}: ${info.size} bytes is over the ${options.maxFileBytes}-byte limit (maxFileBytes); split it or convert it to .jsonl, which is streamed`);
    return;
  }
  yield* withMetadata(readBytes(await readFile(path), path, format), plan, path, format);
}

async function* readUrl(url: string, options: ReadOptions): AsyncGenerator<ReadResult> {
  const fetched = await fetchUrl(url, {
    timeoutMs: options.fetchTimeoutMs,
    maxBytes: options.maxFileBytes,
    maxRedirects: DEFAULT_MAX_REDIRECTS,
    userAgent: USER_AGENT,
  });
  if (!fetched.ok) {
    yield rejected(url, fetched.code, `${url}: ${fetched.reason}`);
    return;
  }
  if (fetched.format === "jsonl") {
    yield* readJsonlStream((async function* () {
      yield fetched.bytes;
    })(), url, options.maxFileBytes);
    return;
  }
  for (const result of readBytes(fetched.bytes, url, fetched.format)) {
    // A page's own canonical URL wins; else the address it was fetched from (after redirects).
    yield result.kind === "article" && result.article.url === null && result.article.file === url
      ? { kind: "article", article: { ...result.article, url: fetched.url } }
      : result;
  }
}

async function* prepend(first: Uint8Array[], rest: AsyncIterator<Uint8Array | string>): AsyncGenerator<Uint8Array> {
  yield* first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) {
    yield typeof next.value === "string" ? Buffer.from(next.value) : next.value;
  }
}

async function* readStdin(stdin: Readable, options: ReadOptions): AsyncGenerator<ReadResult> {
  const file = "-";
  const iterator = (stdin[Symbol.asyncIterator]() as AsyncIterator<Uint8Array | string>);
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < STDIN_SNIFF_BYTES) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    size += chunk.length;
  }
  const head = Buffer.concat(chunks);
  const decodedHead = decodeText(head.subarray(0, STDIN_SNIFF_BYTES));
  // A binary head may still be JSONL whose first record is bad: each record is judged on its own.
  const format = decodedHead.ok
    ? sniffFormat(decodedHead.text)
    : looksLikeJsonl(new TextDecoder().decode(head.subarray(0, STDIN_SNIFF_BYTES)))
      ? "jsonl"
      : "txt";
  if (format === "jsonl") {
    yield* readJsonlStream(prepend(chunks, iterator), file, options.maxFileBytes);
    return;
  }
  while (!done && size <= options.maxFileBytes) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === "string" ? Buffer.from(next.value) : next.value;
    chunks.push(chunk);
    size += chunk.length;
  }
  if (size > options.maxFileBytes) {
    await iterator.return?.();
    yield rejected(file, "TOO_LARGE", `-: stdin is over the ${options.maxFileBytes}-byte limit (maxFileBytes); pipe JSONL, which is streamed, or pass files`);
    return;
  }
  yield* readBytes(Buffer.concat(chunks), file, format);
}

/**
 * Reads articles from paths, URLs and stdin. Files are read by extension (.txt, .md, .html/.htm, .json, .jsonl,
 * .csv/.tsv article tables, .rss/.atom/.xml feeds); directories recursively in sorted order (hidden entries and
 * node_modules skipped; images, media, archives, binaries and README/LICENSE-style documentation skipped silently;
 * other unknown types reported as UNSUPPORTED); metadata sidecars among them (or in `options.metadata`) are not
 * articles but fill in the files they name; `http(s)://` inputs are fetched by the bounded client; `-` reads
 * `options.stdin` and sniffs its format. `options.onPlan` hears how many articles to expect before the first one.
 * Missing paths, unreadable, binary, empty, oversized and malformed inputs are yielded as rejections, never thrown.
 * Throws only UsageError for invalid options.
 * @example
 * for await (const result of readInputs(["articles/", "-"], { stdin: process.stdin })) {
 *   if (result.kind === "article") console.log(result.article.file, result.article.title);
 * }
 */
export async function* readInputs(inputs: readonly string[], partial: Partial<ReadOptions> = {}): AsyncGenerator<ReadResult> {
  const options = resolveReadOptions(partial);
  const plan = await planInputs(inputs, { ...options, metadataFiles: options.metadata, estimate: options.onPlan !== null });
  options.onPlan?.({ articles: plan.articles, sidecars: plan.sidecars, described: plan.metadata.size });
  for (const item of plan.items) {
    switch (item.kind) {
      case "stdin":
        if (options.stdin === null) {
          yield rejected("-", "NOT_FOUND", "-: stdin was named as an input but no stdin stream was given (options.stdin)");
        } else {
          yield* readStdin(options.stdin, options);
        }
        break;
      case "url":
        yield* readUrl(item.url, options);
        break;
      case "file":
        yield* readOrReject(item.path, options, item.inDirectory, plan);
        break;
      case "error":
        yield fileError(item.path, item.error);
        break;
      case "rejected":
        yield { kind: "rejected", rejection: item.rejection };
        break;
    }
  }
}

async function* readOrReject(path: string, options: ReadOptions, inDirectory: boolean, plan: InputPlan): AsyncGenerator<ReadResult> {
  try {
    yield* readPath(path, options, inDirectory, plan);
  } catch (error) {
    yield fileError(path, error);
  }
}

function fileError(path: string, error: unknown): ReadResult {
  const code = errorCode(error);
  if (code === "ENOENT" || code === "ENOTDIR") return rejected(path, "NOT_FOUND", `${path}: no such file or directory; check the path`);
  if (code === "EACCES" || code === "EPERM") return rejected(path, "NOT_FOUND", `${path}: permission denied; check the file's permissions`);
  if (code === "EISDIR") return rejected(path, "UNSUPPORTED", `${path}: is a directory where a file was expected`);
  const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 200);
  return rejected(path, "MALFORMED", `${path}: could not be read (${detail})`);
}
