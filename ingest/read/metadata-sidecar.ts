// A metadata sidecar: a CSV (or JSONL) file beside the articles that gives, for each file it names, any of its
// publication date, title, source, URL and language (the development corpus's index.csv: file, date, country). It
// fills what the article itself does not give; the reader applies it (record field > sidecar > text > file name).

import { dirname, resolve } from "node:path";
import { columnIndexes, foldColumnName, METADATA_COLUMNS, type MetadataField } from "./metadata-columns.ts";
import { parseCsv } from "./parse-csv.ts";

export interface SidecarEntry {
  published: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  language: string | null;
}

const SIDECAR_FIELDS = ["published", "title", "source", "url", "language"] as const;

/** The sidecar's entries by the absolute path of the file each names (relative names are from the sidecar's folder). */
export type SidecarEntries = Map<string, SidecarEntry>;

function value(text: string | undefined): string | null {
  return text === undefined || text.trim() === "" ? null : text.trim();
}

/**
 * True when a CSV header (or the keys of a JSONL record) makes a sidecar: a file column, at least one metadata
 * column, and no text column (a table with article text is an article table instead).
 */
export function isSidecarHeader(names: readonly string[]): boolean {
  const indexes = columnIndexes(names);
  return indexes.file !== -1 && indexes.text === -1 && SIDECAR_FIELDS.some((field) => indexes[field] !== -1);
}

/** The entries of a CSV sidecar at `path`. */
export function parseCsvSidecar(text: string, path: string): SidecarEntries {
  const table = parseCsv(text);
  const indexes = columnIndexes(table.header);
  const entries: SidecarEntries = new Map();
  const folder = dirname(path);
  for (const row of table.rows) {
    const file = value(row[indexes.file]);
    if (file === null) continue;
    const entry = {} as SidecarEntry;
    for (const field of SIDECAR_FIELDS) entry[field] = indexes[field] === -1 ? null : value(row[indexes[field]]);
    entries.set(resolve(folder, file), entry);
  }
  return entries;
}

function recordValue(record: Record<string, unknown>, field: MetadataField): string | null {
  const names: readonly string[] = METADATA_COLUMNS[field];
  for (const [key, found] of Object.entries(record)) {
    if (!names.includes(foldColumnName(key))) continue;
    if (typeof found === "string") return value(found);
    if (typeof found === "number" && Number.isFinite(found)) return String(found);
  }
  return null;
}

/** The entries of a JSONL sidecar at `path` (one `{ "file": …, "date": … }` per line; bad lines are passed over). */
export function parseJsonlSidecar(text: string, path: string): SidecarEntries {
  const entries: SidecarEntries = new Map();
  const folder = dirname(path);
  for (const line of text.split("\n")) {
    if (line.trim() === "") continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch {
      // A broken line costs that file its metadata only; the articles are still read.
      continue;
    }
    if (record === null || typeof record !== "object" || Array.isArray(record)) continue;
    const file = recordValue(record as Record<string, unknown>, "file");
    if (file === null) continue;
    const entry = {} as SidecarEntry;
    for (const field of SIDECAR_FIELDS) entry[field] = recordValue(record as Record<string, unknown>, field);
    entries.set(resolve(folder, file), entry);
  }
  return entries;
}
