// Event coding measured on the PETRARCH-2 unit-test records: source, target and PLOVER-type accuracy of our
// statements against gold CAMEO codings mapped to PLOVER with the PLOVER manual's conversion table.
//
// Matching method: gold actors are CAMEO codes (ARN, GONMIL, DAGGOV); the first three letters of a code name the
// country or group. An extracted actor matches a code when the first three letters of its name, or of its
// affiliation, equal them (Arnor → ARN, "Dagolath's Deputy Prime Minister Telemar" → DAG). Records coded as having
// no event are skipped; a gold coding counts as found when one statement of the record matches it.

import { readFileSync } from "node:fs";
import { isPloverEventType, type ArticleRecord, type PloverEventType } from "../graph-schema/index.ts";
import type { LocalActor } from "../ingest/extract/article-extraction.ts";
import type { Extractor } from "../ingest/extract/create-extractor.ts";

export interface PetrarchScores {
  records: number;
  codings: number;
  /** Codings whose PLOVER type the conversion table gives. */
  typedCodings: number;
  sourceAccuracy: number;
  targetAccuracy: number;
  typeAccuracy: number;
  /** Source, target and type right in one statement. */
  fullAccuracy: number;
  /** Records with at least one statement, over records with a gold event. */
  eventRate: number;
}

interface Coding {
  source: string;
  target: string;
  cameo: string;
}

/** The 2021 table's names for two event types that graph-schema names after the later PLOVER manual. */
export const PLOVER_TABLE_ALIASES: Readonly<Record<string, PloverEventType>> = {
  ACCUSE: "DISAPPROVE",
  REQUEST: "DEMAND",
};

/** Parses CAMEO2PLOVER: `code: PLOVER, mode, context # description` lines. */
export function parseCameoToPlover(content: string): Map<string, PloverEventType> {
  const table = new Map<string, PloverEventType>();
  for (const line of content.split("\n")) {
    const match = /^(\d{2,4}):\s*([A-Z]+)/.exec(line.trim());
    const name = match?.[2] ?? "";
    const type = isPloverEventType(name) ? name : PLOVER_TABLE_ALIASES[name];
    if (match && type) table.set(match[1] as string, type);
  }
  return table;
}

/** PLOVER type of a CAMEO code, falling back to its parent codes (0311 → 031 → 03). */
export function ploverOfCameo(table: ReadonlyMap<string, PloverEventType>, cameo: string): PloverEventType | null {
  for (let length = cameo.length; length >= 2; length--) {
    const found = table.get(cameo.slice(0, length));
    if (found) return found;
  }
  return null;
}

const prefix = (name: string | null): string =>
  (name ?? "")
    .replace(/[^\p{L}]/gu, "")
    .slice(0, 3)
    .toUpperCase();

function matchesCode(actor: LocalActor | undefined, code: string): boolean {
  if (!actor || code.length < 3) return false;
  const wanted = code.slice(0, 3).toUpperCase();
  return (
    prefix(actor.name) === wanted ||
    prefix(actor.affiliation) === wanted ||
    actor.aliases.some((alias) => prefix(alias) === wanted)
  );
}

/** Scores the extractor on the JSONL unit records. */
export function evaluatePetrarch(recordsPath: string, cameoPath: string, extractor: Extractor): PetrarchScores {
  const table = parseCameoToPlover(readFileSync(cameoPath, "utf8"));
  const lines = readFileSync(recordsPath, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0);
  let records = 0;
  let eventful = 0;
  let withStatements = 0;
  const totals = { codings: 0, typed: 0, source: 0, target: 0, type: 0, full: 0 };
  lines.forEach((line, index) => {
    const record = JSON.parse(line) as {
      id: string;
      date: string;
      text: string;
      codings: Array<Coding & { noevents?: string }>;
    };
    records++;
    const codings = record.codings.filter((c) => !c.noevents && c.cameo);
    if (codings.length === 0) return;
    eventful++;
    const article: ArticleRecord = {
      id: record.id ?? `petrarch-${index}`,
      file: "petrarch-unit-records.jsonl",
      title: record.text,
      published: /^\d{8}$/.test(record.date)
        ? `${record.date.slice(0, 4)}-${record.date.slice(4, 6)}-${record.date.slice(6, 8)}`
        : null,
      source: null,
      url: null,
      contentHash: "",
      language: "en",
    };
    const extraction = extractor.extract(article, record.text);
    const byId = new Map(extraction.actors.map((actor) => [actor.localId, actor]));
    const statements = extraction.relations.filter((r) => !r.negated && !r.hypothetical);
    if (statements.length > 0) withStatements++;
    for (const coding of codings) {
      totals.codings++;
      const plover = ploverOfCameo(table, coding.cameo);
      if (plover) totals.typed++;
      const sourceOk = (r: (typeof statements)[number]): boolean => matchesCode(byId.get(r.subject), coding.source);
      const targetOk = (r: (typeof statements)[number]): boolean => matchesCode(byId.get(r.object), coding.target);
      const typeOk = (r: (typeof statements)[number]): boolean => plover !== null && r.plover === plover;
      if (statements.some(sourceOk)) totals.source++;
      if (statements.some(targetOk)) totals.target++;
      if (statements.some(typeOk)) totals.type++;
      if (statements.some((r) => sourceOk(r) && targetOk(r) && typeOk(r))) totals.full++;
    }
  });
  const rate = (n: number, d: number): number => (d === 0 ? 0 : n / d);
  return {
    records,
    codings: totals.codings,
    typedCodings: totals.typed,
    sourceAccuracy: rate(totals.source, totals.codings),
    targetAccuracy: rate(totals.target, totals.codings),
    typeAccuracy: rate(totals.type, totals.typed),
    fullAccuracy: rate(totals.full, totals.codings),
    eventRate: rate(withStatements, eventful),
  };
}
