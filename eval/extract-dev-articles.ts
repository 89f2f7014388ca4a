// Dev-gold harness: runs the extractor over plain-text corpus files (first line = headline) and writes the
// extraction-contract JSON that ../shared/eval/score-triples.mjs scores, with actor names as actor ids.

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { ArticleRecord } from "../graph-schema/index.ts";
import type { Extractor } from "../ingest/extract/create-extractor.ts";

export interface DevExtraction {
  articles: ArticleRecord[];
  actors: Array<{ id: string; name: string; type: string; aliases: string[]; articles: string[] }>;
  relations: Array<Record<string, unknown>>;
}

/** Reads `published` from a corpus file name such as `20220125T090000Z_GB_en_….txt`. */
export function dateFromFileName(file: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})T/.exec(basename(file));
  return match ? `${match[1]}-${match[2]}-${match[3]}` : null;
}

/** Extracts every file; actor ids are `article:name` so that the scorer sees per-article actors. */
export function extractDevArticles(extractor: Extractor, files: readonly string[]): DevExtraction {
  const result: DevExtraction = { articles: [], actors: [], relations: [] };
  for (const file of files) {
    const text = readFileSync(file, "utf8").replace(/\r\n/g, "\n").trim();
    const id = basename(file);
    const record: ArticleRecord = {
      id,
      file,
      title: text.split("\n")[0] ?? "",
      published: dateFromFileName(file),
      source: null,
      url: null,
      contentHash: createHash("sha256").update(text).digest("hex"),
      language: "en",
    };
    const extraction = extractor.extract(record, text);
    result.articles.push(record);
    const ids = new Map(extraction.actors.map((actor) => [actor.localId, `${id}:${actor.name}`]));
    for (const actor of extraction.actors) {
      result.actors.push({
        id: `${id}:${actor.name}`,
        name: actor.name,
        type: actor.type,
        aliases: actor.aliases,
        articles: [id],
      });
    }
    extraction.relations.forEach((relation, index) => {
      result.relations.push({
        ...relation,
        id: `${id}:r${index + 1}`,
        article: id,
        subject: ids.get(relation.subject) ?? relation.subject,
        object: ids.get(relation.object) ?? relation.object,
        attributedTo: relation.attributedTo === null ? null : (ids.get(relation.attributedTo) ?? relation.attributedTo),
      });
    });
  }
  return result;
}
