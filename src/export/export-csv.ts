// CSV export in the `neo4j-admin database import full` header format: a folder of node files (articles, actors,
// statements) and relationship files, plus import.sh with the exact command. Same model as the Neo4j loader.

import { quadClassOf, type ActorRecord, type RelationRecord } from "../../graph-schema/index.ts";
import {
  LINK_TYPES,
  NODE_LABELS,
  actorTypeLabel,
  roleRelationshipType,
  statementRelationshipType,
} from "../../graph-schema/neo4j-model.ts";
import type { GraphSource, StoredArticle } from "../store/graph-store.ts";
import type { TextSink } from "./text-sink.ts";

/** Separates list elements inside one field (passed to neo4j-admin as --array-delimiter=U+001F). */
export const CSV_ARRAY_DELIMITER = "\u001F";

/** Files written, in import order, with their header lines. */
export const CSV_FILES = {
  articles: "id:ID(Article),file,title,published,source,url,contentHash,language,text,publishedFrom,titleDerived:boolean,:LABEL",
  actors: "id:ID(Actor),name,type,aliases:string[],aliasText,affiliation,rolesJson:string[],:LABEL",
  statements:
    "id:ID(Statement),subject,object,type,plover,quad,article,sentence,negated:boolean,hypothetical:boolean," +
    "confidence:double,attributedTo,cue,eventDate,date,source,sentenceStart:long,sentenceEnd:long,subjectStart:long," +
    "subjectEnd:long,verbStart:long,verbEnd:long,objectStart:long,objectEnd:long,:LABEL",
  mentions: ":START_ID(Actor),:END_ID(Article),:TYPE",
  "actor-links": ":START_ID(Actor),:END_ID(Actor),:TYPE,title,since,article",
  "statement-actors": ":START_ID(Statement),:END_ID(Actor),:TYPE",
  "statement-articles": ":START_ID(Statement),:END_ID(Article),:TYPE",
  "actor-statements":
    ":START_ID(Actor),:END_ID(Actor),:TYPE,statementId,articleId,type,plover,quad,sentence,eventDate,date,source," +
    "negated:boolean,hypothetical:boolean,confidence:double,cue",
  responses: ":START_ID(Statement),:END_ID(Statement),:TYPE,cue,lagDays:long,confidence:double",
} as const;
export type CsvFileName = keyof typeof CSV_FILES;

const NODE_FILES: readonly CsvFileName[] = ["articles", "actors", "statements"];

/** A cell a spreadsheet would run as a formula: it starts with = + - @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;
/** …unless it is a plain number ("-3", "+1.5e3"), which spreadsheets read as one. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/**
 * One CSV field: quoted when needed, quotes doubled; null is an empty field (no property). Text that a
 * spreadsheet would run as a formula ("=HYPERLINK(…)", "@SUM(…)", "-2+3") gets a leading apostrophe (OWASP's
 * CSV-injection advice), so opening an export in Excel or LibreOffice runs nothing; such values keep the
 * apostrophe if the file is imported elsewhere.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = Array.isArray(value)
    ? value.map((item) => String(item).replaceAll(CSV_ARRAY_DELIMITER, " ")).join(CSV_ARRAY_DELIMITER)
    : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== text.trim() || text === "" ? `"${text.replaceAll('"', '""')}"` : text;
}

const csvLine = (values: readonly unknown[]): string => `${values.map(csvField).join(",")}\n`;

/** The neo4j-admin command that imports the folder (into an empty, stopped database). */
export function neo4jAdminImportCommand(database = "neo4j"): string {
  const files = Object.keys(CSV_FILES) as CsvFileName[];
  const args = files.map((file) => `  --${NODE_FILES.includes(file) ? "nodes" : "relationships"}=${file}.csv`);
  return [
    "neo4j-admin database import full --overwrite-destination --multiline-fields=true \\",
    "  --array-delimiter=U+001F --id-type=string \\",
    `${args.join(" \\\n")} \\`,
    `  ${database}`,
  ].join("\n");
}

function actorRoleLinks(actor: ActorRecord, actorIds: ReadonlySet<string>): unknown[][] {
  const lines: unknown[][] = [];
  if (actor.affiliation !== null && actor.affiliation !== actor.id && actorIds.has(actor.affiliation)) {
    lines.push([actor.id, actor.affiliation, LINK_TYPES.AFFILIATED_WITH, null, null, null]);
  }
  const earliest = new Map<string, unknown[]>();
  for (const role of actor.roles) {
    if (role.affiliation === null || role.affiliation === actor.id || !actorIds.has(role.affiliation)) continue;
    const key = JSON.stringify([role.affiliation, role.title]);
    const held = earliest.get(key);
    if (held && !(role.date !== null && (held[4] === null || role.date < String(held[4])))) continue;
    earliest.set(key, [
      actor.id,
      role.affiliation,
      roleRelationshipType(role.title),
      role.title,
      role.date,
      role.article,
    ]);
  }
  return [...lines, ...earliest.values()];
}

