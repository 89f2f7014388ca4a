// Before anything is read: the inputs expanded into the files, URLs and stdin to read (folders walked in sorted
// order), the metadata sidecars among them taken out and loaded, and an estimate of how many articles are coming
// (one per page or text file; records, rows and feed items counted by a quick scan), so progress has a total.

import { createReadStream } from "node:fs";
import { open, readFile, stat } from "node:fs/promises";
import { extname, resolve } from "node:path";
import { decodeText } from "./decode-text.ts";
import { inputFormatForPath, isSilentlySkipped } from "./input-format-for-path.ts";
import { isSidecarHeader, parseCsvSidecar, parseJsonlSidecar, type SidecarEntries, type SidecarEntry } from "./metadata-sidecar.ts";
import { csvSeparator } from "./parse-csv.ts";
import type { InputRejection } from "./source-article.ts";
import { walkDirectory } from "./walk-directory.ts";

export type PlannedInput =
  | { kind: "stdin" }
  | { kind: "url"; url: string }
  | { kind: "file"; path: string; inDirectory: boolean }
  | { kind: "error"; path: string; error: unknown }
  | { kind: "rejected"; rejection: InputRejection };

export interface InputPlan {
  items: PlannedInput[];
  /** Sidecar entries by the absolute path of the file they describe. */
  metadata: Map<string, SidecarEntry>;
  /** The sidecar files found or given. */
  sidecars: string[];
  /** Estimated number of articles; null when stdin is among the inputs (its size is not known ahead), or not asked. */
  articles: number | null;
}

const URL_INPUT = /^https?:\/\//i;
/** Bytes of a CSV or JSONL file read to decide whether it is a sidecar. */
const SIDECAR_SNIFF_BYTES = 64 * 1024;

export function isUrlInput(input: string): boolean {
  return URL_INPUT.test(input);
}

async function firstLine(path: string): Promise<string | null> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(SIDECAR_SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const decoded = decodeText(buffer.subarray(0, bytesRead));
    if (!decoded.ok) return null;
    const text = decoded.text.replace(/^\s+/, "");
    const end = text.indexOf("\n");
    return end === -1 ? text : text.slice(0, end);
  } finally {
    await handle.close();
  }
}

/** The field names of a CSV header line or of a JSONL file's first record; null when neither. */
async function sidecarKind(path: string): Promise<"csv" | "jsonl" | null> {
  const format = inputFormatForPath(path);
  if (format !== "csv" && format !== "jsonl") return null;
  const line = await firstLine(path).catch(() => null);
  if (line === null) return null;
  if (format === "csv") {
    const names = line.split(csvSeparator(line)).map((name) => name.replace(/^"|"$/g, "").trim());
    return isSidecarHeader(names) ? "csv" : null;
  }
  try {
    const record = JSON.parse(line) as unknown;
    if (record === null || typeof record !== "object" || Array.isArray(record)) return null;
    return isSidecarHeader(Object.keys(record)) ? "jsonl" : null;
  } catch {
    // A first line that is not JSON: not a sidecar; the JSONL reader reports it.
    return null;
  }
}

async function loadSidecar(path: string, kind: "csv" | "jsonl", maxBytes: number): Promise<SidecarEntries> {
  const info = await stat(path);
  if (info.size > maxBytes) throw new Error(`${info.size} bytes is over the ${maxBytes}-byte limit`);
  const decoded = decodeText(await readFile(path));
  if (!decoded.ok) throw new Error(decoded.reason);
  return kind === "csv" ? parseCsvSidecar(decoded.text, path) : parseJsonlSidecar(decoded.text, path);
}

