// The ingest summary's lines about dates and cross-article boilerplate: how the articles were dated (input,
// sidecar, date line, file name), how many are undated and why, and the repeated paragraphs dropped.

import type { DatingSummary, IngestSummary } from "../ingest/ingest-into-store.ts";

const FROM_LABELS = {
  input: "given in the input",
  sidecar: "from the metadata sidecar",
  text: "from a date line in the text",
  "file-name": "from the file name",
} as const;

/**
 * `dates      388 dated (380 from the metadata sidecar, 8 from a date line in the text); 2 undated: …`
 * @example formatDatingLine({ from: { input: 0, sidecar: 2, text: 0, "file-name": 0 }, undated: 0, unreadable: 0, unreadableExample: null, sidecars: ["index.csv"], described: 2 })
 */
export function formatDatingLine(dating: DatingSummary): string {
  const dated = Object.values(dating.from).reduce((sum, n) => sum + n, 0);
  const parts = (Object.keys(FROM_LABELS) as (keyof typeof FROM_LABELS)[])
    .filter((key) => dating.from[key] > 0)
    .map((key) => `${dating.from[key]} ${FROM_LABELS[key]}`);
  let line = `  dates      ${dated} dated${parts.length ? ` (${parts.join(", ")})` : ""}`;
  if (dating.undated > 0) {
    const reasons: string[] = [];
    const unreadable = Math.min(dating.unreadable, dating.undated);
    if (unreadable > 0) reasons.push(`${unreadable} with a date that could not be read, such as ${JSON.stringify(dating.unreadableExample)}`);
    if (dating.undated > unreadable) {
      reasons.push(`${dating.undated - unreadable} with no date in the input, ${dating.sidecars.length ? "the sidecar" : "a metadata sidecar"}, a date line or the file name`);
    }
    line += `; ${dating.undated} undated (${reasons.join("; ")}): give dates in a sidecar such as index.csv with file and date columns`;
  } else {
    line += "; none undated";
  }
  return line;
}

/** The summary lines this file adds: dates, sidecars read, and repeated paragraphs dropped. */
export function formatDatingLines(summary: Pick<IngestSummary, "dating" | "repeatedParagraphs">): string[] {
  const lines = [formatDatingLine(summary.dating)];
  if (summary.dating.sidecars.length > 0) {
    lines.push(`  metadata   ${summary.dating.sidecars.join(", ")} (${summary.dating.described} files described)`);
  }
  const { paragraphs, articles } = summary.repeatedParagraphs;
  if (paragraphs > 0) {
    lines.push(`  repeated   ${paragraphs} paragraph${paragraphs === 1 ? "" : "s"} recurring across a source's articles dropped, from ${articles} article${articles === 1 ? "" : "s"}`);
  }
  return lines;
}