function statementLines(
  r: RelationRecord,
  article: Pick<StoredArticle, "published" | "source"> | undefined,
): Record<string, unknown[][]> {
  const date = r.eventDate ?? article?.published?.slice(0, 10) ?? null;
  const source = article?.source ?? null;
  const { sentence, subject, verb, object } = r.offsets;
  const quad = quadClassOf(r.type);
  return {
    statements: [
      [
        r.id,
        r.subject,
        r.object,
        r.type,
        r.plover,
        quad,
        r.article,
        r.sentence,
        r.negated,
        r.hypothetical,
        r.confidence,
        r.attributedTo,
        r.cue,
        r.eventDate,
        date,
        source,
        ...sentence,
        ...subject,
        ...verb,
        ...object,
        NODE_LABELS.STATEMENT,
      ],
    ],
    "statement-actors": [
      [r.id, r.subject, LINK_TYPES.SUBJECT],
      [r.id, r.object, LINK_TYPES.OBJECT],
      ...(r.attributedTo !== null ? [[r.id, r.attributedTo, LINK_TYPES.ATTRIBUTED_TO]] : []),
    ],
    "statement-articles": [[r.id, r.article, LINK_TYPES.IN_ARTICLE]],
    "actor-statements": [
      [
        r.subject,
        r.object,
        statementRelationshipType(r.type),
        r.id,
        r.article,
        r.type,
        r.plover,
        quad,
        r.sentence,
        r.eventDate,
        date,
        source,
        r.negated,
        r.hypothetical,
        r.confidence,
        r.cue,
      ],
    ],
  };
}

/**
 * Writes the CSV folder through `open(fileName)` (one sink per file; the CLI opens files in the target folder).
 * Relationships whose ends are not in the source are left out, as neo4j-admin would reject them.
 */
export async function exportCsv(
  source: GraphSource,
  open: (fileName: string) => Promise<TextSink & { close(): Promise<void> }>,
): Promise<void> {
  const sinks = new Map<CsvFileName, TextSink & { close(): Promise<void> }>();
  for (const [name, header] of Object.entries(CSV_FILES) as Array<[CsvFileName, string]>) {
    const sink = await open(`${name}.csv`);
    await sink.write(`${header}\n`);
    sinks.set(name, sink);
  }
  const write = (name: CsvFileName, values: readonly unknown[]): Promise<void> =>
    sinks.get(name)!.write(csvLine(values));
  const articles = new Map<string, Pick<StoredArticle, "published" | "source">>();
  for await (const a of source.articles()) {
    articles.set(a.id, { published: a.published, source: a.source });
    await write("articles", [
      a.id,
      a.file,
      a.title,
      a.published,
      a.source,
      a.url,
      a.contentHash,
      a.language,
      a.text,
      a.publishedFrom ?? null,
      a.titleDerived ?? false,
      NODE_LABELS.ARTICLE,
    ]);
  }
  const actors: ActorRecord[] = [];
  for await (const actor of source.actors()) {
    actors.push(actor);
    const labels = [NODE_LABELS.ACTOR, actorTypeLabel(actor.type)].join(";");
    const roles = actor.roles.map((role) => JSON.stringify(role));
    await write("actors", [
      actor.id,
      actor.name,
      actor.type,
      actor.aliases,
      actor.aliases.join(" | "),
      actor.affiliation,
      roles,
      labels,
    ]);
    for (const article of actor.articles)
      if (articles.has(article)) await write("mentions", [actor.id, article, LINK_TYPES.MENTIONED_IN]);
  }
  const actorIds = new Set(actors.map((actor) => actor.id));
  for (const actor of actors) for (const line of actorRoleLinks(actor, actorIds)) await write("actor-links", line);
  const statementIds = new Set<string>();
  for await (const relation of source.relations()) {
    if (!actorIds.has(relation.subject) || !actorIds.has(relation.object) || !articles.has(relation.article)) continue;
    statementIds.add(relation.id);
    for (const [name, lines] of Object.entries(statementLines(relation, articles.get(relation.article)))) {
      for (const line of lines) {
        if (line[2] === LINK_TYPES.ATTRIBUTED_TO && !actorIds.has(String(line[1]))) continue;
        await write(name as CsvFileName, line);
      }
    }
  }
  for await (const response of source.responseLinks()) {
    if (!statementIds.has(response.from) || !statementIds.has(response.to)) continue;
    await write("responses", [
      response.from,
      response.to,
      LINK_TYPES.RESPONDS_TO,
      response.cue,
      response.lagDays,
      response.confidence,
    ]);
  }
  const script = await open("import.sh");
  await script.write(
    `#!/bin/sh\n# Imports into a stopped database, replacing it (neo4j-admin). Run from this folder.\nset -e\n${neo4jAdminImportCommand()}\n`,
  );
  await script.close();
  for (const sink of sinks.values()) await sink.close();
}