/** Articles in a file, estimated without parsing it: records, rows or feed items by a quick count. */
async function estimateArticles(path: string, maxBytes: number): Promise<number> {
  const format = inputFormatForPath(path);
  if (format === null || (format !== "jsonl" && format !== "csv" && format !== "feed")) return 1;
  const info = await stat(path).catch(() => null);
  if (info === null || (format !== "jsonl" && info.size > maxBytes)) return 1;
  if (format === "feed") {
    const text = (await readFile(path)).toString("utf8");
    return Math.max(1, (text.match(/<(?:item|entry)[\s>]/g) ?? []).length);
  }
  // Lines counted as the file streams: a JSONL file may be far larger than memory should hold.
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) lines++;
    if (chunk.length > 0) last = chunk[chunk.length - 1]!;
  }
  if (last !== 0x0a) lines++;
  return Math.max(1, format === "csv" ? lines - 1 : lines);
}

/**
 * Expands `inputs`, loads the sidecars (those given in `metadataFiles` and those found among the inputs) and, when
 * `estimate`, estimates the number of articles. Problems become `error` or `rejected` items in input order; never
 * throws.
 */
export async function planInputs(
  inputs: readonly string[],
  options: { followSymlinks: boolean; maxFileBytes: number; metadataFiles: readonly string[]; estimate: boolean },
): Promise<InputPlan> {
  const items: PlannedInput[] = [];
  for (const input of inputs) {
    if (input === "-") items.push({ kind: "stdin" });
    else if (isUrlInput(input)) items.push({ kind: "url", url: input });
    else {
      try {
        const info = await stat(input);
        if (info.isDirectory()) {
          for await (const entry of walkDirectory(input, options)) {
            if (entry.kind === "error") items.push({ kind: "error", path: entry.path, error: entry.error });
            else items.push({ kind: "file", path: entry.path, inDirectory: true });
          }
        } else if (info.isFile()) {
          items.push({ kind: "file", path: input, inDirectory: false });
        } else {
          items.push({
            kind: "rejected",
            rejection: { file: input, code: "UNSUPPORTED", reason: `${input}: not a regular file or directory (a device, socket or pipe); use - for piped input` },
          });
        }
      } catch (error) {
        items.push({ kind: "error", path: input, error });
      }
    }
  }
  const metadata = new Map<string, SidecarEntry>();
  const sidecars: string[] = [];
  const load = async (path: string, kind: "csv" | "jsonl"): Promise<PlannedInput | null> => {
    try {
      for (const [file, entry] of await loadSidecar(path, kind, options.maxFileBytes)) metadata.set(file, entry);
      sidecars.push(path);
      return null;
    } catch (error) {
      const detail = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 200);
      return { kind: "rejected", rejection: { file: path, code: "MALFORMED", reason: `${path}: metadata sidecar could not be read (${detail})` } };
    }
  };
  for (const path of options.metadataFiles) {
    const kind = extname(path).toLowerCase() === ".jsonl" ? "jsonl" : "csv";
    const failed = await load(path, kind);
    if (failed) items.push(failed);
  }
  const kept: PlannedInput[] = [];
  for (const item of items) {
    if (item.kind === "file" && !(item.inDirectory && isSilentlySkipped(item.path))) {
      const kind = await sidecarKind(item.path);
      if (kind !== null) {
        const failed = await load(item.path, kind);
        if (failed) kept.push(failed);
        continue;
      }
    }
    kept.push(item);
  }
  let articles: number | null = options.estimate ? 0 : null;
  for (const item of kept) {
    if (item.kind === "stdin") articles = null;
    else if (articles !== null && item.kind === "url") articles += 1;
    else if (articles !== null && item.kind === "file" && inputFormatForPath(item.path) !== null && !(item.inDirectory && isSilentlySkipped(item.path))) {
      articles += await estimateArticles(item.path, options.maxFileBytes);
    }
  }
  return { items: kept, metadata, sidecars, articles };
}

/** The sidecar entry for a file read from `path`, if any. */
export function metadataFor(plan: InputPlan, path: string): SidecarEntry | null {
  return plan.metadata.get(resolve(path)) ?? null;
}
